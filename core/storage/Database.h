#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The registry database (SQLite through Qt Sql): opened with WAL and foreign keys,
// created on first use and upgraded to the current schema (PRAGMA user_version).
// One Database = one named connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder if needed) and upgrades the schema.
    bool open(const QString &path);
    // Opens without upgrading (tests of upgrade steps); the caller migrates.
    bool openRaw(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The managed evidence store beside the database: <dir>/<basename>-evidence/
    QString evidenceDir() const;
    int schemaVersion() const;
    QString errorString() const { return m_error; }

    // Default database: <AppDataLocation>/cehours.sqlite.
    static QString defaultPath();

private:
    bool fail(const QString &what);
    QString m_connectionName;
    QString m_path;
    QString m_error;
};
