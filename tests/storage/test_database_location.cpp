// Parsing --db / CEHOURS_DB (issue 13): files stay SQLite, postgresql:// addresses become server
// connections with TLS required for a non-local host, and a password in the address is refused.
#include "storage/DatabaseLocation.h"

#include <QtTest>

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void filesAreSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << QStringLiteral("reg.sqlite");
        QTest::newRow("windows") << QStringLiteral("C:\\Users\\人事\\学时登记.sqlite");
        QTest::newRow("unix") << QStringLiteral("/srv/hr/registry.sqlite");
    }
    void filesAreSqlite()
    {
        QFETCH(QString, text);
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(text, &location, &error), qPrintable(error));
        QCOMPARE(location.backend(), DatabaseLocation::Backend::Sqlite);
        QCOMPARE(location.filePath(), text);
        QCOMPARE(location.displayString(), text);
    }

    void remoteHostRequiresTls()
    {
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(QStringLiteral("postgresql://clerk@db.example.org:6543/registry"), &location, &error),
                 qPrintable(error));
        QVERIFY(location.isPostgres());
        QCOMPARE(location.host(), QStringLiteral("db.example.org"));
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.userName(), QStringLiteral("clerk"));
        QCOMPARE(location.databaseName(), QStringLiteral("registry"));
        QCOMPARE(location.sslMode(), QStringLiteral("require"));
        QVERIFY(location.connectOptions().contains(QStringLiteral("sslmode=require")));
        QCOMPARE(location.displayString(), QStringLiteral("postgresql://clerk@db.example.org:6543/registry?sslmode=require"));
    }

    void localHostDefaultsAndExplicitSslMode()
    {
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgres://hr@localhost/ce%E5%AD%A6%E6%97%B6"), &location, &error));
        QCOMPARE(location.port(), 5432);
        QCOMPARE(location.sslMode(), QStringLiteral("prefer"));
        QCOMPARE(location.databaseName(), QStringLiteral("ce学时"));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://hr@10.0.0.5/reg?sslmode=verify-full"), &location, &error));
        QCOMPARE(location.sslMode(), QStringLiteral("verify-full"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << QStringLiteral("postgresql://clerk:secret@db/reg") << QStringLiteral("password");
        QTest::newRow("no user") << QStringLiteral("postgresql://db.example.org/reg") << QStringLiteral("names no user");
        QTest::newRow("no database") << QStringLiteral("postgresql://clerk@db.example.org/") << QStringLiteral("database's name");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://clerk@db/reg?sslmode=maybe") << QStringLiteral("sslmode=maybe");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://clerk@db/reg?password=x") << QStringLiteral("password");
        QTest::newRow("other scheme") << QStringLiteral("mysql://clerk@db/reg") << QStringLiteral("neither a file");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("No database");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        DatabaseLocation location = DatabaseLocation::sqliteFile(QStringLiteral("unchanged.sqlite"));
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &location, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("secret")));
        QCOMPARE(location.filePath(), QStringLiteral("unchanged.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "test_database_location.moc"
