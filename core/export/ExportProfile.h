#pragma once
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// An export profile: the column layout of a provincial import file, kept as data
// (resources/exports/<id>.json, embedded as :/exports/<id>.json). See docs/exports.md.
struct ExportColumn
{
    enum class Type { Text, Number, Integer, Date };

    QString header;      // column heading, exactly as the receiving system expects
    QString field;       // source field id (PersonYearRow / ActivityRow); empty with a constant
    QString constant;    // fixed text when field is empty (may use {year})
    Type type = Type::Text;
    QString format;      // number format ("0", "0.0", "0.##") or date format ("yyyy-MM-dd")
    QString fallback;    // text when the value is empty (may use {year})
    QString fallbackIf;  // a field of the row: the fallback applies only when that value is not empty/0
    double width = 0;    // xlsx column width in characters (0 = automatic)
    bool required = false; // an empty value is an error of the row
    QHash<QString, QString> map; // replaces a value's text by the template's code (e.g. 男 -> 1)

    static bool typeFromId(const QString &id, Type *out);
};

struct ExportSheet
{
    enum class Rows { PersonYear, Activity };

    Rows rows = Rows::PersonYear;
    QString name;        // worksheet name
    QString csvSuffix;   // CSV: the first sheet is FILE.csv, others FILE_<csvSuffix>.csv
    QList<ExportColumn> columns;
};

struct ExportProfile
{
    QString id;
    QString name;
    QString description;
    QString basis;       // the clause the import is based on
    QList<ExportSheet> sheets;

    // Parses and validates a profile; unknown fields and types are errors.
    static bool fromJson(const QJsonObject &o, ExportProfile *out, QString *error);
    // Loads by id (from :/exports/<id>.json) or by a path to a .json file.
    static bool load(const QString &idOrPath, ExportProfile *out, QString *error);
    // Ids of the embedded profiles, sorted.
    static QStringList available();
};
