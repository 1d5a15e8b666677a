// libFuzzer target: the roster importer's analysis (header search, ID checks, field limits,
// merge with the registry) on a CSV table, or on an xlsx when the input is a zip.
#include "FuzzSupport.h"
#include "import/CsvReader.h"
#include "import/RosterImporter.h"
#include "import/TableData.h"
#include "import/XlsxReader.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QTemporaryDir>

#include <memory>

namespace {

struct Registry
{
    QTemporaryDir dir;
    Database db;
    qint64 unit = 0;
};

Registry &registry()
{
    static std::unique_ptr<Registry> r = [] {
        FuzzSupport::ensureApplication();
        auto reg = std::make_unique<Registry>();
        QString error;
        if (!reg->db.open(reg->dir.filePath(QStringLiteral("fuzz.sqlite"))))
            qFatal("cannot open the fuzz database: %s", qPrintable(reg->db.errorString()));
        reg->unit = UnitRepository(reg->db.connection()).ensureDefault(&error);
        if (reg->unit <= 0)
            qFatal("cannot create the unit: %s", qPrintable(error));
        return reg;
    }();
    return *r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Registry &reg = registry();
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    TableData table;
    QString error;
    const bool read = bytes.startsWith("PK") ? XlsxReader::readData(bytes, QStringLiteral("fuzz.xlsx"), &table, &error)
                                             : CsvReader::parse(bytes, &table, &error, QStringLiteral("fuzz.csv"));
    if (!read)
        return 0;
    RosterImporter::Preview preview;
    if (RosterImporter(reg.db.connection(), reg.unit).analyseTable(table, &preview, &error)) {
        (void)RosterImporter::errorReport(preview);
        (void)RosterImporter::summary(preview);
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
