#pragma once
#include <QString>
#include <QStringList>

struct TableData;
class XlsxWorkbook;

// Reads the cells of one worksheet of an .xlsx (Office Open XML) workbook as text.
// The sheet is found through xl/workbook.xml and its relationships; shared, inline and rich-text
// strings, formula results, booleans, numbers (no exponent, no lost digits) and dates
// ("yyyy-MM-dd", from the cell's number format; 1900 and 1904 date systems) are converted.
// The (compressed) file is read into memory; parts are inflated and parsed in chunks; paths may contain any Unicode
// characters on every platform (the file is opened with QFile, not by minizip).
class XlsxReader
{
public:
    // Sheet names in workbook order (hidden sheets included); empty with *error on failure.
    static QStringList sheetNames(const QString &path, QString *error);
    // Reads the sheet with the given name (case-insensitive), or the first visible sheet.
    // Structural oddities and the limits of ImportLimits.h are errors naming the sheet row.
    static bool read(const QString &path, TableData *out, QString *error, const QString &sheet = QString());
    // The same for a workbook in memory (fileName is used in messages).
    static bool readData(const QByteArray &bytes, const QString &fileName, TableData *out, QString *error,
                         const QString &sheet = QString());
    // Column letters: 0 -> "A", 16383 -> "XFD".
    static QString columnName(int column);

private:
    static bool readSheet(XlsxWorkbook &workbook, TableData *out, QString *error, const QString &sheet);
};
