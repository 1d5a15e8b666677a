#include "export/ExportProfile.h"

#include "export/ExportData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

bool ExportColumn::typeFromId(const QString &id, Type *out)
{
    if (id.isEmpty() || id == QLatin1String("text"))
        *out = Type::Text;
    else if (id == QLatin1String("number"))
        *out = Type::Number;
    else if (id == QLatin1String("integer"))
        *out = Type::Integer;
    else if (id == QLatin1String("date"))
        *out = Type::Date;
    else
        return false;
    return true;
}

bool ExportProfile::fromJson(const QJsonObject &o, ExportProfile *out, QString *error)
{
    ExportProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.description = o.value(QStringLiteral("description")).toString();
    p.basis = o.value(QStringLiteral("basis")).toString();
    if (p.id.isEmpty() || p.name.isEmpty()) {
        *error = QCoreApplication::translate("export", "Export profile: \"id\" and \"name\" are required");
        return false;
    }
    const QJsonArray sheets = o.value(QStringLiteral("sheets")).toArray();
    if (sheets.isEmpty()) {
        *error = QCoreApplication::translate("export", "Export profile %1: no sheets").arg(p.id);
        return false;
    }
    QStringList sheetNames;
    for (const QJsonValue &sv : sheets) {
        const QJsonObject so = sv.toObject();
        ExportSheet sheet;
        const QString rows = so.value(QStringLiteral("rows")).toString();
        if (rows == QLatin1String("person-year"))
            sheet.rows = ExportSheet::Rows::PersonYear;
        else if (rows == QLatin1String("activity"))
            sheet.rows = ExportSheet::Rows::Activity;
        else {
            *error = QCoreApplication::translate("export", "Export profile %1: sheet rows must be \"person-year\" or \"activity\", not \"%2\"").arg(p.id, rows);
            return false;
        }
        sheet.name = so.value(QStringLiteral("name")).toString();
        sheet.csvSuffix = so.value(QStringLiteral("csvSuffix")).toString();
        if (sheet.name.isEmpty() || sheet.name.size() > 31 || sheetNames.contains(sheet.name)) {
            *error = QCoreApplication::translate("export", "Export profile %1: each sheet needs a unique name of at most 31 characters").arg(p.id);
            return false;
        }
        if (!sheetNames.isEmpty() && sheet.csvSuffix.isEmpty()) {
            *error = QCoreApplication::translate("export", "Export profile %1: sheet %2 needs a \"csvSuffix\"").arg(p.id, sheet.name);
            return false;
        }
        sheetNames << sheet.name;
        const QStringList known = sheet.rows == ExportSheet::Rows::PersonYear ? PersonYearRow::fieldIds()
                                                                               : ActivityRow::fieldIds();
        const QJsonArray cols = so.value(QStringLiteral("columns")).toArray();
        if (cols.isEmpty()) {
            *error = QCoreApplication::translate("export", "Export profile %1: sheet %2 has no columns").arg(p.id, sheet.name);
            return false;
        }
        for (const QJsonValue &cv : cols) {
            const QJsonObject co = cv.toObject();
            ExportColumn c;
            c.header = co.value(QStringLiteral("header")).toString();
            c.field = co.value(QStringLiteral("field")).toString();
            c.constant = co.value(QStringLiteral("constant")).toString();
            c.format = co.value(QStringLiteral("format")).toString();
            c.fallback = co.value(QStringLiteral("fallback")).toString();
            c.fallbackIf = co.value(QStringLiteral("fallbackIf")).toString();
            c.width = co.value(QStringLiteral("width")).toDouble();
            c.required = co.value(QStringLiteral("required")).toBool();
            const QJsonObject map = co.value(QStringLiteral("map")).toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (!it.value().isString()) {
                    *error = QCoreApplication::translate("export", "Export profile %1: column %2 maps \"%3\" to a non-text value").arg(p.id, c.header, it.key());
                    return false;
                }
                c.map.insert(it.key(), it.value().toString());
            }
            if (c.header.isEmpty()) {
                *error = QCoreApplication::translate("export", "Export profile %1: a column of sheet %2 has no header").arg(p.id, sheet.name);
                return false;
            }
            if (!ExportColumn::typeFromId(co.value(QStringLiteral("type")).toString(), &c.type)) {
                *error = QCoreApplication::translate("export", "Export profile %1: column %2 has an unknown type").arg(p.id, c.header);
                return false;
            }
            if (c.field.isEmpty() == !co.contains(QStringLiteral("constant"))) {
                *error = QCoreApplication::translate("export", "Export profile %1: column %2 needs exactly one of \"field\" and \"constant\"").arg(p.id, c.header);
                return false;
            }
            if (!c.field.isEmpty() && !known.contains(c.field)) {
                *error = QCoreApplication::translate("export", "Export profile %1: column %2 has an unknown field \"%3\"").arg(p.id, c.header, c.field);
                return false;
            }
            sheet.columns << c;
        }
        p.sheets << sheet;
    }
    *out = p;
    return true;
}

bool ExportProfile::load(const QString &idOrPath, ExportProfile *out, QString *error)
{
    const bool isPath = idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString path = isPath ? idOrPath : QStringLiteral(":/exports/%1.json").arg(idOrPath);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = isPath ? QCoreApplication::translate("export", "Cannot read export profile %1: %2").arg(idOrPath, f.errorString())
                        : QCoreApplication::translate("export", "Unknown export profile: %1 (available: %2)").arg(idOrPath, available().join(QStringLiteral(", ")));
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("export", "Export profile %1 is not valid JSON: %2").arg(idOrPath, pe.errorString());
        return false;
    }
    return fromJson(doc.object(), out, error);
}

QStringList ExportProfile::available()
{
    QStringList ids;
    const QFileInfoList files = QDir(QStringLiteral(":/exports")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files)
        ids << fi.completeBaseName();
    return ids;
}
