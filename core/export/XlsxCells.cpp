#include "export/XlsxCells.h"

#include "export/FormulaGuard.h"
#include "export/TableExporter.h"

#include <cmath>
#include <cstring>
#include <optional>

namespace XlsxCellText {
double width(const QString &s)
{
    double w = 0;
    for (const QChar ch : s)
        w += ch.unicode() > 0x2E7F ? 2.1 : 1.1;
    return w;
}

double numberScale(const ExportColumn &c)
{
    int minDec = 0, maxDec = 0;
    TableExporter::decimalsOf(c.format, &minDec, &maxDec);
    return std::pow(10.0, maxDec);
}

double numberValue(const ExportColumn &c, double scale, double v)
{
    if (c.type == ExportColumn::Type::Integer)
        return double(std::llround(v));
    return std::round(v * scale) / scale;
}
} // namespace XlsxCellText

namespace {
bool isNumberColumn(const ExportColumn &c)
{
    return c.type == ExportColumn::Type::Number || c.type == ExportColumn::Type::Integer;
}

// TableExporter::isEmptyValue of a text: blank once trimmed.
bool isBlank(const QString &s)
{
    if (s.isEmpty())
        return true;
    if (!s.front().isSpace())
        return false;
    return s.trimmed().isEmpty();
}

constexpr int kWidthCacheLimit = 4096;   // distinct numbers / dates a column remembers the width of
constexpr int kTextCacheLimit = 2048;    // distinct texts a column remembers (cleared when full)
constexpr int kTextCacheWindow = 4096;   // lookups after which a column that mostly missed stops caching

void appendText(XlsxBatch::Cell cell, XlsxBatch *batch, const QByteArray &utf8)
{
    cell.kind = XlsxBatch::Text;
    cell.text = int(batch->text.size());
    const qsizetype n = utf8.size();
    batch->text.resize(cell.text + n + 1);
    char *to = batch->text.data() + cell.text;
    std::memcpy(to, utf8.constData(), size_t(n));
    to[n] = '\0';
    batch->cells.push_back(cell);
}

// The cell from the value as TableExporter gives it (the writer's code before the typed path).
void genericCell(const ExportColumn &col, double scale, const QVariant &value, double *width, XlsxBatch::Cell cell,
                 XlsxBatch *batch)
{
    const bool empty = TableExporter::isEmptyValue(value);
    bool ok = false;
    double d = 0;
    if (!empty && isNumberColumn(col))
        d = value.toDouble(&ok);
    const bool isDate = !ok && col.type == ExportColumn::Type::Date && value.typeId() == QMetaType::QDate;
    // The text: for the automatic widths, and for the cells written as text.
    QString text;
    if (col.width <= 0 || (!empty && !ok && !isDate))
        text = TableExporter::cellText(col, value);
    if (col.width <= 0)
        *width = std::max(*width, XlsxCellText::width(text));
    if (empty)
        return;
    if (ok) {
        cell.kind = XlsxBatch::Number;
        cell.number = XlsxCellText::numberValue(col, scale, d);
    } else if (isDate) {
        const QDate date = value.toDate();
        cell.kind = XlsxBatch::Date;
        cell.number = date.year() * 10000 + date.month() * 100 + date.day();
    } else {
        appendText(cell, batch, FormulaGuard::neutralized(text).toUtf8());
        return;
    }
    batch->cells.push_back(cell);
}

bool sameData(const QString &a, const QString &b)
{
    // The same characters in memory: equal (shared data is never written in place; `b` keeps it alive).
    return a.size() == b.size() && a.constData() == b.constData();
}
} // namespace

template<typename Row>
struct XlsxSheetCells<Row>::Column
{
    const ExportColumn *col = nullptr;
    bool autoWidth = false;
    double scale = 1;
    std::optional<FieldGetter<Row>> getter;   // empty: TableExporter::cellValue
    QString lastText;                  // the text of the row before
    TextInfo last;
    QHash<QString, TextInfo> texts;        // texts seen before (the same labels and explanations recur)
    bool cacheTexts = true;            // false once most lookups missed (hashing costs more than it saves)
    int lookups = 0, misses = 0;
    // width of a number's / a date's text, by value
    QHash<quint64, double> numberWidths;
    QHash<qint64, double> dateWidths;
};

template<typename Row>
XlsxSheetCells<Row>::XlsxSheetCells(const ExportSheet &sheet, int index, bool typed) : m_index(index)
{
    for (const ExportColumn &c : sheet.columns) {
        auto k = std::make_unique<Column>();
        k->col = &c;
        k->autoWidth = c.width <= 0;
        k->scale = XlsxCellText::numberScale(c);
        if (typed && !c.field.isEmpty() && c.fallback.isEmpty() && c.map.isEmpty())
            k->getter.emplace(c.field);
        m_columns.push_back(std::move(k));
    }
}

