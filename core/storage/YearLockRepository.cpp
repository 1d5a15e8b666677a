#include "storage/YearLockRepository.h"

#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject toJson(qint64 staffId, int year, const YearLockRepository::State &s)
{
    return {{QStringLiteral("staffId"), staffId}, {QStringLiteral("year"), year}, {QStringLiteral("locked"), s.locked},
            {QStringLiteral("submittedAt"), s.submittedAt}, {QStringLiteral("reopenReason"), s.reopenReason}};
}
}

YearLockRepository::State YearLockRepository::state(qint64 staffId, int year) const
{
    State s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT locked, submitted_at, submitted_by, reopened_at, reopened_by, reopen_reason"
                             " FROM year_declaration WHERE staff_id = ? AND year = ?"));
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
    }
    return s;
}

bool YearLockRepository::isLocked(qint64 staffId, int year) const
{
    return state(staffId, year).locked;
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
    q.addBindValue(AuditLog::operatorName());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
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
    q.addBindValue(AuditLog::operatorName());
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
