// libFuzzer target: XlsxReader::readData (zip container through minizip, workbook, relationships,
// shared strings, styles and the worksheet XML, all limits).
#include "FuzzSupport.h"
#include "import/TableData.h"
#include "import/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TableData table;
    QString error;
    if (!XlsxReader::readData(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.xlsx"), &table, &error) && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
