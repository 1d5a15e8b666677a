#include "ComplianceChart.h"

#include <QPainter>
#include <QPaintEvent>

ComplianceChart::ComplianceChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("complianceChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ComplianceChart::setOverview(const OverviewData &data)
{
    m_departments = data.computed ? data.departments : QList<OverviewData::Department>();
    updateGeometry();
    update();
}

QSize ComplianceChart::sizeHint() const
{
    const int line = fontMetrics().height() + 10;
    return QSize(420, qMax(3, int(m_departments.size())) * line + 16);
}

QSize ComplianceChart::minimumSizeHint() const
{
    return QSize(240, fontMetrics().height() * 3);
}

void ComplianceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    if (m_departments.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No data for this year"));
        return;
    }
    int labelWidth = 0;
    for (const auto &d : m_departments)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(d.name.isEmpty() ? tr("(no department)") : d.name));
    labelWidth = qMin(labelWidth, width() / 3);
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0% (9999/9999)")) + 8;
    const int line = fm.height() + 10;
    const int barLeft = 8 + labelWidth + 8;
    const int barWidth = qMax(40, width() - barLeft - valueWidth - 8);
    int y = 8;
    for (const auto &d : m_departments) {
        const QString name = d.name.isEmpty() ? tr("(no department)") : d.name;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(8, y, labelWidth, line - 4), Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideRight, labelWidth));
        const QRect bar(barLeft, y + 3, barWidth, line - 10);
        const int ok = int(bar.width() * d.rate());
        p.fillRect(bar, QColor(0xef, 0x9a, 0x9a));
        p.fillRect(QRect(bar.left(), bar.top(), ok, bar.height()), QColor(0x66, 0xbb, 0x6a));
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(bar.right() + 8, y, valueWidth, line - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1% (%2/%3)").arg(QString::number(d.rate() * 100, 'f', 1)).arg(d.compliant).arg(d.staff));
        y += line;
    }
}
