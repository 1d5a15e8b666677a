#include "events/EventRepository.h"
#include "storage/SqlDialect.h"

#include "events/EventActivities.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QString());
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString now()
{
    return Clock::current().now().toString(Qt::ISODate);
}

const char *kEventColumns = "id, title, organizer, host, kind, subject, start_date, end_date, params, mode, place,"
                            " filing_number, filing_date, filing_authority, notes";

TrainingEvent eventFromRow(const QSqlQuery &q)
{
    TrainingEvent e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.organizer = q.value(2).toString();
    e.host = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.subject = q.value(5).toString();
    e.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.params = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.mode = q.value(9).toString();
    e.place = q.value(10).toString();
    e.filingNumber = q.value(11).toString();
    e.filingDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    e.filingAuthority = q.value(13).toString();
    e.notes = q.value(14).toString();
    return e;
}
} // namespace

bool EventRepository::fail(const QString &why, QString *error) const
{
    if (error)
        *error = why;
    return false;
}

bool EventRepository::byId(qint64 id, TrainingEvent *event) const
{
    QSqlQuery q(m_db);
    // The column list is our own constant; the values are bound.
    static const QString sql = QStringLiteral("SELECT %1 FROM training_event WHERE id = ?").arg(QLatin1String(kEventColumns));
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *event = eventFromRow(q);
    return true;
}

qint64 EventRepository::find(const QString &text, QString *error) const
{
    bool numeric = false;
    const qint64 id = text.trimmed().toLongLong(&numeric);
    TrainingEvent e;
    if (numeric && byId(id, &e))
        return id;
    QStringList ids;
    for (const Summary &s : list())
        if (s.event.title == text.trimmed())
            ids << QString::number(s.event.id);
    if (ids.size() == 1)
        return ids.first().toLongLong();
    if (error)
        *error = ids.isEmpty() ? tr("No training event %1 (see event list)").arg(text)
                               : tr("%1 names %2 events (numbers %3): give the number").arg(text).arg(ids.size()).arg(ids.join(QStringLiteral(", ")));
    return 0;
}

QList<EventRepository::Summary> EventRepository::list(int year) const
{
    QList<Summary> out;
    QSqlQuery q(m_db);
    static const QString sql = QStringLiteral("SELECT %1 FROM training_event WHERE (? = 0 OR substr(end_date, 1, 4) = ?)"
                                              " ORDER BY start_date, id")
                                   .arg(QLatin1String(kEventColumns));
    q.prepare(sql);
    q.addBindValue(year);
    q.addBindValue(QString::number(year));
    if (!q.exec())
        return out;
    while (q.next()) {
        Summary s;
        s.event = eventFromRow(q);
        out << s;
    }
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN result IN ('合格', '无需考核') THEN 1 ELSE 0 END) FROM event_participant WHERE event_id = ?"));
    for (Summary &s : out) {
        c.addBindValue(s.event.id);
        if (c.exec() && c.next()) {
            s.participants = c.value(0).toInt();
            s.passed = c.value(1).toInt();
        }
    }
    return out;
}

QList<EventParticipant> EventRepository::participants(qint64 eventId) const
{
    QList<EventParticipant> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id, p.staff_id, p.position, p.result, p.days_attended, p.remark, a.id,"
                             " s.name, s.id_number, s.department, s.title, s.title_level, s.status"
                             " FROM event_participant p JOIN staff s ON s.id = p.staff_id"
                             // "+a.event_id": look the activity up by the person (a few rows each), not by the
                             // event (every participant's row for each participant: quadratic in the event's size).
                             " LEFT JOIN activity a ON a.staff_id = p.staff_id AND +a.event_id = p.event_id"
                             " WHERE p.event_id = ? ORDER BY p.position, p.id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return out;
    while (q.next()) {
        EventParticipant p;
        p.id = q.value(0).toLongLong();
        p.eventId = eventId;
        p.staffId = q.value(1).toLongLong();
        p.position = q.value(2).toInt();
        p.result = q.value(3).toString();
        p.daysAttended = q.value(4).toDouble();
        p.remark = q.value(5).toString();
        p.activityId = q.value(6).toLongLong();
        p.name = q.value(7).toString();
        p.idNumber = q.value(8).toString();
        p.department = q.value(9).toString();
        p.title = q.value(10).toString();
        p.titleLevel = q.value(11).toString();
        p.status = q.value(12).toString();
        out << p;
    }
    return out;
}

