#pragma once
#include <QCoreApplication>
#include <QString>

// A small note beside the database (<db>-writer.json) saying who holds the write lock: operator, command,
// process id, host and start time. Written by a Transaction once it holds the lock, removed when it ends.
// SQLite itself cannot say who holds a lock, and a table cannot either (the holder's rows are not
// committed yet), so this is a file. A note left by a killed process is harmless: it is only shown to a
// writer that is actually kept waiting, with its start time and process id.
class WriteLockNote
{
    Q_DECLARE_TR_FUNCTIONS(WriteLockNote)

public:
    static QString notePath(const QString &databasePath);
    static void publish(const QString &databasePath, const QString &operatorName, const QString &activity);
    static void withdraw(const QString &databasePath);
    // "王会计 (cehours-cli import-staff a.xlsx, process 123 on PC-7, since 10:02:03)", or empty.
    static QString describe(const QString &databasePath);
};
