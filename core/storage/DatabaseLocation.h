#pragma once
#include <QCoreApplication>
#include <QString>

// Where the registry lives (issue 13): a SQLite file (the embedded default) or a PostgreSQL server.
// Parsed from `cehours-cli --db`, CEHOURS_DB or the app's settings:
//   C:\Users\hr\registry.sqlite, ./reg.sqlite            -> a SQLite file
//   postgresql://clerk@db.example.org:5432/registry       -> PostgreSQL (sslmode=require: not local)
//   postgresql://clerk@localhost/registry?sslmode=disable -> PostgreSQL, TLS explicitly off
// A password in the URL is refused: it would end up in the shell history and the process list; libpq
// takes it from PGPASSFILE (~/.pgpass) and the app from the OS credential store.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Backend { None, Sqlite, Postgres };

    // False with *error naming what is wrong; *location untouched then.
    static bool parse(const QString &text, DatabaseLocation *location, QString *error);
    static bool isUrl(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString filePath() const { return m_filePath; } // Sqlite only

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    bool isLocalHost() const;
    // Options for QSqlDatabase::setConnectOptions (QPSQL): sslmode and a connect timeout.
    QString connectOptions() const;
    // The URL without any secret, as shown to the clerk and written in the audit.
    QString displayString() const;

private:
    static bool parseUrl(const QString &text, DatabaseLocation *location, QString *error);
    Backend m_backend = Backend::None;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
};
