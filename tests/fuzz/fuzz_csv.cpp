// libFuzzer target: CsvReader::parse (decoding, separator detection, quoting, limits).
#include "FuzzSupport.h"
#include "import/CsvReader.h"
#include "import/TableData.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TableData table;
    QString error;
    if (CsvReader::parse(FuzzSupport::bytes(data, size), &table, &error, QStringLiteral("fuzz.csv"))) {
        for (const QStringList &row : table.rows)
            (void)row.size();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
