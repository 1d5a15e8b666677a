#include "storage/ActivityRepository.h"
#include "storage/SqlDialect.h"

#include "storage/AuditBatch.h"
#include "storage/ActivityChunkWriter.h"
#include "storage/AuditJson.h"
#include "storage/BulkWritePragmas.h"
#include "storage/AuditLog.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"
#include "util/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <iterator>

namespace {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString paramsText(const QJsonObject &o)
{
    return QString::fromUtf8(JsonWriter::object(o)); // = QJsonDocument(o).toJson(Compact)
}


bool sqlFail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

const char *const kInsert = "INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject, status,"
                            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// A many-row insert (insertMany / insertForMany) inside its transaction: the INSERT prepared once and
// reused for every row, the locked person-years read once, the clock read once, the audit rows through
// one statement (AuditBatch). Set on this thread while such a batch runs; single-row writes go the
// plain way.
struct InsertBatch
{
    explicit InsertBatch(const QSqlDatabase &db) : connection(db.connectionName()), audit(db), insert(db), now(audit.at()) {}
    bool prepare(const QSqlDatabase &db, QString *error)
    {
        const QString insertSql = QLatin1String(kInsert) + SqlDialect::of(db).returningId();
        if (!insert.prepare(insertSql))
            return sqlFail(insert, error);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT staff_id, year FROM year_declaration WHERE locked = 1")))
            return sqlFail(q, error);
        while (q.next())
            locked.insert({q.value(0).toLongLong(), q.value(1).toInt()});
        return true;
    }
    QString connection;
    AuditBatch audit;
    QSqlQuery insert;
    QString now;
    QSet<QPair<qint64, int>> locked;
};
thread_local InsertBatch *t_batch = nullptr;

InsertBatch *batchFor(const QSqlDatabase &db)
{
    return t_batch && t_batch->connection == db.connectionName() ? t_batch : nullptr;
}

// Installs a batch for the current scope.
class BatchScope
{
public:
    explicit BatchScope(InsertBatch *batch) : m_previous(t_batch) { t_batch = batch; }
    ~BatchScope() { t_batch = m_previous; }

private:
    InsertBatch *m_previous;
};
} // namespace

bool ActivityRepository::check(const Activity &a, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (a.staffId <= 0)
        return fail(tr("Activity has no person"));
    if (a.year < 1990 || a.year > 2100)
        return fail(tr("Year %1 is out of range").arg(a.year));
    if (a.kind.trimmed().isEmpty())
        return fail(tr("Activity kind is missing"));
    if (!QStringList{QString(), QStringLiteral("public"), QStringLiteral("professional")}.contains(a.subject))
        return fail(tr("Subject must be public or professional, not %1").arg(a.subject));
    if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate)
        return fail(tr("End date %1 is before start date %2").arg(a.endDate.toString(Qt::ISODate), a.startDate.toString(Qt::ISODate)));
    return true;
}

bool ActivityRepository::checkWritable(qint64 staffId, int year, QString *error) const
{
    InsertBatch *batch = batchFor(m_db);
    if (batch ? batch->locked.contains({staffId, year}) : YearLockRepository(m_db).isLocked(staffId, year)) {
        if (error)
            *error = tr("The year %1 has been submitted and is locked; reopen it (with a reason) before changing it").arg(year);
        return false;
    }
    return true;
}

bool ActivityRepository::checkNotFromEvent(qint64 activityId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.title FROM activity a JOIN training_event e ON e.id = a.event_id WHERE a.id = ?"));
    q.addBindValue(activityId);
    if (q.exec() && q.next()) {
        if (error)
            *error = tr("This activity belongs to the training event \"%1\"; change it in the event").arg(q.value(0).toString());
        return false;
    }
    return true;
}

bool ActivityRepository::insertRow(Activity &a, QString *error)
{
    if (!check(a, error) || !checkWritable(a.staffId, a.year, error))
        return false;
    InsertBatch *batch = batchFor(m_db);
    QSqlQuery single(m_db);
    QSqlQuery &q = batch ? batch->insert : single;
    const QString insertSql = QLatin1String(kInsert) + SqlDialect::of(m_db).returningId();
    if (!batch)
        q.prepare(insertSql);
    const QString now = batch ? batch->now : Clock::current().now().toString(Qt::ISODate);
    const QByteArray params = JsonWriter::object(a.params);
    const QVariant values[] = {QVariant(a.staffId), QVariant(a.year), dateValue(a.startDate), dateValue(a.endDate), QVariant(a.kind),
                               QVariant(sqlText(a.title)), QVariant(QString::fromUtf8(params)), QVariant(sqlText(a.subject)),
                               QVariant(a.status), QVariant(now), QVariant(now)};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlFail(q, error);
    a.id = SqlDialect::of(m_db).insertedId(q);
    if (batch) // the audit text written directly, the params' text reused (AuditJson: the same bytes as a.toJson())
        return batch->audit.appendJson(QStringLiteral("activity"), a.id, QStringLiteral("insert"), QByteArray(),
                                       AuditJson::activity(a, params), error);
    return AuditLog::record(m_db, QStringLiteral("activity"), a.id, QStringLiteral("insert"), {}, a.toJson(), error);
}

