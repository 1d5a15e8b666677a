#pragma once
#include "export/ExportProfile.h"
#include "export/RowFields.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

// Cells on their way to the xlsx writer thread (TableWriter): values, and the UTF-8 text of text
// cells (formula-neutralised, NUL-terminated).
struct XlsxBatch
{
    enum Kind : quint8 { Number, Date, Text };
    struct Cell
    {
        quint32 row;
        quint16 column;
        quint8 sheet;
        Kind kind;
        double number;      // Number: the value; Date: yyyymmdd
        int text;           // Text: offset in `text`
    };
    std::vector<Cell> cells;
    QByteArray text;
};

namespace XlsxCellText {
// CJK characters are about two columns wide.
double width(const QString &s);
// The scale a column's numbers are rounded to (10^max decimals), and the value written.
double numberScale(const ExportColumn &c);
double numberValue(const ExportColumn &c, double scale, double v);
} // namespace XlsxCellText

// One sheet's rows turned into xlsx cells, each column as TableWriter always wrote it: the value
// (TableExporter::cellValue), empty cells left out, numbers rounded for the column, dates as dates,
// the rest as text; the running text width of automatic-width columns.
// With `typed` (the writer's default), a column whose value is the row's field as is (no constant,
// fallback or map) reads it through FieldGetter instead of a QVariant, and a text repeated from the
// row before (the person's fields on each activity row, labels) is converted to UTF-8 once; a number's
// or date's width text is made once per distinct value. The cells are the same either way (tested).
template<typename Row>
class XlsxSheetCells
{
public:
    XlsxSheetCells(const ExportSheet &sheet, int index, bool typed = true);
    ~XlsxSheetCells();
    // The row's cells (sheet row `r`) appended to `batch`; `widths` (one per column) raised.
    void add(const Row &row, quint32 r, QList<double> *widths, XlsxBatch *batch);

private:
    // A text cell: blank, its width, its neutralised UTF-8.
    struct TextInfo
    {
        bool blank = true;
        double width = 0;
        QByteArray utf8;
    };
    struct Column;
    static TextInfo textOf(Column &k, const QString &s);
    void textCell(Column &k, const QString &s, double *width, XlsxBatch::Cell cell, XlsxBatch *batch);
    void typedCell(Column &k, const FieldValue &v, double *width, XlsxBatch::Cell cell, XlsxBatch *batch);

    std::vector<std::unique_ptr<Column>> m_columns;
    int m_index = 0;
    FieldValue m_value;
};
