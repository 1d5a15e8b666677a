#include "export/PdfTable.h"

#include "export/CjkFont.h"
#include "export/PdfPages.h"

#include <numeric>

namespace {
constexpr qreal kPadX = 1.0; // mm
constexpr qreal kPadY = 1.2;
}

PdfTable::PdfTable(QList<qreal> columnWeights, qreal fontPointSize)
    : m_weights(std::move(columnWeights)), m_pointSize(fontPointSize)
{
}

qreal PdfTable::paddingMm()
{
    return kPadX;
}

PdfTable::Row PdfTable::row(const QStringList &texts, bool bold)
{
    Row r;
    for (const QString &t : texts) {
        Cell c;
        c.text = t;
        c.bold = bold;
        r << c;
    }
    return r;
}

QList<qreal> PdfTable::columnEdges(qreal left, qreal width) const
{
    const qreal total = std::accumulate(m_weights.begin(), m_weights.end(), qreal(0));
    QList<qreal> edges{left};
    qreal x = left;
    for (qreal w : m_weights) {
        x += width * w / total;
        edges << x;
    }
    return edges;
}

qreal PdfTable::rowHeight(PdfPages &pages, const Row &row) const
{
    const QList<qreal> edges = columnEdges(pages.content().left(), pages.content().width());
    qreal h = pages.mm(m_minRowMm);
    int col = 0;
    for (const Cell &c : row) {
        const int last = std::min(int(m_weights.size()), col + std::max(1, c.span));
        const qreal w = edges.at(last) - edges.at(col) - 2 * pages.mm(kPadX);
        const qreal th = pages.textHeight(c.text, CjkFont::font(m_pointSize, c.bold), w) + 2 * pages.mm(kPadY);
        h = std::max(h, th);
        col = last;
    }
    return h;
}

void PdfTable::paintRow(PdfPages &pages, const Row &row, qreal height) const
{
    QPainter &p = pages.painter();
    const QList<qreal> edges = columnEdges(pages.content().left(), pages.content().width());
    const qreal top = pages.y;
    if (pages.counting()) { // the first pass only lays out
        pages.y += height;
        return;
    }
    p.setPen(QPen(Qt::black, pages.mm(0.25)));
    p.setBrush(Qt::NoBrush);
    int col = 0;
    for (const Cell &c : row) {
        const int last = std::min(int(m_weights.size()), col + std::max(1, c.span));
        const QRectF cell(edges.at(col), top, edges.at(last) - edges.at(col), height);
        p.drawRect(cell);
        const QFont f = CjkFont::font(m_pointSize, c.bold);
        const QRectF text = cell.adjusted(pages.mm(kPadX), pages.mm(kPadY), -pages.mm(kPadX), -pages.mm(kPadY));
        if (!c.text.isEmpty()) {
            p.setFont(f);
            Qt::Alignment align = c.align;
            if (!(align & Qt::AlignVertical_Mask))
                align |= Qt::AlignVCenter;
            p.drawText(text, int(align) | pages.wrapFlags(c.text, f, text.width()), c.text);
        }
        col = last;
    }
    // Columns not covered by cells still get their frame.
    for (; col < m_weights.size(); ++col)
        p.drawRect(QRectF(edges.at(col), top, edges.at(col + 1) - edges.at(col), height));
    pages.y += height;
}

void PdfTable::paint(PdfPages &pages) const
{
    QList<qreal> headerHeights;
    qreal headerTotal = 0;
    for (const Row &r : m_header) {
        headerHeights << rowHeight(pages, r);
        headerTotal += headerHeights.last();
    }
    auto paintHeader = [&] {
        for (int i = 0; i < m_header.size(); ++i)
            paintRow(pages, m_header.at(i), headerHeights.at(i));
    };
    const qreal firstRow = m_rows.isEmpty() ? 0 : rowHeight(pages, m_rows.first());
    if (headerTotal + firstRow > pages.remaining() && pages.y > pages.content().top())
        pages.newPage();
    paintHeader();
    for (const Row &r : m_rows) {
        const qreal h = rowHeight(pages, r);
        if (h > pages.remaining()) {
            pages.newPage();
            paintHeader();
        }
        paintRow(pages, r, h);
    }
}
