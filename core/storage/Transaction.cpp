#include "storage/Transaction.h"

#include "jobs/JobControl.h"
#include "jobs/JobRunner.h"
#include "storage/AuditLog.h"
#include "storage/PostgresDialect.h"
#include "storage/SqlDialect.h"
#include "storage/VerdictStore.h"
#include "storage/WriteGate.h"
#include "storage/WriteLockNote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QSysInfo>
#include <QThread>

namespace {
Transaction::WaitHandler &waitHandler()
{
    static Transaction::WaitHandler handler;
    return handler;
}
int s_maxWait = -1;
QString &activityText()
{
    static QString text;
    return text;
}
bool isReadOnly(const QSqlDatabase &db)
{
    // SQLite: opened read-only; PostgreSQL: a session whose transactions are read-only (Database).
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))
        || db.connectOptions().contains(QLatin1String("default_transaction_read_only=on"));
}
bool isFileDatabase(const QSqlDatabase &db)
{
    if (SqlDialect::isPostgres(db))
        return false;
    const QString name = db.databaseName();
    return !name.isEmpty() && name != QLatin1String(":memory:") && !name.startsWith(QLatin1String("file::memory:"));
}
// PostgreSQL: who holds the writers' advisory lock (user, program, address), for the waiting clerk.
QString serverLockHolder(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.usename, coalesce(m.value, a.application_name), coalesce(host(a.client_addr), ''),"
                             " to_char(a.xact_start, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM pg_locks l"
                             " JOIN pg_stat_activity a ON a.pid = l.pid LEFT JOIN cehours_meta m ON m.key = 'writer:' || l.pid"
                             " WHERE l.locktype = 'advisory' AND l.granted"
                             " AND l.classid = 0 AND l.objid = ? AND l.pid <> pg_backend_pid()"));
    q.addBindValue(PostgresDialect::kWriteLockKey);
    if (!q.exec() || !q.next())
        return {};
    return QCoreApplication::translate("Transaction", "%1 (database user %2 at %3, since %4)")
        .arg(q.value(1).toString(), q.value(0).toString(),
             q.value(2).toString().isEmpty() ? QCoreApplication::translate("Transaction", "this computer") : q.value(2).toString(),
             q.value(3).toString());
}
QString lockHolder(const QSqlDatabase &db)
{
    return SqlDialect::isPostgres(db) ? serverLockHolder(db) : WriteLockNote::describe(db.databaseName());
}
// Starts the transaction and takes the dialect's writers' lock; *busy when another writer holds it.
// PostgreSQL: the note naming this writer (operator, command, computer), kept in cehours_meta under
// "writer:<backend pid>" for a seat that has to wait (application_name takes ASCII only). Written in its
// own short transaction before BEGIN, and only when it changed for this session.
void publishServerNote(QSqlDatabase &db, const QString &note)
{
    QObject *driver = db.driver();
    if (!driver || driver->property("cehoursWriterNote").toString() == note)
        return;
    if (!SqlDialect::postgres().tableExists(db, QStringLiteral("cehours_meta")))
        return; // a new database: no note yet, the lock still works
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO cehours_meta (key, value) VALUES ('writer:' || pg_backend_pid(), ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
    q.addBindValue(note);
    if (q.exec())
        driver->setProperty("cehoursWriterNote", note);
}

// PostgreSQL answers a BEGIN inside a transaction with a warning only, and the inner COMMIT would then
// commit the outer transaction: refused here as SQLite refuses it (same text, which callers test for).
constexpr const char *kOpenProperty = "cehoursTransactionOpen";
bool serverTransactionOpen(const QSqlDatabase &db)
{
    return SqlDialect::isPostgres(db) && db.driver() && db.driver()->property(kOpenProperty).toBool();
}
void markServerTransaction(const QSqlDatabase &db, bool open)
{
    if (SqlDialect::isPostgres(db) && db.driver())
        db.driver()->setProperty(kOpenProperty, open);
}

bool beginOnce(QSqlDatabase &db, const QString &sql, bool readOnly, const QString &note, bool *busy, QSqlError *error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    *busy = false;
    if (serverTransactionOpen(db)) {
        *error = QSqlError(QStringLiteral("cannot start a transaction within a transaction"), QString(), QSqlError::TransactionError);
        return false;
    }
    if (!readOnly && dialect.isPostgres())
        publishServerNote(db, note);
    if (!q.exec(sql)) {
        *error = q.lastError();
        *busy = dialect.isBusy(q);
        return false;
    }
    const QString lock = dialect.writeLockQuery();
    if (readOnly || lock.isEmpty())
        return true;
    if (q.exec(lock) && q.next() && q.value(0).toBool())
        return true;
    *error = q.lastError();
    *busy = error->type() == QSqlError::NoError || dialect.isBusy(q);
    q.finish();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = begin();
}

Transaction::~Transaction()
{
    if (m_active)
        end("ROLLBACK");
}

bool Transaction::begin()
{
    const bool readOnly = isReadOnly(m_db);
    const QString sql = readOnly ? QStringLiteral("BEGIN") : SqlDialect::of(m_db).beginWrite();
    if (!readOnly && JobRunner::writesInProgress() && !JobControl::current()) {
        // A worker of this program holds the write lock: waiting here would freeze the window.
        m_error = QCoreApplication::translate("Transaction", "Another task of this program is writing to the database;"
                                                             " try again when it has finished.");
        return false;
    }
    if (!readOnly && isFileDatabase(m_db)) {
        // The GUI's deferred opening check (WriteGate): no write before the file has been checked.
        m_error = WriteGate::admit(m_db.databaseName(), maxWaitSeconds());
        if (!m_error.isEmpty())
            return false;
    }
    // PostgreSQL: who writes, for a seat that has to wait (SQLite: the lock note file, below).
    const QString note = QStringLiteral("%1 (%2, %3)").arg(AuditLog::operatorName(), activity(), QSysInfo::machineHostName());
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool busy = false;
        QSqlError error;
        if (beginOnce(m_db, sql, readOnly, note, &busy, &error))
            break;
        const int seconds = int(waited.elapsed() / 1000);
        if (!busy || seconds >= maxWaitSeconds()) {
            const QString holder = lockHolder(m_db);
            m_error = busy ? QCoreApplication::translate("Transaction", "The database is being changed by someone else%1; gave up after %2 s")
                                 .arg(holder.isEmpty() ? QString() : QStringLiteral(": ") + holder)
                                 .arg(seconds)
                           : error.text();
            return false;
        }
        if (waitHandler() && !waitHandler()(lockHolder(m_db), seconds)) {
            m_error = QCoreApplication::translate("Transaction", "Gave up waiting for the database");
            return false;
        }
        // SQLite's busy timeout already waited; a short pause keeps a zero timeout from spinning.
        // PostgreSQL's lock is tried without waiting: a slightly longer pause between tries.
        QThread::msleep(SqlDialect::isPostgres(m_db) ? 100 : 50);
    }
    if (!readOnly && isFileDatabase(m_db)) {
        WriteLockNote::publish(m_db.databaseName(), AuditLog::operatorName(), activity());
        m_noted = true;
    }
    markServerTransaction(m_db, true);
    return true;
}

