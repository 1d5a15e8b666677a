// EventRepository, part 2: keeping the participants' activities in line with the event.
#include "events/EventRepository.h"
#include "storage/SqlDialect.h"

#include "events/EventActivities.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqlText.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString now()
{
    return Clock::current().now().toString(Qt::ISODate);
}

bool sameActivity(const Activity &a, const Activity &b)
{
    QJsonObject x = a.toJson(), y = b.toJson();
    for (const char *k : {"id", "status"}) {
        x.remove(QLatin1String(k));
        y.remove(QLatin1String(k));
    }
    return x == y;
}

QJsonObject auditJson(const Activity &a, qint64 eventId)
{
    QJsonObject o = a.toJson();
    o.insert(QStringLiteral("eventId"), eventId);
    return o;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
} // namespace

// One pass to check (activities to build, locked years), then one pass to write. The caller holds the
// transaction. `participants` are written (new rows get ids), `removed` are deleted with their activity.
bool EventRepository::sync(const TrainingEvent &event, QList<EventParticipant> &participants,
                           const QList<EventParticipant> &removed, QString *error)
{
    ActivityRepository activities(m_db);
    QList<QPair<qint64, int>> touched;
    QStringList problems;
    for (const EventParticipant &p : participants) {
        Activity before;
        const bool had = p.activityId && activities.byId(p.activityId, &before);
        Activity wanted;
        if (p.credited()) {
            QString why;
            if (!EventActivities::activityFor(event, p, &wanted, &why)) {
                problems << why;
                continue;
            }
        }
        if (had && p.credited() && sameActivity(before, wanted))
            continue;
        if (had)
            touched << qMakePair(before.staffId, before.year);
        if (p.credited())
            touched << qMakePair(p.staffId, wanted.year);
    }
    for (const EventParticipant &p : removed) {
        Activity before;
        if (p.activityId && activities.byId(p.activityId, &before))
            touched << qMakePair(before.staffId, before.year);
    }
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')), error);
    const QStringList locked = EventActivities::lockedPeople(m_db, touched);
    if (!locked.isEmpty())
        return fail(EventActivities::lockedMessage(locked), error);

    const QList<EventParticipant> stored = this->participants(event.id);
    QHash<qint64, EventParticipant> beforeById;
    for (const EventParticipant &p : stored)
        beforeById.insert(p.id, p);
    for (const EventParticipant &p : removed) {
        if (p.activityId && !deleteActivity(p.activityId, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM event_participant WHERE id = ?"));
        q.addBindValue(p.id);
        if (!q.exec())
            return fail(q.lastError().text(), error);
        if (!AuditLog::record(m_db, QStringLiteral("event_participant"), p.id, QStringLiteral("delete"), p.toJson(), {}, error))
            return false;
    }
    for (EventParticipant &p : participants) {
        const auto it = beforeById.constFind(p.id);
        if (!writeActivity(event, p, error) || !writeParticipant(p, it == beforeById.constEnd() ? nullptr : &it.value(), error))
            return false;
    }
    return true;
}

bool EventRepository::writeActivity(const TrainingEvent &event, EventParticipant &p, QString *error)
{
    if (!p.credited()) {
        if (p.activityId && !deleteActivity(p.activityId, error))
            return false;
        p.activityId = 0;
        return true;
    }
    Activity a;
    if (!EventActivities::activityFor(event, p, &a, error))
        return false;
    Activity before;
    const bool had = p.activityId && ActivityRepository(m_db).byId(p.activityId, &before);
    if (had && sameActivity(before, a))
        return true;
    QSqlQuery q(m_db);
    const QString insertActivity = QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject,"
                                 " event_id, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + SqlDialect::of(m_db).returningId();
    if (had)
        q.prepare(QStringLiteral("UPDATE activity SET staff_id = ?, year = ?, start_date = ?, end_date = ?, kind = ?, title = ?,"
                                 " params = ?, subject = ?, event_id = ?, updated_at = ? WHERE id = ?"));
    else
        q.prepare(insertActivity);
    for (const QVariant &v : {QVariant(a.staffId), QVariant(a.year), dateValue(a.startDate), dateValue(a.endDate), QVariant(a.kind),
                              QVariant(sqlText(a.title)),
                              QVariant(QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact))),
                              QVariant(sqlText(a.subject)), QVariant(event.id), QVariant(now())})
        q.addBindValue(v);
    q.addBindValue(had ? QVariant(p.activityId) : QVariant(now()));
    if (!q.exec())
        return fail(q.lastError().text(), error);
    if (!had)
        p.activityId = SqlDialect::of(m_db).insertedId(q);
    a.id = p.activityId;
    return AuditLog::record(m_db, QStringLiteral("activity"), a.id, had ? QStringLiteral("update") : QStringLiteral("insert"),
                            had ? auditJson(before, event.id) : QJsonObject(), auditJson(a, event.id), error);
}

bool EventRepository::deleteActivity(qint64 activityId, QString *error)
{
    Activity before;
    if (!ActivityRepository(m_db).byId(activityId, &before))
        return true;
    const qint64 eventId = eventOfActivity(m_db, activityId);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"));
    q.addBindValue(activityId);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    return AuditLog::record(m_db, QStringLiteral("activity"), activityId, QStringLiteral("delete"), auditJson(before, eventId), {}, error);
}

bool EventRepository::writeParticipant(EventParticipant &p, const EventParticipant *before, QString *error)
{
    if (before && before->result == p.result && qFuzzyCompare(1 + before->daysAttended, 1 + p.daysAttended)
        && before->remark == p.remark && before->position == p.position)
        return true;
    QSqlQuery q(m_db);
    const QString insertParticipant = QStringLiteral("INSERT INTO event_participant (result, days_attended, remark, position, event_id, staff_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?)")
        + SqlDialect::of(m_db).returningId();
    if (before)
        q.prepare(QStringLiteral("UPDATE event_participant SET result = ?, days_attended = ?, remark = ?, position = ? WHERE id = ?"));
    else
        q.prepare(insertParticipant);
    q.addBindValue(p.result);
    q.addBindValue(p.daysAttended > 0 ? QVariant(p.daysAttended) : QVariant());
    q.addBindValue(sqlText(p.remark.trimmed()));
    q.addBindValue(p.position);
    if (before) {
        q.addBindValue(p.id);
    } else {
        q.addBindValue(p.eventId);
        q.addBindValue(p.staffId);
    }
    if (!q.exec())
        return fail(q.lastError().text(), error);
    if (!before)
        p.id = SqlDialect::of(m_db).insertedId(q);
    return AuditLog::record(m_db, QStringLiteral("event_participant"), p.id, before ? QStringLiteral("update") : QStringLiteral("insert"),
                            before ? before->toJson() : QJsonObject(), p.toJson(), error);
}
