#pragma once
#include "domain/Staff.h"

#include <QWidget>

class AppContext;
class PersonYearsModel;
class LockBanner;
class QLabel;
class QPushButton;
class QTableView;
class YearActivityModel;

// A person's own page: the profile (full ID number), the per-year table, the chosen year's
// activities with credited hours, explanation and evidence count; add/edit/delete activities;
// submit the year (locks it) and reopen it with a reason (audited).
class PersonPage : public QWidget
{
    Q_OBJECT
public:
    explicit PersonPage(AppContext *context, QWidget *parent = nullptr);

    void setStaff(qint64 staffId);
    qint64 staffId() const { return m_staff.id; }
    int year() const { return m_year; }
    void setYear(int year);
    PersonYearsModel *yearsModel() const { return m_years; }
    YearActivityModel *activityModel() const { return m_activities; }
    QTableView *activityTable() const { return m_activityTable; }

public slots:
    void reload();
    void addActivity();
    void editActivity();
    void removeActivity();
    void submitYear();
    void reopenYear();
    void editPerson();

signals:
    void backRequested();
    void openEvent(qint64 eventId);

private:
    void fillProfile();
    void updateButtons();
    void updateDetail();
    qint64 currentActivityId() const;

    AppContext *m_context;
    Staff m_staff;
    int m_year;
    PersonYearsModel *m_years;
    YearActivityModel *m_activities;
    QLabel *m_heading;
    QLabel *m_profile;
    QLabel *m_yearHeading;
    LockBanner *m_lock;
    QLabel *m_detail;
    QTableView *m_yearTable;
    QTableView *m_activityTable;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_submit;
    QPushButton *m_reopen;
};
