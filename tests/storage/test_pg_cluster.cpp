// The throw-away PostgreSQL server the PostgreSQL tests use (issue 13): it starts on a free local
// port as an unprivileged user, accepts QPSQL connections, and is gone after stop().
#include "PgTestCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestPgCluster : public QObject
{
    Q_OBJECT

private:
    static bool canConnect(const PgTestCluster &cluster, const QString &database, QString *version, QString *error)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgprobe"));
            db.setHostName(cluster.host());
            db.setPort(cluster.port());
            db.setUserName(cluster.superuser());
            db.setDatabaseName(database);
            db.setConnectOptions(QStringLiteral("connect_timeout=5"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("SHOW server_version_num")) && q.next();
                if (ok && version)
                    *version = q.value(0).toString();
                if (!ok && error)
                    *error = q.lastError().text();
                db.close();
            } else if (error) {
                *error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pgprobe"));
        return ok;
    }

private slots:
    void startsConnectsAndStops()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            if (PgTestCluster::required())
                QFAIL("the QPSQL driver is missing (Debian libqt6sql6-psql)");
            QSKIP("no QPSQL driver (Debian libqt6sql6-psql)");
        }
        PgTestCluster cluster;
        if (PgTestCluster::findBinDir().isEmpty() && !PgTestCluster::required())
            QSKIP("no PostgreSQL server binaries (Debian postgresql)");
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        QVERIFY(cluster.port() > 0);

        QString version;
        QString error;
        QVERIFY2(canConnect(cluster, QStringLiteral("postgres"), &version, &error), qPrintable(error));
        QVERIFY2(version.toInt() >= 150000, qPrintable(version));

        QVERIFY2(cluster.createDatabase(QStringLiteral("registry")), qPrintable(cluster.errorString()));
        QString output;
        QVERIFY2(cluster.psql(QStringLiteral("registry"), QStringLiteral("SELECT current_database()"), &output),
                 qPrintable(cluster.errorString()));
        QCOMPARE(output.trimmed(), QStringLiteral("registry"));
        QVERIFY(cluster.url(QStringLiteral("registry")).endsWith(QStringLiteral("/registry?sslmode=disable")));

        cluster.stop();
        QVERIFY(!cluster.isRunning());
        QVERIFY(!canConnect(cluster, QStringLiteral("postgres"), nullptr, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "test_pg_cluster.moc"
