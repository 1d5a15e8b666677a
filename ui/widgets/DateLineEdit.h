#pragma once
#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date the clerk types: 2026-03-10, 2026/3/10, 20260310 (util/DateText) or picks from a calendar
// (the button at the right, or Alt+Down / F4). Empty means "not given". The calendar opens at the
// date, else in the hint year (the activity's year; today's month when that is the current year).
// Tab leaves the field like any line edit; text that is not a date shows red and date() is invalid.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Typed text that is neither empty nor a date.
    bool hasInvalidText() const;
    void setCalendarYear(int year) { m_hintYear = year; }
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

signals:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void parseText();
    QDate calendarStart() const;

    QDate m_date;
    int m_hintYear = 0;
    QCalendarWidget *m_calendar;
};
