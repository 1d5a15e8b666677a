// libFuzzer target: the participant importer's analysis for a training event (header search,
// 身份证号码 / name cross-check, results, duplicates, people who left, locked years, 培训学时
// against the credit) and its reports, on a CSV table or on an xlsx when the input is a zip.
#include "FuzzRegistry.h"
#include "events/EventRepository.h"
#include "events/ParticipantImporter.h"

#include <cstdio>

namespace {

qint64 eventId()
{
    static const qint64 id = [] {
        FuzzRegistry::Registry &reg = FuzzRegistry::registry();
        TrainingEvent e;
        e.title = QStringLiteral("2025年急诊急救技能培训班");
        e.kind = QStringLiteral("training");
        e.subject = QStringLiteral("professional");
        e.startDate = QDate(2025, 5, 12);
        e.endDate = QDate(2025, 5, 14);
        e.params = {{QStringLiteral("days"), 3}};
        e.mode = QStringLiteral("线下");
        e.organizer = QStringLiteral("湖南省卫生健康委员会");
        QString error;
        if (!EventRepository(reg.db.connection()).create(e, &error))
            qFatal("cannot create the event: %s", qPrintable(error));
        return e.id;
    }();
    return id;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzRegistry::Registry &reg = FuzzRegistry::registry();
    const qint64 event = eventId();
    QList<TableData> tables;
    QString error;
    if (!FuzzRegistry::readTables(FuzzSupport::bytes(data, size), &tables, &error) || tables.isEmpty())
        return 0;
    ParticipantImporter::Preview preview;
    if (ParticipantImporter(reg.db.connection(), event).analyseTable(tables.first(), &preview, &error)) {
        (void)ParticipantImporter::errorReport(preview);
        (void)ParticipantImporter::summary(preview);
        if (FuzzSupport::verbose()) // FUZZ_VERBOSE=1 replay_participants FILE: what the seed reached
            std::fprintf(stderr, "%d to add, %d to change, %d refused, %d warning(s)\n%s", int(preview.toAdd.size()), int(preview.toChange.size()),
                         int(preview.errors.size()), int(preview.warnings.size()), qPrintable(ParticipantImporter::errorReport(preview)));
        for (const ParticipantImporter::RowIssue &issue : preview.errors)
            if (issue.reason.isEmpty())
                __builtin_trap(); // every refused row says why
    } else if (error.isEmpty()) {
        __builtin_trap();
    } else if (FuzzSupport::verbose()) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(error));
    }
    return 0;
}
