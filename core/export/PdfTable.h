#pragma once
#include <QFont>
#include <QList>
#include <QString>

class PdfPages;

// A ruled table flowed over PdfPages: cells wrap (measured with QFontMetrics, rows grow), header
// rows repeat at the top of every page the table reaches, a row never splits across pages.
class PdfTable
{
public:
    struct Cell
    {
        QString text;
        int span = 1;
        Qt::Alignment align = Qt::AlignCenter;
        bool bold = false;
    };
    using Row = QList<Cell>;

    // Relative column widths; the table spans the page's content width.
    explicit PdfTable(QList<qreal> columnWeights, qreal fontPointSize = 10);

    void setHeaderRows(const QList<Row> &rows) { m_header = rows; }
    void addRow(const Row &row) { m_rows << row; }
    int rowCount() const { return int(m_rows.size()); }
    // Minimum row height in mm (a filled-in form has room to write).
    void setMinRowHeight(qreal mm) { m_minRowMm = mm; }

    // Helpers for plain rows: every cell centred, or with per-column alignment.
    static Row row(const QStringList &texts, bool bold = false);

    // Paints at the cursor of `pages`, starting a new page when a row does not fit. Afterwards
    // pages.y is below the table.
    void paint(PdfPages &pages) const;

    qreal rowHeight(PdfPages &pages, const Row &row) const;
    // Inner margin of a cell, left and right (mm).
    static qreal paddingMm();

private:
    QList<qreal> columnEdges(qreal left, qreal width) const;
    void paintRow(PdfPages &pages, const Row &row, qreal height) const;

    QList<qreal> m_weights;
    qreal m_pointSize;
    qreal m_minRowMm = 7;
    QList<Row> m_header;
    QList<Row> m_rows;
};
