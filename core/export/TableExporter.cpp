#include "export/TableExporter.h"

#include "export/TableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace {
QString withYear(QString text, int year)
{
    return text.replace(QLatin1String("{year}"), QString::number(year));
}

template<typename Row>
QVariant valueOf(const ExportColumn &c, const Row &row)
{
    QVariant v = c.field.isEmpty() ? QVariant(withYear(c.constant, row.year)) : row.value(c.field);
    const bool empty = !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())
                       || (v.typeId() == QMetaType::QDate && !v.toDate().isValid());
    if (empty && !c.fallback.isEmpty()) {
        const QVariant cond = c.fallbackIf.isEmpty() ? QVariant(true) : row.value(c.fallbackIf);
        const bool holds = cond.isValid() && !cond.toString().isEmpty() && cond.toString() != QLatin1String("0");
        if (holds)
            v = withYear(c.fallback, row.year);
    }
    if (!c.map.isEmpty() && v.isValid()) {
        const QString text = v.typeId() == QMetaType::Double ? QString::number(v.toDouble()) : v.toString();
        if (c.map.contains(text))
            v = c.map.value(text);
    }
    return v;
}

void decimalsOf(const QString &format, int *minDec, int *maxDec)
{
    TableExporter::decimalsOf(format, minDec, maxDec);
}

QString numberText(double v, const QString &format)
{
    int minDec = 0;
    int maxDec = 0;
    decimalsOf(format, &minDec, &maxDec);
    QString s = QString::number(v, 'f', maxDec);
    if (maxDec > minDec && s.contains(QLatin1Char('.'))) {
        int keep = s.size();
        const int dot = s.indexOf(QLatin1Char('.'));
        while (keep > dot + 1 + minDec && s.at(keep - 1) == QLatin1Char('0'))
            --keep;
        if (keep == dot + 1)
            --keep;
        s.truncate(keep);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

// A date as the column's format gives it; the usual yyyy-MM-dd written digit by digit (for years
// 1000-9999 the same text as QDate::toString("yyyy-MM-dd"), without parsing the format per cell).
QString dateText(const QDate &d, const QString &format)
{
    if ((format.isEmpty() || format == QLatin1String("yyyy-MM-dd")) && d.year() >= 1000 && d.year() <= 9999) {
        const int y = d.year(), m = d.month(), day = d.day();
        const char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                               char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10)};
        return QString::fromLatin1(text, 10);
    }
    return d.toString(format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : format);
}
} // namespace

bool TableExporter::isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return false;   // a number's text is never blank
    default:
        return v.toString().trimmed().isEmpty();
    }
}

// Decimals of a number format: "0" -> 0/0, "0.0" -> 1/1, "0.##" -> 0/2 (min/max).
void TableExporter::decimalsOf(const QString &format, int *minDec, int *maxDec)
{
    *minDec = 0;
    *maxDec = format.isEmpty() ? 2 : 0;
    const int dot = format.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return;
    for (int i = dot + 1; i < format.size(); ++i) {
        if (format.at(i) == QLatin1Char('0')) {
            ++*minDec;
            ++*maxDec;
        } else if (format.at(i) == QLatin1Char('#')) {
            ++*maxDec;
        }
    }
}

// Excel shows "0.##" as "30." for whole numbers. A format whose decimals are all optional is written
// as General with the value rounded to those decimals: 30 and 2.5, as the CSV shows them.
bool TableExporter::onlyOptionalDecimals(const QString &format)
{
    int minDec = 0, maxDec = 0;
    decimalsOf(format, &minDec, &maxDec);
    return minDec == 0 && maxDec > 0;
}

bool TableExporter::formatFromPath(const QString &path, Format *out)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        *out = Format::Xlsx;
    else if (suffix == QLatin1String("csv"))
        *out = Format::Csv;
    else
        return false;
    return true;
}

QString TableExporter::csvPathFor(const QString &path, const ExportSheet &sheet, int index)
{
    if (index == 0)
        return path;
    const QFileInfo fi(path);
    return fi.dir().filePath(fi.completeBaseName() + QLatin1Char('_') + sheet.csvSuffix + QStringLiteral(".csv"));
}

QVariant TableExporter::cellValue(const ExportColumn &column, const PersonYearRow &row)
{
    return valueOf(column, row);
}

QVariant TableExporter::cellValue(const ExportColumn &column, const ActivityRow &row)
{
    return valueOf(column, row);
}

QString TableExporter::cellText(const ExportColumn &c, const QVariant &v)
{
    if (isEmptyValue(v))
        return {};
    switch (c.type) {
    case ExportColumn::Type::Number:
    case ExportColumn::Type::Integer: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok)
            return v.toString();
        return c.type == ExportColumn::Type::Integer ? QString::number(qint64(std::llround(d))) : numberText(d, c.format);
    }
    case ExportColumn::Type::Date:
        if (v.typeId() == QMetaType::QDate)
            return dateText(v.toDate(), c.format);
        return v.toString();
    case ExportColumn::Type::Text:
        if (v.typeId() == QMetaType::Double)
            return numberText(v.toDouble(), c.format);
        if (v.typeId() == QMetaType::QDate)
            return dateText(v.toDate(), c.format);
        return v.toString();
    }
    return v.toString();
}

bool TableExporter::write(const ExportProfile &profile, const ExportDataSet &data, const QString &path,
                          const Options &options, Result *result, QString *error)
{
    Format format;
    if (!formatFromPath(path, &format)) {
        *error = QCoreApplication::translate("export", "The output file must end in .xlsx or .csv: %1").arg(path);
        *result = Result();
        return false;
    }
    // Every person-year first (a year with problems leaves out its activities), then the activities.
    TableWriter writer(profile, path, options);
    for (const PersonYearRow &row : data.people)
        writer.addPersonYear(row);
    for (const ActivityRow &row : data.activities)
        writer.addActivity(row);
    return writer.finish(result, error);
}
