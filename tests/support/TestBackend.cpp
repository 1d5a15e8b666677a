#include "TestBackend.h"

#include "PgTestCluster.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
struct Shared
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<PgTestCluster> cluster;
    QString clusterError;
    bool tried = false;
    int counter = 0;
};
Shared &shared()
{
    static Shared s;
    return s;
}
// QPSQL warns "Query results lost" when a query runs on a connection whose forward-only result is
// still streaming: the streamed rows are gone and that read fails or ends early. Every such warning
// fails the test program (after the cluster is stopped), whatever the test functions assert.
std::atomic<int> gLostResults{0};
QtMessageHandler gPreviousHandler = nullptr;
void watchLostResults(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("Query results lost")))
        ++gLostResults;
    if (gPreviousHandler)
        gPreviousHandler(type, context, message);
}

void stopCluster()
{
    shared().cluster.reset(); // stops the server, deletes its folder
    if (const int lost = gLostResults.load()) {
        std::fprintf(stderr, "FAIL: QPSQL discarded a streaming result %d time(s) (\"Query results lost\"): a query ran on a connection "
                             "while a forward-only read on it was not finished\n", lost);
        std::fflush(stderr);
        std::_Exit(3);
    }
}
PgTestCluster *cluster(QString *why)
{
    Shared &s = shared();
    if (!s.tried) {
        s.tried = true;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            s.clusterError = QStringLiteral("no QPSQL driver (Debian libqt6sql6-psql)");
        } else if (PgTestCluster::findBinDir().isEmpty()) {
            s.clusterError = QStringLiteral("no PostgreSQL server binaries (Debian postgresql, or CEHOURS_PG_BINDIR)");
        } else {
            auto started = std::make_unique<PgTestCluster>();
            if (started->start()) {
                s.cluster = std::move(started);
                qAddPostRoutine(stopCluster);
                gPreviousHandler = qInstallMessageHandler(watchLostResults);
            } else {
                s.clusterError = QStringLiteral("the throw-away PostgreSQL cluster did not start: ") + started->errorString();
            }
        }
    }
    if (!s.cluster && why)
        *why = s.clusterError;
    return s.cluster.get();
}
} // namespace

namespace TestBackend {

bool isPostgres()
{
    return qEnvironmentVariable("CEHOURS_TEST_BACKEND").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

QString name()
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

bool serverRequired()
{
    return PgTestCluster::required();
}

QString freshLocation(const QString &label, QString *why)
{
    Shared &s = shared();
    if (!isPostgres()) {
        const int n = ++s.counter;
        if (!s.dir)
            s.dir = std::make_unique<QTemporaryDir>();
        return s.dir->filePath(QStringLiteral("%1-%2.sqlite").arg(label).arg(n));
    }
    return freshPostgresLocation(label, why);
}

QString freshPostgresLocation(const QString &label, QString *why)
{
    const int n = ++shared().counter;
    PgTestCluster *pg = cluster(why);
    if (!pg)
        return {};
    QString database = QStringLiteral("%1_%2").arg(label).arg(n).toLower();
    database.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!pg->createDatabase(database)) {
        if (why)
            *why = pg->errorString();
        return {};
    }
    return pg->url(database);
}

bool superuserSql(const QString &location, const QString &sql, QString *error)
{
    DatabaseLocation where;
    PgTestCluster *pg = cluster(error);
    if (!pg || !DatabaseLocation::parse(location, &where, error))
        return false;
    if (pg->psql(where.databaseName(), sql))
        return true;
    if (error)
        *error = pg->errorString();
    return false;
}

} // namespace TestBackend
