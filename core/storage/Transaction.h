#pragma once
#include <QSqlDatabase>
#include <QString>

#include <functional>

// RAII write transaction: BEGIN IMMEDIATE (the write lock is taken at the start, so a transaction that
// reads and then writes can never fail half-way because another process wrote in between), rolled back
// unless commit() succeeded. Every multi-row write goes through one.
//
// When another process holds the write lock, the constructor waits: SQLite's busy timeout, then again,
// reporting who holds the lock (WriteLockNote) through the wait handler, until maxWaitSeconds() have
// passed. While this transaction holds the lock it publishes its own note for others.
// On a read-only connection (QSQLITE_OPEN_READONLY) it is a plain BEGIN (temp tables only).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Why the transaction could not start (empty when it is active).
    QString errorString() const { return m_error; }

    // Called while waiting for another writer: the holder's note (may be empty) and seconds waited so far.
    // Return false to give up. The default handler writes nothing and keeps waiting.
    using WaitHandler = std::function<bool(const QString &holder, int waitedSeconds)>;
    static void setWaitHandler(WaitHandler handler);
    // How long to wait for another writer in total (default 600 s; env CEHOURS_LOCK_WAIT overrides).
    static int maxWaitSeconds();
    static void setMaxWaitSeconds(int seconds);
    // What this process is doing, recorded in the lock note (e.g. "cehours-cli import-staff roster.xlsx").
    static void setActivity(const QString &activity);
    static QString activity();

private:
    bool begin();
    void end(const char *sql);
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_noted = false;
    QString m_error;
};
