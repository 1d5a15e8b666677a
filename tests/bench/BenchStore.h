#pragma once
#include <QString>

class PgTestCluster;

// Where the benchmark keeps its databases (issue 13: figures on both backends). Databases are named
// ("empty", "roster", "demo", "run"); on SQLite each is a file in the work folder, on PostgreSQL a
// database on a throw-away local cluster (PgTestCluster), copied with CREATE DATABASE … TEMPLATE.
class BenchStore
{
public:
    BenchStore(const QString &workDir, PgTestCluster *cluster);

    bool isPostgres() const { return m_cluster != nullptr; }
    QString backendName() const { return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }

    // The --db argument for the database `name`.
    QString location(const QString &name) const;
    // A new empty database `name` (replacing one of that name); cehours-cli init fills it.
    bool create(const QString &name);
    // `to` becomes a copy of `from` (not timed by the benchmark).
    bool copy(const QString &from, const QString &to);
    QString errorString() const { return m_error; }

    // CPU seconds (user + system) the server has used so far, its finished connections included
    // (the postmaster's own and its reaped children's time, from /proc); 0 on SQLite.
    double serverCpuSeconds() const;

private:
    bool dropAndCreate(const QString &name, const QString &templateName);

    QString m_work;
    PgTestCluster *m_cluster;
    QString m_error;
};