void Transaction::end(const char *sql)
{
    QSqlQuery q(m_db);
    q.exec(QLatin1String(sql));
    markServerTransaction(m_db, false);
    if (m_noted)
        WriteLockNote::withdraw(m_db.databaseName());
    m_noted = false;
    m_active = false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (JobControl::canceledHere()) {
        // Cancel pressed while the job wrote: nothing of it is kept.
        m_error = JobControl::canceledText();
        end("ROLLBACK");
        return false;
    }
    // The stored verdicts of the person-years this transaction marked dirty, recomputed inside it so that
    // they commit, or roll back, with the write that changed them (VerdictStore, docs/verdicts.md).
    QString verdictError;
    if (!isReadOnly(m_db) && !VerdictStore(m_db).flushDirty(&verdictError)) {
        m_error = QCoreApplication::translate("Transaction", "Cannot update the stored verdicts: %1").arg(verdictError);
        end("ROLLBACK");
        return false;
    }
    QSqlQuery q(m_db);
    // PostgreSQL answers COMMIT of a transaction a failed statement aborted with a silent ROLLBACK:
    // a statement first, which fails (25P02) in that state, so the caller is told. The statement is the
    // other seats' news (ChangeListener): one notification per write transaction, which the server
    // delivers only when (and if) the COMMIT succeeds.
    const QString check = isReadOnly(m_db) ? QStringLiteral("SELECT 1") : QStringLiteral("SELECT pg_notify('cehours', 'commit')");
    if (SqlDialect::isPostgres(m_db) && !q.exec(check)) {
        m_error = q.lastError().text();
        end("ROLLBACK");
        return false;
    }
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        m_error = q.lastError().text();
        end("ROLLBACK");
        return false;
    }
    markServerTransaction(m_db, false);
    if (m_noted)
        WriteLockNote::withdraw(m_db.databaseName());
    m_noted = false;
    m_active = false;
    return true;
}

void Transaction::setWaitHandler(WaitHandler handler)
{
    waitHandler() = std::move(handler);
}

int Transaction::maxWaitSeconds()
{
    if (s_maxWait >= 0)
        return s_maxWait;
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("CEHOURS_LOCK_WAIT", &ok);
    return ok && env >= 0 ? env : 600;
}

void Transaction::setMaxWaitSeconds(int seconds)
{
    s_maxWait = seconds;
}

void Transaction::setActivity(const QString &activity)
{
    activityText() = activity;
}

QString Transaction::activity()
{
    return activityText().isEmpty() ? QCoreApplication::applicationName() : activityText();
}
