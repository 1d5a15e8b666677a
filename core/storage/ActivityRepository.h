#pragma once
#include <QCoreApplication>
#include "domain/Activity.h"

#include <QSqlDatabase>

class QSqlQuery;

// Activities of staff. Every change is audited; a year that was submitted (locked) refuses changes.
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool insert(Activity &activity, QString *error);
    // Refuses (conflicted() true) when activity.version is set and the row changed since it was read.
    bool update(const Activity &activity, QString *error);
    bool conflicted() const { return m_conflict; }
    bool remove(qint64 id, QString *error);
    // One activity for many people (a unit's training class): one transaction, all or nothing.
    bool insertForMany(const Activity &activity, const QList<qint64> &staffIds, QList<qint64> *newIds, QString *error);
    // Many different activities (an activity import): one transaction, all or nothing; ids are set.
    bool insertMany(QList<Activity> &activities, QString *error);
    // Deletes many activities in one transaction, all or nothing; refuses before deleting anything
    // when any of them is in a locked year (the error names the people and years).
    bool removeMany(const QList<qint64> &ids, QString *error);

    bool byId(qint64 id, Activity *activity) const;
    QList<Activity> list(qint64 staffId, int year = 0) const; // year 0 = all years
    // Activities of every person of a unit in a year, ordered by staff.
    QList<Activity> listForYear(qint64 unitId, int year) const;
    int evidenceCount(qint64 activityId) const;

    // The activity in the first ten columns of a row selected as
    // id, staff_id, year, start_date, end_date, kind, title, params, subject, status (other queries reuse it).
    static Activity fromRow(const QSqlQuery &q);

private:
    bool checkWritable(qint64 staffId, int year, QString *error) const;
    bool checkNotFromEvent(qint64 activityId, QString *error) const;
    QString personName(qint64 staffId) const;
    bool insertRow(Activity &activity, QString *error);
    static bool check(const Activity &activity, QString *error);
    QSqlDatabase m_db;
    bool m_conflict = false;
};
