#pragma once
#include <QDate>
#include <QStringList>
#include <QVariant>

// Helpers shared by the tests (never product code).
namespace TestSupport {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString sourceDir();   // the project's source tree (CEHOURS_SOURCE_DIR)
QString cliPath();     // the built cehours-cli (CEHOURS_CLI)
// Runs cehours-cli with args; English messages unless lang is given.
CliRun runCli(const QStringList &args, const QString &lang = QStringLiteral("en"));

// Debian's python3 (with python3-openpyxl), not whatever python3 is first on PATH.
QString python3();
// Runs a Python snippet with args; returns stdout, or a null string (and fails) on error.
QString runPython(const QString &code, const QStringList &args = {}, QString *error = nullptr);

// Writes an .xlsx with libxlsxwriter. Cells: QString -> shared string, int/qint64/double -> number,
// QDate -> date-formatted number, invalid QVariant -> blank. Returns false with *error.
bool writeXlsx(const QString &path, const QList<QVariantList> &rows, QString *error = nullptr,
               const QString &sheetName = QStringLiteral("Sheet1"));

// A valid 18-character ID number built from an area code, birth date and sequence (check digit computed).
QString makeIdNumber(const QString &area, const QDate &birth, int sequence);

} // namespace TestSupport