bool EventRepository::writeEventRow(TrainingEvent &e, const TrainingEvent *before, QString *error)
{
    QSqlQuery q(m_db);
    const QString insertEvent = QStringLiteral("INSERT INTO training_event (title, organizer, host, kind, subject, start_date, end_date, params,"
                                          " mode, place, filing_number, filing_date, filing_authority, notes, updated_at, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + SqlDialect::of(m_db).returningId();
    if (before)
        q.prepare(QStringLiteral("UPDATE training_event SET title = ?, organizer = ?, host = ?, kind = ?, subject = ?, start_date = ?,"
                                 " end_date = ?, params = ?, mode = ?, place = ?, filing_number = ?, filing_date = ?,"
                                 " filing_authority = ?, notes = ?, updated_at = ? WHERE id = ?"));
    else
        q.prepare(insertEvent);
    const QDate filing = e.filingDate;
    for (const QVariant &v : {QVariant(e.title), QVariant(sqlText(e.organizer)), QVariant(sqlText(e.host)), QVariant(e.kind),
                              QVariant(sqlText(e.subject)), dateValue(e.startDate), dateValue(e.endDate), QVariant(json(e.params)),
                              QVariant(sqlText(e.mode)), QVariant(sqlText(e.place)), QVariant(sqlText(e.filingNumber)),
                              filing.isValid() ? QVariant(filing.toString(Qt::ISODate)) : QVariant(),
                              QVariant(sqlText(e.filingAuthority)), QVariant(sqlText(e.notes)), QVariant(now())})
        q.addBindValue(v);
    q.addBindValue(before ? QVariant(e.id) : QVariant(now()));
    if (!q.exec())
        return fail(q.lastError().text(), error);
    if (!before)
        e.id = SqlDialect::of(m_db).insertedId(q);
    return AuditLog::record(m_db, QStringLiteral("training_event"), e.id, before ? QStringLiteral("update") : QStringLiteral("insert"),
                            before ? before->toJson() : QJsonObject(), e.toJson(), error);
}

bool EventRepository::create(TrainingEvent &event, QString *error)
{
    if (!EventActivities::validate(m_db, event, error))
        return false;
    Transaction tx(m_db);
    if (!writeEventRow(event, nullptr, error))
        return false;
    return tx.commit() || fail(m_db.lastError().text(), error);
}

bool EventRepository::update(TrainingEvent &event, QString *error)
{
    TrainingEvent before;
    if (!byId(event.id, &before))
        return fail(tr("Training event %1 does not exist").arg(event.id), error);
    if (!EventActivities::validate(m_db, event, error))
        return false;
    QList<EventParticipant> people = participants(event.id);
    Transaction tx(m_db);
    if (!sync(event, people, {}, error) || !writeEventRow(event, &before, error))
        return false;
    return tx.commit() || fail(m_db.lastError().text(), error);
}

bool EventRepository::remove(qint64 eventId, QString *error, QStringList *orphans)
{
    TrainingEvent event;
    if (!byId(eventId, &event))
        return fail(tr("Training event %1 does not exist").arg(eventId), error);
    const QList<EventParticipant> people = participants(eventId);
    QList<EventParticipant> none;
    Transaction tx(m_db);
    if (!sync(event, none, people, error))
        return false;
    QSqlQuery q(m_db);
    QStringList files;
    q.prepare(QStringLiteral("SELECT sha256 FROM event_evidence WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (q.exec())
        while (q.next())
            files << q.value(0).toString();
    q.prepare(QStringLiteral("DELETE FROM event_evidence WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    q.prepare(QStringLiteral("DELETE FROM training_event WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    if (!AuditLog::record(m_db, QStringLiteral("training_event"), eventId, QStringLiteral("delete"), event.toJson(), {}, error))
        return false;
    if (!tx.commit())
        return fail(m_db.lastError().text(), error);
    if (orphans)
        *orphans = files;
    return true;
}

bool EventRepository::addParticipants(qint64 eventId, QList<EventParticipant> people, QString *error)
{
    return applyParticipants(eventId, std::move(people), {}, error);
}

bool EventRepository::applyParticipants(qint64 eventId, QList<EventParticipant> added, const QList<EventParticipant> &changed,
                                        QString *error)
{
    TrainingEvent event;
    if (!byId(eventId, &event))
        return fail(tr("Training event %1 does not exist").arg(eventId), error);
    const QList<EventParticipant> existing = participants(eventId);
    int position = 0;
    QHash<qint64, EventParticipant> byStaff;
    for (const EventParticipant &p : existing) {
        position = qMax(position, p.position);
        byStaff.insert(p.staffId, p);
    }
    QList<EventParticipant> write;
    for (EventParticipant p : added) {
        if (byStaff.contains(p.staffId))
            return fail(tr("%1 is already on the event").arg(p.name.isEmpty() ? QString::number(p.staffId) : p.name), error);
        if (p.status == QStringLiteral("离职"))
            return fail(tr("%1 has left the unit (离职) and cannot be added").arg(p.name), error);
        if (!EventParticipant::results().contains(p.result))
            return fail(tr("%1: 考试结果 must be one of %2").arg(p.name, EventParticipant::results().join(QStringLiteral("/"))), error);
        p.id = 0;
        p.eventId = eventId;
        p.activityId = 0;
        p.position = ++position;
        byStaff.insert(p.staffId, p);
        write << p;
    }
    for (EventParticipant p : changed) {
        const auto it = byStaff.constFind(p.staffId);
        if (it == byStaff.constEnd() || it->id == 0)
            return fail(tr("%1 is not on the event").arg(p.name), error);
        if (!EventParticipant::results().contains(p.result))
            return fail(tr("%1: 考试结果 must be one of %2").arg(p.name, EventParticipant::results().join(QStringLiteral("/"))), error);
        p.id = it->id;
        p.eventId = eventId;
        p.position = it->position;
        p.activityId = it->activityId;
        write << p;
    }
    Transaction tx(m_db);
    if (!sync(event, write, {}, error))
        return false;
    return tx.commit() || fail(m_db.lastError().text(), error);
}

bool EventRepository::updateParticipant(const EventParticipant &participant, QString *error)
{
    return applyParticipants(participant.eventId, {}, {participant}, error);
}

bool EventRepository::removeParticipant(qint64 eventId, qint64 staffId, QString *error)
{
    TrainingEvent event;
    if (!byId(eventId, &event))
        return fail(tr("Training event %1 does not exist").arg(eventId), error);
    for (const EventParticipant &p : participants(eventId)) {
        if (p.staffId != staffId)
            continue;
        QList<EventParticipant> none;
        Transaction tx(m_db);
        if (!sync(event, none, {p}, error))
            return false;
        return tx.commit() || fail(m_db.lastError().text(), error);
    }
    return fail(tr("That person is not on the event"), error);
}

QHash<qint64, EventRepository::EventLink> EventRepository::eventsOfActivities(const QList<qint64> &activityIds) const
{
    QHash<qint64, EventLink> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id, e.title FROM activity a JOIN training_event e ON e.id = a.event_id WHERE a.id = ?"));
    for (qint64 id : activityIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            out.insert(id, EventLink{q.value(0).toLongLong(), q.value(1).toString()});
    }
    return out;
}

qint64 EventRepository::eventOfActivity(QSqlDatabase db, qint64 activityId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT event_id FROM activity WHERE id = ?"));
    q.addBindValue(activityId);
    return (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
}
