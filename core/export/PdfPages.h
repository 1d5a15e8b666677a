#pragma once
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;

// A4 pages for the printed forms, painted with QPainter on a QPdfWriter (core) or any
// QPagedPaintDevice such as a QPrinter (ui). The body is run twice: a first pass into a scratch PDF
// counts the pages, the second paints for real, so every page can say "第 N 页 共 M 页".
// Coordinates are device units; mm() converts. `y` is the flow cursor of the current page.
class PdfPages
{
public:
    using Body = std::function<void(PdfPages &)>;

    // Writes a PDF atomically (nothing half-written). The CJK font is selected explicitly.
    static bool toPdf(const QString &path, const QString &title, const Body &body, QString *error);
    // Paints on a device the caller has set up (page size A4 is applied; the caller prints/finishes).
    static bool toDevice(QPagedPaintDevice *device, const Body &body, QString *error);

    QPainter &painter() { return m_painter; }
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    // Area for content on the current page: inside the margins, above the footer.
    QRectF content() const { return m_content; }
    qreal remaining() const { return m_content.bottom() - y; }
    int pageNumber() const { return m_page; }
    int pageCount() const { return m_total; } // 0 during the counting pass
    // The counting pass only lays out (cursor, pages): painters of the forms may skip drawing.
    bool counting() const { return m_total == 0; }
    void newPage();

    // Text helpers (wrap at the width; never clip).
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // Width of `text` on one line (device units).
    qreal textWidth(const QString &text, const QFont &font) const;
    // Draws a wrapped paragraph at the cursor (new page first if it does not fit) and advances y.
    void paragraph(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft, qreal spaceAfter = 0);
    // Two texts on one line: one left, one right (e.g. 填报单位 / 填表时间); wraps the left one if needed.
    void leftRight(const QString &left, const QString &right, const QFont &font, qreal spaceAfter = 0);
    // Flags that wrap `text` within `width` without overflow (word wrap, or anywhere for long tokens).
    int wrapFlags(const QString &text, const QFont &font, qreal width) const;

    qreal y = 0;

private:
    struct Measures; // text measurements of both passes, by (text, font, width): each text laid out once
    PdfPages(QPagedPaintDevice *device, int totalPages, std::shared_ptr<Measures> measures);
    void startPage();
    void finishPage();
    static bool run(QPagedPaintDevice *device, int totalPages, const Body &body, int *pages, QString *error,
                    const std::shared_ptr<Measures> &measures);
    struct Measured;
    const Measured &measured(const QString &text, const QFont &font, qreal width, bool advance) const;

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    qreal m_dpi = 300;
    QRectF m_content;
    int m_page = 0;
    int m_total = 0;
    std::shared_ptr<Measures> m_measures;
};
