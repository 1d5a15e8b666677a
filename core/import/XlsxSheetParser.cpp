#include "XlsxSheetParser.h"

#include "ImportLimits.h"
#include "TableData.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDate>

namespace {

constexpr int SheetMaxRows = 1048576; // the format's own limits
constexpr int SheetMaxColumns = ImportLimits::MaxXlsxColumns;

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
        if (col > SheetMaxColumns)
            return false;
    }
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        r = r * 10 + (ch - u'0');
        if (r > SheetMaxRows)
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
    if (type == QLatin1String("s"))
        return workbook.sharedStrings().value(value.toInt());
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

// Digits before the decimal point of a plain number text ("340104198904303000" -> 18).
int integerDigits(const QString &text)
{
    int digits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('.'))
            break;
        if (ch.isDigit())
            ++digits;
    }
    return digits;
}

} // namespace

bool XlsxSheetParser::startRow()
{
    const QStringView ref = m_reader.attributes().value(QLatin1String("r"));
    int row = m_currentRow + 1;
    if (!ref.isEmpty()) {
        bool ok = false;
        row = ref.toInt(&ok);
        if (!ok || row < 1 || row > SheetMaxRows)
            return fail(m_currentRow + 1, QCoreApplication::translate("XlsxReader", "bad row number \"%1\"").arg(ref.toString()));
        if (row <= m_currentRow)
            return fail(row, QCoreApplication::translate("XlsxReader", "the row appears again after row %1 (rows repeated or out of order; "
                                                         "open the file in Excel and save it again)").arg(m_currentRow));
    }
    if (row > ImportLimits::MaxRows)
        return fail(row, QCoreApplication::translate("XlsxReader", "the sheet has more than %L1 rows, the most this program reads")
                             .arg(ImportLimits::MaxRows));
    m_currentRow = row;
    m_nextColumn = 0;
    return true;
}

bool XlsxSheetParser::readCell()
{
    if (m_currentRow == 0)
        return fail(1, QCoreApplication::translate("XlsxReader", "a cell outside any row"));
    const QXmlStreamAttributes a = m_reader.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    int column = m_nextColumn;
    const QStringView ref = a.value(QLatin1String("r"));
    if (!ref.isEmpty()) {
        int refRow = 0;
        if (!parseReference(ref, &column, &refRow))
            return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "bad cell reference \"%1\"").arg(ref.toString()));
        if (refRow != 0 && refRow != m_currentRow)
            return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "the cell %1 is stored inside row %2").arg(ref.toString()).arg(m_currentRow));
        if (column < m_nextColumn)
            return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "the cell %1 repeats or comes after a cell to its right").arg(ref.toString()));
    }
    if (column >= SheetMaxColumns)
        return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "the row has more than %L1 cells, the most an Excel row can have")
                                      .arg(SheetMaxColumns));
    m_nextColumn = column + 1;

    QString value;
    QString inlineText;
    bool hasInline = false;
    bool tooLong = false;
    while (!m_reader.atEnd()) {
        const QXmlStreamReader::TokenType t = m_reader.next();
        if (t == QXmlStreamReader::EndElement && m_reader.name() == QLatin1String("c"))
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (m_reader.name() == QLatin1String("v")) {
            value = m_reader.elementText(ImportLimits::MaxCellChars + 1, &tooLong);
        } else if (m_reader.name() == QLatin1String("is")) {
            inlineText = XlsxWorkbook::readStringItem(m_reader, &tooLong);
            hasInline = true;
        } else {
            m_reader.skipElement(); // <f>, <extLst>
        }
    }
    if (tooLong || value.size() > ImportLimits::MaxCellChars)
        return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "the cell in column %1 has more than %L2 characters")
                                      .arg(XlsxReader::columnName(column)).arg(ImportLimits::MaxCellChars));
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStrings().size())
            return fail(m_currentRow, QCoreApplication::translate("XlsxReader", "the cell in column %1 refers to shared string %2, which does not exist")
                                          .arg(XlsxReader::columnName(column), value.left(20)));
    }
    const QString text = cellText(m_workbook, type, style, value, inlineText, hasInline);
    const bool numeric = (type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty()
        && m_workbook.styleKind(style) == XlsxNumberFormat::Kind::Number;
    return store(m_currentRow, column, text, numeric && integerDigits(text) > 15);
}

bool XlsxSheetParser::store(int row, int column, const QString &text, bool lossyNumber)
{
    if (text.isEmpty())
        return true;
    if (column >= ImportLimits::MaxColumns)
        return fail(row, QCoreApplication::translate("XlsxReader", "the cell %1%2 has text, but only the first %L3 columns (up to %4) are read")
                             .arg(XlsxReader::columnName(column)).arg(row).arg(ImportLimits::MaxColumns)
                             .arg(XlsxReader::columnName(ImportLimits::MaxColumns - 1)));
    QList<QStringList> &rows = m_out->rows;
    if (rows.size() < row)
        rows.resize(row);
    QStringList &cells = rows[row - 1];
    if (cells.size() <= column) {
        m_cells += column + 1 - cells.size();
        if (m_cells > ImportLimits::MaxCells)
            return fail(row, QCoreApplication::translate("XlsxReader", "the sheet has more than %L1 cells, the most this program reads")
                                 .arg(ImportLimits::MaxCells));
        cells.resize(column + 1);
    }
    cells[column] = text;
    if (lossyNumber)
        m_out->markLossyNumber(row - 1, column);
    return true;
}

bool XlsxSheetParser::run(QString *error)
{
    auto finish = [&](bool ok) {
        if (!ok && error)
            *error = m_error;
        return ok;
    };
    if (!m_reader.open(error))
        return false;
    bool inSheetData = false;
    while (!m_reader.atEnd()) {
        const QXmlStreamReader::TokenType token = m_reader.next();
        if (token == QXmlStreamReader::EndElement && m_reader.name() == QLatin1String("sheetData"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_reader.name();
        if (name == QLatin1String("sheetData")) {
            inSheetData = true;
            continue;
        }
        if (!inSheetData)
            continue;
        if (name == QLatin1String("row")) {
            if (!startRow())
                return finish(false);
        } else if (name == QLatin1String("c")) {
            if (!readCell())
                return finish(false);
        }
    }
    if (!m_reader.streamError().isEmpty()) {
        m_error = m_reader.streamError();
        return finish(false);
    }
    if (m_reader.failed()) {
        m_error = m_workbook.xmlError(m_sheet.entry, m_reader.xmlErrorString(), m_reader.lineNumber());
        return finish(false);
    }
    QList<QStringList> &rows = m_out->rows;
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return true;
}
