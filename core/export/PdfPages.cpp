#include "export/PdfPages.h"
#include "util/OutputBarrier.h"

#include "export/CjkFont.h"

#include <QBuffer>
#include <QHash>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
constexpr qreal kMarginLeft = 18;    // mm
constexpr qreal kMarginRight = 18;
constexpr qreal kMarginTop = 16;
constexpr qreal kMarginBottom = 14;
constexpr qreal kFooter = 8;         // mm reserved above the bottom margin for the page number
constexpr int kResolution = 300;

void setupWriter(QPdfWriter &w, const QString &title)
{
    w.setResolution(kResolution);
    w.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    w.setTitle(title);
    w.setCreator(QStringLiteral("CE Hours %1").arg(QStringLiteral(CEHOURS_VERSION)));
}
} // namespace

struct PdfPages::Measured
{
    int flags = 0;        // wrapFlags
    qreal height = 0;     // textHeight, or the one-line advance
};

namespace {
struct MeasureKey
{
    QString text;
    QFont font;
    qreal width;     // wrapping width; unused for an advance
    bool advance;    // the one-line advance instead of the wrapped height
    int dpiX, dpiY;  // the device's resolution (the metrics depend on it)
    bool operator==(const MeasureKey &o) const
    {
        return width == o.width && advance == o.advance && dpiX == o.dpiX && dpiY == o.dpiY && text == o.text
            && font == o.font;
    }
};

size_t qHash(const MeasureKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.font, k.width, k.advance, k.dpiX, k.dpiY);
}
} // namespace

// Laying a text out (shaping, line breaking) is most of a form's cost, and a cell is measured for its
// row's height, for its wrap mode and again in the second pass: each distinct (text, font, width) is
// measured once per document. Bounded: cleared when large.
struct PdfPages::Measures
{
    QHash<MeasureKey, Measured> known;
};

PdfPages::PdfPages(QPagedPaintDevice *device, int totalPages, std::shared_ptr<Measures> measures)
    : m_device(device), m_total(totalPages), m_measures(std::move(measures))
{
}

bool PdfPages::run(QPagedPaintDevice *device, int totalPages, const Body &body, int *pages, QString *error,
                   const std::shared_ptr<Measures> &measures)
{
    PdfPages p(device, totalPages, measures);
    if (!p.m_painter.begin(device)) {
        *error = QCoreApplication::translate("export", "Cannot start painting the document");
        return false;
    }
    p.m_dpi = device->logicalDpiY();
    // Painter coordinates start at the paintable area's corner; our margins are measured from the paper.
    const QRectF paper = QRectF(QPointF(0, 0), device->pageLayout().fullRectPoints().size() * p.m_dpi / 72.0);
    const QRectF paintRect = device->pageLayout().paintRectPoints();
    p.m_painter.translate(-paintRect.left() * p.m_dpi / 72.0, -paintRect.top() * p.m_dpi / 72.0);
    p.m_page = 1;
    p.m_content = QRectF(QPointF(p.mm(kMarginLeft), p.mm(kMarginTop)),
                         QPointF(paper.width() - p.mm(kMarginRight), paper.height() - p.mm(kMarginBottom + kFooter)));
    p.startPage();
    body(p);
    p.finishPage();
    p.m_painter.end();
    *pages = p.m_page;
    return true;
}

void PdfPages::startPage()
{
    y = m_content.top();
    m_painter.setPen(QPen(Qt::black, mm(0.25)));
}

void PdfPages::finishPage()
{
    if (counting())
        return;
    const QFont f = CjkFont::font(9);
    const QString text = QStringLiteral("第 %1 页 共 %2 页").arg(m_page).arg(m_total > 0 ? m_total : m_page);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    const QRectF footer(m_content.left(), m_content.bottom() + mm(2), m_content.width(), mm(kFooter - 2));
    m_painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, text);
}

void PdfPages::newPage()
{
    finishPage();
    if (!counting())
        m_device->newPage();
    ++m_page;
    startPage();
}