bool ActivityRepository::insert(Activity &activity, QString *error)
{
    Transaction tx(m_db);
    return insertRow(activity, error) && tx.commit();
}

bool ActivityRepository::insertForMany(const Activity &activity, const QList<qint64> &staffIds, QList<qint64> *newIds, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    InsertBatch batch(m_db);
    if (!batch.prepare(m_db, error))
        return false;
    const BatchScope scope(&batch);
    QList<qint64> ids;
    for (qint64 staffId : staffIds) {
        Activity a = activity;
        a.id = 0;
        a.staffId = staffId;
        if (!insertRow(a, error)) {
            if (error) // name who stopped the batch
                *error = tr("%1: %2").arg(personName(staffId), *error);
            return false;
        }
        ids << a.id;
    }
    if (!tx.commit())
        return false;
    if (newIds)
        *newIds = ids;
    return true;
}

bool ActivityRepository::insertMany(QList<Activity> &activities, QString *error)
{
    const BulkWritePragmas pragmas(m_db); // before the transaction, released after it
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    InsertBatch batch(m_db);
    if (!batch.prepare(m_db, error))
        return false;
    const BatchScope scope(&batch);
    QList<Activity> written = activities;
    ActivityChunkWriter chunks(m_db, batch.now);
    batch.audit.setBuffered(true); // flushed at the end of every chunk
    QList<QByteArray> params;
    for (int first = 0; first < written.size(); first += ActivityChunkWriter::Chunk) {
        const int count = std::min(ActivityChunkWriter::Chunk, int(written.size()) - first);
        params.clear();
        for (int i = first; i < first + count; ++i) { // the checks insertRow makes, before the chunk is written
            Activity &a = written[i];
            a.id = 0;
            if (!check(a, error) || !checkWritable(a.staffId, a.year, error))
                return false;
            params << JsonWriter::object(a.params);
        }
        const ActivityChunkWriter::Result result = chunks.insert(written, first, count, params, error);
        if (result == ActivityChunkWriter::Failed)
            return false;
        for (int i = first; i < first + count; ++i) {
            Activity &a = written[i];
            if (result == ActivityChunkWriter::RowByRow ? !insertRow(a, error)
                                                        : !batch.audit.appendJson(QStringLiteral("activity"), a.id, QStringLiteral("insert"),
                                                                                  QByteArray(), AuditJson::activity(a, params.at(i - first)),
                                                                                  error))
                return false;
        }
        if (!batch.audit.flush(error))
            return false;
    }
    if (!tx.commit()) {
        if (error && error->isEmpty())
            *error = m_db.lastError().text();
        return false;
    }
    activities = written;
    return true;
}

