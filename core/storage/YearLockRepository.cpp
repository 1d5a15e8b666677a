#include "storage/YearLockRepository.h"

#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "storage/YearSeal.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

QJsonObject YearLockRepository::toJson(qint64 staffId, int year, const State &s)
{
    QJsonObject o{{QStringLiteral("staffId"), staffId}, {QStringLiteral("year"), year}, {QStringLiteral("locked"), s.locked},
                  {QStringLiteral("submittedAt"), s.submittedAt}, {QStringLiteral("reopenReason"), s.reopenReason}};
    if (s.locked) {
        o.insert(QStringLiteral("sealDigest"), s.sealDigest);
        o.insert(QStringLiteral("personDigest"), s.personDigest);
        o.insert(QStringLiteral("person"), QJsonDocument::fromJson(s.personJson.toUtf8()).object());
    }
    return o;
}

bool YearLockRepository::storeSeal(qint64 staffId, int year, QString *error)
{
    YearSeal::Seal seal;
    if (!YearSeal::compute(m_db, staffId, year, &seal, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE year_declaration SET seal_json = ?, seal_digest = ?, person_json = ? WHERE staff_id = ? AND year = ?"));
    for (const QVariant &v : {QVariant(seal.sealJson), QVariant(seal.digest), QVariant(seal.personJson), QVariant(staffId), QVariant(year)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

YearLockRepository::State YearLockRepository::state(qint64 staffId, int year) const
{
    State s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked, submitted_at, submitted_by, reopened_at, reopened_by, reopen_reason,"
                             " seal_json, seal_digest, person_json FROM year_declaration WHERE staff_id = ? AND year = ?"));
    q.addBindValue(staffId);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        s.declared = true;
        s.locked = q.value(0).toBool();
        s.submittedAt = q.value(1).toString();
        s.submittedBy = q.value(2).toString();
        s.reopenedAt = q.value(3).toString();
        s.reopenedBy = q.value(4).toString();
        s.reopenReason = q.value(5).toString();
        s.sealJson = q.value(6).toString();
        s.sealDigest = q.value(7).toString();
        s.personJson = q.value(8).toString();
        s.personDigest = QString::fromLatin1(QCryptographicHash::hash(s.personJson.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return s;
}

bool YearLockRepository::isLocked(qint64 staffId, int year) const
{
    // Only the flag (state() also reads and hashes the seal): asked for every row an activity write touches.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked FROM year_declaration WHERE staff_id = ? AND year = ?"));
    q.addBindValue(staffId);
    q.addBindValue(year);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool YearLockRepository::submit(qint64 staffId, int year, QString *error)
{
    Transaction tx(m_db);
    return submitRow(staffId, year, error) && tx.commit();
}

bool YearLockRepository::submitMany(const QList<qint64> &staffIds, int year, QString *error)
{
    Transaction tx(m_db);
    for (qint64 id : staffIds) {
        if (!submitRow(id, year, error))
            return false;
    }
    return tx.commit();
}

bool YearLockRepository::submitRow(qint64 staffId, int year, QString *error)
{
    const State before = state(staffId, year);
    if (before.locked) {
        if (error)
            *error = tr("The year %1 is already submitted and locked").arg(year);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO year_declaration (staff_id, year, locked, submitted_at, submitted_by)"
                             " VALUES (?, ?, 1, ?, ?) ON CONFLICT (staff_id, year) DO UPDATE SET locked = 1,"
                             " submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by"));
    q.addBindValue(staffId);
    q.addBindValue(year);
    q.addBindValue(Clock::current().now().toString(Qt::ISODate));
    q.addBindValue(AuditLog::operatorLabel());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!storeSeal(staffId, year, error))
        return false;
    return AuditLog::record(m_db, QStringLiteral("year_declaration"), staffId, before.declared ? QStringLiteral("update") : QStringLiteral("insert"),
                            before.declared ? toJson(staffId, year, before) : QJsonObject(), toJson(staffId, year, state(staffId, year)), error);
}

bool YearLockRepository::reopen(qint64 staffId, int year, const QString &reason, QString *error)
{
    const State before = state(staffId, year);
    if (!before.locked) {
        if (error)
            *error = tr("The year %1 is not locked").arg(year);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Reopening a submitted year needs a reason");
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE year_declaration SET locked = 0, reopened_at = ?, reopened_by = ?, reopen_reason = ?"
                             " WHERE staff_id = ? AND year = ?"));
    q.addBindValue(Clock::current().now().toString(Qt::ISODate));
    q.addBindValue(AuditLog::operatorLabel());
    q.addBindValue(reason.trimmed());
    q.addBindValue(staffId);
    q.addBindValue(year);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return AuditLog::record(m_db, QStringLiteral("year_declaration"), staffId, QStringLiteral("update"), toJson(staffId, year, before),
                            toJson(staffId, year, state(staffId, year)), error)
        && tx.commit();
}
