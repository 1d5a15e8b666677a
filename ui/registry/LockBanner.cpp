#include "LockBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace {
// Drawn with QSvgRenderer (Qt Svg is linked), so no image plugin and no font glyph is needed.
QPixmap lockPixmap(int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.fill(Qt::transparent);
    QSvgRenderer svg(QStringLiteral(":/icons/lock.svg"));
    QPainter p(&pm);
    svg.render(&p);
    p.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}
}

LockBanner::LockBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("personLockBanner"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("personLockIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("personLock"));
    m_text->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("personSealWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_text);
    texts->addWidget(m_warning);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    hide();
}

QString LockBanner::who(const QString &recorded)
{
    return recorded.trimmed().isEmpty() || recorded == QLatin1String("unknown") ? tr("(operator not named)") : recorded;
}

void LockBanner::showState(const YearLockRepository::State &state, const QStringList &sealProblems)
{
    const int size = fontMetrics().height() + 4;
    if (!sealProblems.isEmpty()) {
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    } else if (state.locked) {
        m_icon->setPixmap(lockPixmap(size, devicePixelRatioF()));
    } else {
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    }
    if (state.locked)
        m_text->setText(tr("Submitted on %1 by %2: the year is locked; a correction needs a reopen with a reason.")
                            .arg(state.submittedAt.left(10), who(state.submittedBy)));
    else if (state.declared)
        m_text->setText(tr("Reopened on %1 by %2 (reason: %3); submit again when corrected.")
                            .arg(state.reopenedAt.left(10), who(state.reopenedBy), state.reopenReason));
    else
        m_text->clear();
    m_text->setVisible(state.declared);
    m_warning->setText(sealProblems.isEmpty() ? QString()
                                              : tr("Warning: this year differs from what the audit log recorded at submission:\n%1")
                                                    .arg(sealProblems.join(QLatin1Char('\n'))));
    m_warning->setVisible(!sealProblems.isEmpty());
    setVisible(state.declared || !sealProblems.isEmpty());
}

QString LockBanner::text() const
{
    return m_text->text();
}

QString LockBanner::warningText() const
{
    return m_warning->text();
}