template<typename Row>
XlsxSheetCells<Row>::~XlsxSheetCells() = default;

template<typename Row>
void XlsxSheetCells<Row>::add(const Row &row, quint32 r, QList<double> *widths, XlsxBatch *batch)
{
    for (size_t c = 0; c < m_columns.size(); ++c) {
        Column &k = *m_columns[c];
        const XlsxBatch::Cell cell{r, quint16(c), quint8(m_index), XlsxBatch::Text, 0.0, 0};
        double *width = &(*widths)[int(c)];
        if (!k.getter) {
            genericCell(*k.col, k.scale, TableExporter::cellValue(*k.col, row), width, cell, batch);
            continue;
        }
        (*k.getter)(row, &m_value);
        typedCell(k, m_value, width, cell, batch);
    }
}

template<typename Row>
typename XlsxSheetCells<Row>::TextInfo XlsxSheetCells<Row>::textOf(Column &k, const QString &s)
{
    auto make = [&s] {
        TextInfo t;
        t.blank = isBlank(s);
        t.width = t.blank ? 0.0 : XlsxCellText::width(s);
        if (!t.blank)
            t.utf8 = FormulaGuard::neutralized(s).toUtf8();
        return t;
    };
    if (!k.cacheTexts)
        return make();
    if (++k.lookups == kTextCacheWindow) {
        k.cacheTexts = 2 * k.misses < k.lookups;
        k.lookups = k.misses = 0;
        if (!k.cacheTexts)
            k.texts.clear();
    }
    auto hit = k.texts.constFind(s);
    if (hit != k.texts.constEnd())
        return hit.value();
    ++k.misses;
    if (k.texts.size() >= kTextCacheLimit)
        k.texts.clear();
    return k.texts.insert(s, make()).value();
}

template<typename Row>
void XlsxSheetCells<Row>::textCell(Column &k, const QString &s, double *width, XlsxBatch::Cell cell, XlsxBatch *batch)
{
    if (!sameData(s, k.lastText)) {
        k.lastText = s;
        k.last = textOf(k, s);
    }
    if (k.autoWidth)
        *width = std::max(*width, k.last.width);
    if (!k.last.blank)
        appendText(cell, batch, k.last.utf8);
}

template<typename Row>
void XlsxSheetCells<Row>::typedCell(Column &k, const FieldValue &v, double *width, XlsxBatch::Cell cell, XlsxBatch *batch)
{
    const ExportColumn &col = *k.col;
    switch (v.kind) {
    case FieldValue::Invalid:
        return;   // empty: no cell, no width
    case FieldValue::String:
        if (col.type != ExportColumn::Type::Text)
            break;
        return textCell(k, *v.string, width, cell, batch);
    case FieldValue::Double:
    case FieldValue::Int:
        if (!isNumberColumn(col))
            break;
        if (k.autoWidth) {
            quint64 bits;
            std::memcpy(&bits, &v.number, sizeof bits);
            auto hit = k.numberWidths.constFind(bits);
            if (hit == k.numberWidths.constEnd()) {
                if (k.numberWidths.size() >= kWidthCacheLimit)
                    k.numberWidths.clear();
                hit = k.numberWidths.insert(bits, XlsxCellText::width(TableExporter::cellText(col, QVariant(v.number))));
            }
            *width = std::max(*width, hit.value());
        }
        cell.kind = XlsxBatch::Number;
        cell.number = XlsxCellText::numberValue(col, k.scale, v.number);
        batch->cells.push_back(cell);
        return;
    case FieldValue::Date:
        if (col.type != ExportColumn::Type::Date)
            break;
        if (!v.date.isValid())
            return;
        if (k.autoWidth) {
            auto hit = k.dateWidths.constFind(v.date.toJulianDay());
            if (hit == k.dateWidths.constEnd()) {
                if (k.dateWidths.size() >= kWidthCacheLimit)
                    k.dateWidths.clear();
                hit = k.dateWidths.insert(v.date.toJulianDay(), XlsxCellText::width(TableExporter::cellText(col, QVariant(v.date))));
            }
            *width = std::max(*width, hit.value());
        }
        cell.kind = XlsxBatch::Date;
        cell.number = v.date.year() * 10000 + v.date.month() * 100 + v.date.day();
        batch->cells.push_back(cell);
        return;
    case FieldValue::Other:
        break;
    }
    genericCell(col, k.scale, v.toVariant(), width, cell, batch);
}

template class XlsxSheetCells<PersonYearRow>;
template class XlsxSheetCells<ActivityRow>;