bool ActivityRepository::update(const Activity &a, QString *error)
{
    m_conflict = false;
    // The write lock first: the row read for the audit is the row replaced.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    Activity before;
    if (!byId(a.id, &before)) {
        if (error)
            *error = tr("Activity %1 does not exist").arg(a.id);
        return false;
    }
    if (!checkNotFromEvent(a.id, error))
        return false;
    // Both the old and the new year must be open.
    if (!check(a, error) || !checkWritable(before.staffId, before.year, error) || !checkWritable(a.staffId, a.year, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE activity SET staff_id = ?, year = ?, start_date = ?, end_date = ?, kind = ?, title = ?,"
                             " params = ?, subject = ?, status = ?, updated_at = ?, version = version + 1"
                             " WHERE id = ? AND (? = 0 OR version = ?)"));
    for (const QVariant &v : {QVariant(a.staffId), QVariant(a.year), dateValue(a.startDate), dateValue(a.endDate), QVariant(a.kind),
                              QVariant(sqlText(a.title)), QVariant(paramsText(a.params)), QVariant(sqlText(a.subject)), QVariant(a.status),
                              QVariant(Clock::current().now().toString(Qt::ISODate)), QVariant(a.id), QVariant(a.version),
                              QVariant(a.version)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFail(q, error);
    if (q.numRowsAffected() == 0) {
        m_conflict = true;
        if (error)
            *error = tr("This activity was changed by someone else since you opened it (version %1, now %2): reload to see the change, or overwrite it")
                         .arg(a.version)
                         .arg(before.version);
        return false;
    }
    return AuditLog::record(m_db, QStringLiteral("activity"), a.id, QStringLiteral("update"), before.toJson(), a.toJson(), error)
        && tx.commit();
}

bool ActivityRepository::remove(qint64 id, QString *error)
{
    Activity before;
    if (!byId(id, &before)) {
        if (error)
            *error = tr("Activity %1 does not exist").arg(id);
        return false;
    }
    if (!checkNotFromEvent(id, error) || !checkWritable(before.staffId, before.year, error))
        return false;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFail(q, error);
    return AuditLog::record(m_db, QStringLiteral("activity"), id, QStringLiteral("delete"), before.toJson(), {}, error) && tx.commit();
}

QString ActivityRepository::personName(qint64 staffId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ?"));
    q.addBindValue(staffId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return tr("person %1").arg(staffId);
}

bool ActivityRepository::removeMany(const QList<qint64> &ids, QString *error)
{
    QList<Activity> before;
    QStringList locked;
    YearLockRepository locks(m_db);
    for (qint64 id : ids) {
        Activity a;
        if (!byId(id, &a)) {
            if (error)
                *error = tr("Activity %1 does not exist").arg(id);
            return false;
        }
        if (!checkNotFromEvent(id, error)) { // an event owns it: nothing is deleted
            if (error)
                *error = tr("Nothing was deleted: %1 — %2").arg(personName(a.staffId), *error);
            return false;
        }
        const QString who = tr("%1 (%2)").arg(personName(a.staffId)).arg(a.year);
        if (locks.isLocked(a.staffId, a.year) && !locked.contains(who))
            locked << who;
        before << a;
    }
    if (!locked.isEmpty()) {
        if (error)
            *error = tr("Nothing was deleted: these years are submitted and locked: %1. Reopen them (with a reason) first.")
                         .arg(locked.join(QStringLiteral("、")));
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM activity WHERE id = ?"));
    for (const Activity &a : std::as_const(before)) {
        q.addBindValue(a.id);
        if (!q.exec())
            return sqlFail(q, error);
        if (!AuditLog::record(m_db, QStringLiteral("activity"), a.id, QStringLiteral("delete"), a.toJson(), {}, error))
            return false;
    }
    return tx.commit();
}

bool ActivityRepository::byId(qint64 id, Activity *activity) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, staff_id, year, start_date, end_date, kind, title, params, subject, status, version"
                             " FROM activity WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *activity = fromRow(q);
    activity->version = q.value(10).toInt();
    return true;
}

QList<Activity> ActivityRepository::list(qint64 staffId, int year) const
{
    QList<Activity> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id, staff_id, year, start_date, end_date, kind, title, params, subject, status, version"
                                       " FROM activity WHERE staff_id = ? AND (? = 0 OR year = ?) ORDER BY year, %1, id")
                            .arg(SqlDialect::of(m_db).nullsFirst(QStringLiteral("start_date")));
    q.prepare(sql);
    q.addBindValue(staffId);
    q.addBindValue(year);
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next()) {
            out << fromRow(q);
            out.last().version = q.value(10).toInt();
        }
    }
    return out;
}

QList<Activity> ActivityRepository::listForYear(qint64 unitId, int year) const
{
    QList<Activity> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT a.id, a.staff_id, a.year, a.start_date, a.end_date, a.kind, a.title, a.params, a.subject,"
                                       " a.status, a.version FROM activity a JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = ? AND a.year = ?"
                                       " ORDER BY a.staff_id, %1, a.id")
                            .arg(SqlDialect::of(m_db).nullsFirst(QStringLiteral("a.start_date")));
    q.prepare(sql);
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next()) {
            out << fromRow(q);
            out.last().version = q.value(10).toInt();
        }
    }
    return out;
}

int ActivityRepository::evidenceCount(qint64 activityId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM evidence WHERE activity_id = ?)"
                             " + (SELECT COUNT(*) FROM event_evidence e JOIN activity a ON a.event_id = e.event_id WHERE a.id = ?)"));
    q.addBindValue(activityId);
    q.addBindValue(activityId);
    return (q.exec() && q.next()) ? q.value(0).toInt() : 0;
}

Activity ActivityRepository::fromRow(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.staffId = q.value(1).toLongLong();
    a.year = q.value(2).toInt();
    a.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    a.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.kind = q.value(5).toString();
    a.title = q.value(6).toString();
    a.params = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    a.subject = q.value(8).toString();
    a.status = q.value(9).toString();
    return a;
}
