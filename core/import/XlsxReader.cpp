#include "XlsxReader.h"

#include "TableData.h"
#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

namespace {

constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;

// "C5" -> column 2, row 5 (1-based); row 0 when the reference has no digits.
bool parseReference(QStringView ref, int *column, int *row)
{
    int col = 0;
    int r = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch >= u'A' && ch <= u'Z')
            col = col * 26 + (ch - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            col = col * 26 + (ch - u'a' + 1);
        else
            break;
        if (col > MaxColumns)
            return false;
    }
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        r = r * 10 + (ch - u'0');
        if (r > MaxRows)
            return false;
    }
    if (col == 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

QString isoDateText(const QString &value)
{
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    if (!date.isValid())
        return value;
    QString text = date.toString(QStringLiteral("yyyy-MM-dd"));
    const qsizetype t = value.indexOf(QLatin1Char('T'));
    if (t > 0) {
        const QTime time = QTime::fromString(value.mid(t + 1, 8), Qt::ISODate);
        if (time.isValid() && time != QTime(0, 0))
            text += QLatin1Char(' ') + time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    }
    return text;
}

QString cellText(const XlsxWorkbook &workbook, QStringView type, int style, const QString &value,
                 const QString &inlineText, bool hasInline)
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok ? workbook.sharedStrings().value(index) : QString();
    }
    if (type == QLatin1String("inlineStr"))
        return hasInline ? inlineText : value;
    if (type == QLatin1String("str") || type == QLatin1String("e"))
        return XlsxNumberFormat::unescapeText(value);
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") || value.trimmed() == QLatin1String("true")
            ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("d"))
        return isoDateText(value.trimmed());
    if (value.isEmpty())
        return hasInline ? inlineText : QString();
    const XlsxNumberFormat::Kind kind = workbook.styleKind(style);
    if (kind != XlsxNumberFormat::Kind::Number) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok) {
            const QString text = XlsxNumberFormat::formatSerial(serial, kind, workbook.date1904());
            if (!text.isEmpty())
                return text;
        }
    }
    return XlsxNumberFormat::formatNumber(value);
}

bool readSheet(const XlsxWorkbook &workbook, const QString &entry, QList<QStringList> *rows, QString *error)
{
    QByteArray xml;
    if (!workbook.package().read(entry, &xml, error))
        return false;
    QXmlStreamReader reader(xml);
    int currentRow = 0;   // 1-based
    int nextColumn = 0;   // 0-based
    bool inSheetData = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("sheetData"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("sheetData")) {
            inSheetData = true;
            continue;
        }
        if (!inSheetData)
            continue;
        if (name == QLatin1String("row")) {
            const int r = reader.attributes().value(QLatin1String("r")).toInt();
            currentRow = r > 0 ? r : currentRow + 1;
            nextColumn = 0;
            if (currentRow > MaxRows)
                break; // reported below as damaged
            continue;
        }
        if (name != QLatin1String("c"))
            continue;

        const QXmlStreamAttributes a = reader.attributes();
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        int column = nextColumn;
        int row = currentRow > 0 ? currentRow : 1;
        const QStringView ref = a.value(QLatin1String("r"));
        if (!ref.isEmpty()) {
            int refRow = 0;
            if (!parseReference(ref, &column, &refRow)) {
                if (error)
                    *error = workbook.xmlError(entry, QCoreApplication::translate("XlsxReader", "bad cell reference \"%1\"").arg(ref.toString()),
                                               reader.lineNumber());
                return false;
            }
            if (refRow > 0)
                row = currentRow = refRow;
        }
        if (column >= MaxColumns)
            break;
        nextColumn = column + 1;

        QString value;
        QString inlineText;
        bool hasInline = false;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType t = reader.readNext();
            if (t == QXmlStreamReader::EndElement && reader.name() == QLatin1String("c"))
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == QLatin1String("v")) {
                value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (reader.name() == QLatin1String("is")) {
                inlineText = XlsxWorkbook::readStringItem(reader);
                hasInline = true;
            } else {
                reader.skipCurrentElement(); // <f>, <extLst>
            }
        }
        const QString text = cellText(workbook, type, style, value, inlineText, hasInline);
        if (text.isEmpty())
            continue;
        if (rows->size() < row)
            rows->resize(row);
        QStringList &cells = (*rows)[row - 1];
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = text;
    }
    if (reader.hasError()) {
        if (error)
            *error = workbook.xmlError(entry, reader.errorString(), reader.lineNumber());
        return false;
    }
    if (currentRow > MaxRows || nextColumn > MaxColumns) {
        if (error)
            *error = workbook.xmlError(entry, QCoreApplication::translate("XlsxReader", "row or column beyond the sheet limits"), reader.lineNumber());
        return false;
    }
    for (QStringList &cells : *rows) {
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
    }
    while (!rows->isEmpty() && rows->constLast().isEmpty())
        rows->removeLast();
    return true;
}

const XlsxWorkbook::Sheet *findSheet(const XlsxWorkbook &workbook, const QString &name)
{
    const QList<XlsxWorkbook::Sheet> &sheets = workbook.sheets();
    if (name.isEmpty()) {
        for (const XlsxWorkbook::Sheet &sheet : sheets) {
            if (!sheet.hidden)
                return &sheet;
        }
        return &sheets.first();
    }
    for (const XlsxWorkbook::Sheet &sheet : sheets) {
        if (sheet.name == name)
            return &sheet;
    }
    for (const XlsxWorkbook::Sheet &sheet : sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    return nullptr;
}

} // namespace

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    XlsxWorkbook workbook;
    if (!workbook.open(path, error))
        return {};
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : workbook.sheets())
        names.append(sheet.name);
    return names;
}

bool XlsxReader::read(const QString &path, TableData *out, QString *error, const QString &sheet)
{
    XlsxWorkbook workbook;
    if (!workbook.open(path, error))
        return false;
    const XlsxWorkbook::Sheet *found = findSheet(workbook, sheet);
    if (!found) {
        QStringList names;
        for (const XlsxWorkbook::Sheet &s : workbook.sheets())
            names.append(s.name);
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 has no sheet named \"%2\" (its sheets: %3).")
                         .arg(workbook.fileName(), sheet, names.join(QStringLiteral(", ")));
        return false;
    }
    if (!workbook.loadCellData(error))
        return false;
    QList<QStringList> rows;
    if (!readSheet(workbook, found->entry, &rows, error))
        return false;
    out->sourceName = workbook.fileName();
    out->sheetName = found->name;
    out->rows = rows;
    return true;
}
