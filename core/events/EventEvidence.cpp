#include "events/EventEvidence.h"
#include "storage/SqlDialect.h"

#include "events/EventActivities.h"
#include "events/EventRepository.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QJsonObject itemJson(const EvidenceStore::Item &it)
{
    return {{QStringLiteral("eventId"), it.eventId}, {QStringLiteral("sha256"), it.sha256},
            {QStringLiteral("originalName"), it.originalName}, {QStringLiteral("size"), it.size}};
}
} // namespace

bool EventEvidence::writable(qint64 eventId, QString *error) const
{
    TrainingEvent event;
    if (!EventRepository(m_db).byId(eventId, &event)) {
        if (error)
            *error = tr("Training event %1 does not exist").arg(eventId);
        return false;
    }
    QList<QPair<qint64, int>> years;
    for (const EventParticipant &p : EventRepository(m_db).participants(eventId))
        if (p.activityId)
            years << qMakePair(p.staffId, event.year());
    const QStringList locked = EventActivities::lockedPeople(m_db, years);
    if (!locked.isEmpty()) {
        if (error)
            *error = EventActivities::lockedMessage(locked);
        return false;
    }
    return true;
}

bool EventEvidence::add(qint64 eventId, const QString &path, EvidenceStore::Item *item, QString *error)
{
    if (!writable(eventId, error))
        return false;
    EvidenceStore::Item it;
    if (!m_store.storeFile(path, &it, error))
        return false;
    it.eventId = eventId;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString insertEvidence = QStringLiteral("INSERT INTO event_evidence (event_id, sha256, original_name, size, mime_type, added_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)") + SqlDialect::of(m_db).returningId();
    q.prepare(insertEvidence);
    for (const QVariant &v : {QVariant(eventId), QVariant(it.sha256), QVariant(it.originalName), QVariant(it.size),
                              QVariant(it.mimeType), QVariant(it.addedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    it.id = SqlDialect::of(m_db).insertedId(q);
    if (!AuditLog::record(m_db, QStringLiteral("event_evidence"), it.id, QStringLiteral("insert"), {}, itemJson(it), error) || !tx.commit())
        return false;
    if (item)
        *item = it;
    return true;
}

bool EventEvidence::remove(qint64 evidenceId, QString *error)
{
    EvidenceStore::Item it;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT event_id, sha256, original_name, size FROM event_evidence WHERE id = ?"));
        q.addBindValue(evidenceId);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("Evidence %1 does not exist").arg(evidenceId);
            return false;
        }
        it.eventId = q.value(0).toLongLong();
        it.sha256 = q.value(1).toString();
        it.originalName = q.value(2).toString();
        it.size = q.value(3).toLongLong();
    }
    if (!writable(it.eventId, error))
        return false;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM event_evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !AuditLog::record(m_db, QStringLiteral("event_evidence"), evidenceId, QStringLiteral("delete"), itemJson(it), {}, error)
        || !tx.commit()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    m_store.releaseFile(it.sha256);
    return true;
}

QList<EvidenceStore::Item> EventEvidence::list(qint64 eventId) const
{
    QList<EvidenceStore::Item> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, sha256, original_name, size, mime_type, added_at FROM event_evidence WHERE event_id = ? ORDER BY id"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next()) {
            EvidenceStore::Item it;
            it.id = q.value(0).toLongLong();
            it.eventId = eventId;
            it.sha256 = q.value(1).toString();
            it.originalName = q.value(2).toString();
            it.size = q.value(3).toLongLong();
            it.mimeType = q.value(4).toString();
            it.addedAt = q.value(5).toString();
            out << it;
        }
    }
    return out;
}
