#pragma once
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A throw-away PostgreSQL cluster for tests (issue 13): initdb into a temporary directory, started
// on a free local port with its socket in that directory, stopped and deleted by the destructor.
// As root, the server runs as the unprivileged system user `postgres` (or `nobody`), since
// PostgreSQL refuses to run as root. Needs the server binaries (Debian `postgresql`); their folder is
// found with `pg_config --bindir`, /usr/lib/postgresql/<N>/bin, or CEHOURS_PG_BINDIR.
class PgTestCluster
{
public:
    PgTestCluster();
    ~PgTestCluster();
    PgTestCluster(const PgTestCluster &) = delete;
    PgTestCluster &operator=(const PgTestCluster &) = delete;

    // Creates and starts the cluster; false with errorString() when it cannot.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    // Whether tests must have a server (CI, or CEHOURS_REQUIRE_PG=1): a missing server is then a
    // failure, not a skip.
    static bool required();
    static QString findBinDir();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("cehours_test"); }
    QString socketDir() const;
    // postgresql://cehours_test@127.0.0.1:PORT/DATABASE?sslmode=disable
    QString url(const QString &database) const;

    // Runs SQL through psql as the superuser on `database`; false with errorString().
    bool psql(const QString &database, const QString &sql, QString *output = nullptr);
    bool createDatabase(const QString &name);

private:
    bool run(const QString &program, const QStringList &args, QString *output = nullptr, int timeoutMs = 120000);
    bool prepareDirectory();
    bool startOnFreePort();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_runAs; // system user the server runs as when we are root; empty otherwise
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