const PdfPages::Measured &PdfPages::measured(const QString &text, const QFont &font, qreal width, bool advance) const
{
    MeasureKey key{text, font, advance ? 0 : width, advance, m_device->logicalDpiX(), m_device->logicalDpiY()};
    auto it = m_measures->known.constFind(key);
    if (it != m_measures->known.constEnd())
        return it.value();
    if (m_measures->known.size() >= 100000)
        m_measures->known.clear();
    const QFontMetricsF fm(font, m_device);
    Measured m;
    if (advance) {
        m.height = fm.horizontalAdvance(text);
    } else {
        const QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text);
        m.flags = r.width() > width + 0.01 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        if (text.isEmpty())
            m.height = fm.height();
        else
            m.height = m.flags == Qt::TextWordWrap ? r.height()
                                                   : fm.boundingRect(QRectF(0, 0, width, 1e7), m.flags, text).height();
    }
    return m_measures->known.insert(key, m).value();
}

int PdfPages::wrapFlags(const QString &text, const QFont &font, qreal width) const
{
    return measured(text, font, width, false).flags;
}

qreal PdfPages::textWidth(const QString &text, const QFont &font) const
{
    return measured(text, font, 0, true).height;
}

qreal PdfPages::textHeight(const QString &text, const QFont &font, qreal width) const
{
    return measured(text, font, width, false).height;
}

void PdfPages::paragraph(const QString &text, const QFont &font, Qt::Alignment align, qreal spaceAfter)
{
    const qreal h = textHeight(text, font, m_content.width());
    if (h > remaining() && y > m_content.top())
        newPage();
    if (!counting()) {
        m_painter.setFont(font);
        m_painter.drawText(QRectF(m_content.left(), y, m_content.width(), h),
                           int(align) | wrapFlags(text, font, m_content.width()), text);
    }
    y += h + spaceAfter;
}

void PdfPages::leftRight(const QString &left, const QString &right, const QFont &font, qreal spaceAfter)
{
    const QFontMetricsF fm(font, m_device);
    const qreal rightWidth = textWidth(right, font) + mm(1);
    const qreal leftWidth = m_content.width() - rightWidth - mm(6);
    const qreal h = std::max(textHeight(left, font, leftWidth), fm.height());
    if (h > remaining() && y > m_content.top())
        newPage();
    if (!counting()) {
        m_painter.setFont(font);
        m_painter.drawText(QRectF(m_content.left(), y, leftWidth, h), Qt::AlignLeft | Qt::AlignTop | wrapFlags(left, font, leftWidth), left);
        m_painter.drawText(QRectF(m_content.right() - rightWidth, y, rightWidth, h), Qt::AlignRight | Qt::AlignTop, right);
    }
    y += h + spaceAfter;
}

bool PdfPages::toDevice(QPagedPaintDevice *device, const Body &body, QString *error)
{
    if (!CjkFont::ensureLoaded(error))
        return false;
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    // Counting pass on a scratch PDF with the same resolution and page layout.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    const auto measures = std::make_shared<Measures>();
    {
        QPdfWriter w(&scratch);
        w.setResolution(device->logicalDpiY());
        w.setPageLayout(device->pageLayout());
        if (!run(&w, 0, body, &pages, error, measures))
            return false;
    }
    int painted = 0;
    return run(device, pages, body, &painted, error, measures);
}

bool PdfPages::toPdf(const QString &path, const QString &title, const Body &body, QString *error)
{
    if (!CjkFont::ensureLoaded(error))
        return false;
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    const auto measures = std::make_shared<Measures>();
    {
        QPdfWriter w(&scratch);
        setupWriter(w, title);
        if (!run(&w, 0, body, &pages, error, measures))
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter w(&file);
        setupWriter(w, title);
        int painted = 0;
        if (!run(&w, pages, body, &painted, error, measures)) {
            file.cancelWriting();
            return false;
        }
    }
    const QString barrier = OutputBarrier::pass(); // the CLI's overlapped check of the database
    if (!barrier.isEmpty()) {
        file.cancelWriting();
        *error = barrier;
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
