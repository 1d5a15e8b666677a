#pragma once
#include <QString>

struct TableData;

// Reads a spreadsheet chosen by its extension: .csv/.txt (CsvReader), .xlsx/.xlsm (XlsxReader,
// first visible sheet). .xls and other types give an error telling the user what to do.
class TableReader
{
public:
    static bool read(const QString &path, TableData *out, QString *error);
    // Refuses a table with U+FFFE or U+FFFF in a cell: they are not characters, and SQLite turns
    // them into U+FFFD when the text is read back, so a stored name would silently differ from
    // the file (and from the audit row's hash). Called by read(); the message names the cell.
    static bool checkCharacters(const TableData &table, QString *error);
    // File dialog filter for the supported types (translated).
    static QString fileDialogFilter();
};
