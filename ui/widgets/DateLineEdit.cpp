#include "DateLineEdit.h"

#include "util/Clock.h"
#include "util/DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QStyle>

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd (not given)"));
    setToolTip(tr("Type 2026-03-10, 2026/3/10 or 20260310; Alt+Down opens the calendar"));
    m_calendar = new QCalendarWidget(this);
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setObjectName(objectName() + QStringLiteral("Calendar"));
    m_calendar->setGridVisible(true);
    QAction *pick = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose from the calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateLineEdit::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &d) {
        m_calendar->hide();
        setDate(d);
        setFocus();
    });
    connect(m_calendar, &QCalendarWidget::activated, m_calendar, &QWidget::hide);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::parseText);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_date.isValid())
            setText(DateText::format(m_date)); // typed 2026/3/10 reads back as 2026-03-10
    });
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(DateText::format(date));
}

bool DateLineEdit::hasInvalidText() const
{
    return !text().trimmed().isEmpty() && !m_date.isValid();
}

void DateLineEdit::parseText()
{
    const QDate parsed = DateText::parse(text());
    setStyleSheet(text().trimmed().size() >= 8 && !parsed.isValid() ? QStringLiteral("color: #b00020") : QString());
    if (parsed == m_date)
        return;
    m_date = parsed;
    emit dateChanged(m_date);
}

QDate DateLineEdit::calendarStart() const
{
    if (m_date.isValid())
        return m_date;
    const QDate today = Clock::current().today();
    if (m_hintYear <= 0 || m_hintYear == today.year())
        return today;
    return QDate(m_hintYear, 1, 1);
}

void DateLineEdit::showCalendar()
{
    const QDate start = calendarStart();
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers().testFlag(Qt::AltModifier)) || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
