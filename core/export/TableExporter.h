#pragma once
#include "export/ExportData.h"
#include "export/ExportProfile.h"

#include <QString>
#include <QStringList>

// Writes an ExportDataSet through an export profile to .xlsx (libxlsxwriter; ID numbers as text)
// or .csv (UTF-8 with BOM, CRLF; one file per sheet). Files appear complete or not at all.
class TableExporter
{
public:
    enum class Format { Xlsx, Csv };

    struct Options
    {
        bool skipErrors = false;   // leave out people whose year has errors instead of refusing
    };

    struct Result
    {
        QStringList files;         // files written
        int personYearRows = 0;
        int activityRows = 0;
        QStringList problems;      // one line per person-year with errors (refused or skipped)
        bool refused = false;      // nothing written because of problems
    };

    // Format from the file name (.xlsx / .csv), false when neither.
    static bool formatFromPath(const QString &path, Format *out);
    // The CSV file of sheet `index` for an output path: FILE.csv, FILE_<suffix>.csv.
    static QString csvPathFor(const QString &path, const ExportSheet &sheet, int index);

    // Checks every person-year (its own errors and the profile's required columns). With problems and
    // !skipErrors: writes nothing, fills result->problems, result->refused and *error, returns false.
    static bool write(const ExportProfile &profile, const ExportDataSet &data, const QString &path,
                      const Options &options, Result *result, QString *error);

    // The text a cell gets in CSV (and the value compared in tests).
    static QString cellText(const ExportColumn &column, const QVariant &value);
    static QVariant cellValue(const ExportColumn &column, const PersonYearRow &row);
    static QVariant cellValue(const ExportColumn &column, const ActivityRow &row);
    // An empty cell (invalid, null, an invalid date, blank text): not written, "" in CSV.
    static bool isEmptyValue(const QVariant &value);
    // Decimals of a number format: "0" -> 0/0, "0.0" -> 1/1, "0.##" -> 0/2 (min/max).
    static void decimalsOf(const QString &format, int *minDec, int *maxDec);
    // True when every decimal of the format is optional ("0.##").
    static bool onlyOptionalDecimals(const QString &format);
};
