// libFuzzer target: the activity importer's analysis (every sheet, kind by sheet / title / 类别
// column, field parsing, the registry, year locks and duplicate checks, credit calculation under
// the unit's rule set) and its reports, on a CSV table or on an xlsx when the input is a zip.
#include "FuzzRegistry.h"
#include "import/ActivityImporter.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRegistry::Registry &reg = FuzzRegistry::registry();
    QList<TableData> tables;
    QString error;
    if (!FuzzRegistry::readTables(FuzzSupport::bytes(data, size), &tables, &error))
        return 0;
    ActivityImporter::Preview preview;
    if (ActivityImporter(reg.db.connection(), reg.unit.id).analyseTables(tables, &preview, &error)) {
        (void)ActivityImporter::errorReport(preview);
        (void)ActivityImporter::creditReport(preview);
        (void)ActivityImporter::summary(preview);
        if (FuzzSupport::verbose()) // FUZZ_VERBOSE=1 replay_activities FILE: what the seed reached
            std::fprintf(stderr, "%d table(s): %d row(s) valid, %d refused\n%s", int(tables.size()), int(preview.rows.size()),
                         int(preview.errors.size()), qPrintable(ActivityImporter::errorReport(preview)));
        for (const ActivityImporter::RowIssue &issue : preview.errors)
            if (issue.reason.isEmpty())
                __builtin_trap(); // every refused row says why
    } else if (error.isEmpty()) {
        __builtin_trap();
    } else if (FuzzSupport::verbose()) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(error));
    }
    return 0;
}
