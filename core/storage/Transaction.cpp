#include "storage/Transaction.h"

#include "jobs/JobControl.h"
#include "jobs/JobRunner.h"
#include "storage/AuditLog.h"
#include "storage/VerdictStore.h"
#include "storage/WriteGate.h"
#include "storage/WriteLockNote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
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
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}
bool isFileDatabase(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return !name.isEmpty() && name != QLatin1String(":memory:") && !name.startsWith(QLatin1String("file::memory:"));
}
constexpr const char *kSqliteBusy = "5";
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
    const QString sql = readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
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
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            break;
        const QSqlError error = q.lastError();
        const bool busy = error.nativeErrorCode() == QLatin1String(kSqliteBusy);
        const int seconds = int(waited.elapsed() / 1000);
        if (!busy || seconds >= maxWaitSeconds()) {
            const QString holder = WriteLockNote::describe(m_db.databaseName());
            m_error = busy ? QCoreApplication::translate("Transaction", "The database is being changed by someone else%1; gave up after %2 s")
                                 .arg(holder.isEmpty() ? QString() : QStringLiteral(": ") + holder)
                                 .arg(seconds)
                           : error.text();
            return false;
        }
        if (waitHandler() && !waitHandler()(WriteLockNote::describe(m_db.databaseName()), seconds)) {
            m_error = QCoreApplication::translate("Transaction", "Gave up waiting for the database");
            return false;
        }
        // SQLite's busy timeout already waited; a short pause keeps a zero timeout from spinning.
        QThread::msleep(50);
    }
    if (!readOnly && isFileDatabase(m_db)) {
        WriteLockNote::publish(m_db.databaseName(), AuditLog::operatorName(), activity());
        m_noted = true;
    }
    return true;
}

void Transaction::end(const char *sql)
{
    QSqlQuery q(m_db);
    q.exec(QLatin1String(sql));
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
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        m_error = q.lastError().text();
        end("ROLLBACK");
        return false;
    }
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
