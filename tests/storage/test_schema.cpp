// Runs on both backends (CEHOURS_TEST_BACKEND, tests/support/TestBackend.h): test_schema and test_schema_pg.
#include "TestBackend.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList tables(const QSqlDatabase &db)
{
    QStringList out;
    SqlDialect::of(db).tables(db, &out, nullptr);
    return out;
}

QString pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("PRAGMA %1").arg(QLatin1String(name)); // PRAGMAs take no bound values
    q.exec(sql);
    return q.next() ? q.value(0).toString() : QString();
}
}

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchemaWithPragmas()
    {
        CEHOURS_SQLITE_ONLY("the file, its folder, journal_mode and foreign_keys PRAGMAs");
        QTemporaryDir dir;
        Database db;
        const QString path = dir.filePath(QStringLiteral("sub/folder/reg.sqlite"));
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(pragma(db.connection(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db.connection(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(db.evidenceDir(), dir.filePath(QStringLiteral("sub/folder/reg-evidence")));
    }

    void createsLatestSchema()
    {
        CEHOURS_FRESH_DATABASE(where, "create");
        Database db;
        QVERIFY2(db.open(where), qPrintable(db.errorString()));
        QCOMPARE(db.isServer(), TestBackend::isPostgres());
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        const QStringList t = tables(db.connection());
        for (const char *name : {"unit", "staff", "activity", "evidence", "audit_log", "year_declaration", "training_event",
                                 "certificate_register", "person_year_verdict", "person_year_dirty", "audit_head"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        QCOMPARE(SqlDialect::of(db.connection()).applicationId(db.connection()), qint64(Database::kApplicationId));
    }

    void reopeningIsIdempotent()
    {
        CEHOURS_FRESH_DATABASE(path, "reopen");
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
        }
        Database db;
        QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    }

    // Every earlier version upgrades to the latest and keeps its rows.
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < SchemaMigrator::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        CEHOURS_FRESH_DATABASE(path, "old");
        {
            Database db;
            QVERIFY2(db.openRaw(path), qPrintable(db.errorString()));
            QString error;
            QVERIFY2(SchemaMigrator::migrate(db.connection(), &error, from), qPrintable(error));
            QCOMPARE(db.schemaVersion(), from);
            QSqlQuery q(db.connection());
            if (from >= 1) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO unit (id, name) VALUES (1, '旧单位')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, created_at, updated_at)"
                                              " VALUES (7, 1, '340104199001011239', '张三', 'x', 'x')")));
            }
            if (from >= 2)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO activity (staff_id, year, kind, created_at, updated_at)"
                                              " VALUES (7, 2024, 'training', 'x', 'x')")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next());
        QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")) && q.next());
        QCOMPARE(q.value(0).toInt(), from >= 2 ? 1 : 0);
        // The upgraded schema works: a declaration can be written.
        if (from >= 1)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO year_declaration (staff_id, year, submitted_at, submitted_by) VALUES (7, 2024, 'x', 'y')")));
    }

    void refusesNewerDatabase()
    {
        CEHOURS_FRESH_DATABASE(path, "new");
        {
            Database db;
            QVERIFY(db.open(path));
            QString error;
            QVERIFY2(SqlDialect::of(db.connection()).setSchemaVersion(db.connection(), 999, &error), qPrintable(error));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    }

    void refusesNonDatabaseFile()
    {
        CEHOURS_SQLITE_ONLY("a file that is not a database");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.errorString().isEmpty());
    }

    void foreignKeysEnforced()
    {
        CEHOURS_FRESH_DATABASE(path, "fk");
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO activity (staff_id, year, kind, created_at, updated_at) VALUES (42, 2024, 'x', 'x', 'x')")));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
