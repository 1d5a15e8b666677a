#pragma once
#include <QString>

struct TableData;

// Reads a spreadsheet chosen by its extension: .csv/.txt (CsvReader), .xlsx/.xlsm (XlsxReader,
// first visible sheet). .xls and other types give an error telling the user what to do.
class TableReader
{
public:
    static bool read(const QString &path, TableData *out, QString *error);
    // File dialog filter for the supported types (translated).
    static QString fileDialogFilter();
};
