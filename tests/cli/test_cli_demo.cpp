// cehours-cli demo-data: counts, determinism for a seed, valid ID numbers of adults, an intact audit
// chain, refusals (no database, non-empty registry) and import files the importers accept.
#include "TestSupport.h"
#include "domain/IdNumber.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestCliDemo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void init(const QString &db)
    {
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("演示医院"),
                               QStringLiteral("--rules"), QStringLiteral("anhui-2025")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    TestSupport::CliRun demo(const QString &db, const QString &seed, const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("demo-data"), QStringLiteral("--staff"), QStringLiteral("60"),
                                  QStringLiteral("--years"), QStringLiteral("3"), QStringLiteral("--per-year"), QStringLiteral("5"),
                                  QStringLiteral("--seed"), seed, QStringLiteral("--events"), QStringLiteral("1"),
                                  QStringLiteral("--event-size"), QStringLiteral("20")}
                      + more);
    }
    // Every row of the tables demo-data fills, without the time stamps.
    static QStringList dump(const QString &db)
    {
        QStringList out;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            c.setDatabaseName(db);
            if (!c.open())
                return out;
            QSqlQuery q(c);
            for (const char *sql : {"SELECT id, id_number, name, gender, ethnicity, department, title, title_level, education, phone,"
                                    " joined_on, birth_date, status FROM staff ORDER BY id",
                                    "SELECT id, staff_id, year, start_date, end_date, kind, title, params, subject, event_id FROM activity ORDER BY id",
                                    "SELECT id, title, start_date, end_date, params FROM training_event ORDER BY id",
                                    "SELECT event_id, staff_id, position, result FROM event_participant ORDER BY id"}) {
                q.exec(QString::fromLatin1(sql));
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells << q.value(i).toString();
                    out << cells.join(QLatin1Char('|'));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return out;
    }
    // Every stored verdict (person_year_verdict), one text per row.
    static QStringList verdicts(const QString &db)
    {
        QStringList out;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verdicts"));
            c.setDatabaseName(db);
            if (!c.open())
                return out;
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT * FROM person_year_verdict ORDER BY staff_id, year"));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("verdicts"));
        return out;
    }
    static int scalar(const QString &db, const QString &sql)
    {
        int v = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scalar"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    v = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
        return v;
    }

private slots:
    void fillsAnInitialisedDatabase()
    {
        const QString db = path(QStringLiteral("a.sqlite"));
        init(db);
        const auto r = demo(db, QStringLiteral("7"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), 60);
        // 5 standalone activities per person-year, plus one per credited participant of each event.
        // 5 standalone activities per person-year of everyone still employed (在职); those who left take none.
        const int employed = scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE status = '在职'"));
        QVERIFY(employed > 50);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NULL")), employed * 3 * 5);
        const int events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM training_event"));
        QVERIFY(events >= 1);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM event_participant")) <= events * 20);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM event_participant")) >= events * 15);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM event_participant p JOIN staff s ON s.id = p.staff_id"
                                           " WHERE s.status <> '在职'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL")),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM event_participant WHERE result IN ('合格', '无需考核')")));
        // Every kind of the set in force occurs in the current year (60 × 5 rows cycle through them).
        const int year = QDate::currentDate().year();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM activity WHERE event_id IS NULL AND year = %1").arg(year)), 17);
        // One audit row per written row, and the chain is intact.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
                 scalar(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM activity)"
                                           " + (SELECT COUNT(*) FROM training_event) + (SELECT COUNT(*) FROM event_participant)")));
        const auto verify = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("list-staff"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray people = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(people.size(), 60);
        QSet<QString> ids;
        for (const QJsonValue &v : people) {
            const QString id = v.toObject().value(QStringLiteral("idNumber")).toString();
            QString why;
            QVERIFY2(IdNumber::validate(id, &why), qPrintable(id + QLatin1Char(' ') + why));
            QVERIFY2(IdNumber::validateBirthDate(id, QDate::currentDate(), &why), qPrintable(id + QLatin1Char(' ') + why));
            QVERIFY(IdNumber::birthDate(id).addYears(18) <= QDate::currentDate());
            QVERIFY(!v.toObject().value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!v.toObject().value(QStringLiteral("department")).toString().isEmpty());
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 60);
        // The stored verdicts written with the data equal a full recompute, one per person-year with activities.
        const QStringList stored = verdicts(db);
        QCOMPARE(stored.size(), scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT staff_id, year FROM activity)")));
        const auto re = runCli({QStringLiteral("--db"), db, QStringLiteral("recompute")});
        QVERIFY2(re.exitCode == 0, qPrintable(re.err));
        QCOMPARE(verdicts(db), stored);
        // Compliance reads it like any registry.
        const auto c = runCli({QStringLiteral("--db"), db, QStringLiteral("compliance"), QStringLiteral("--year"), QString::number(year)});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    }

    void sameSeedSameData()
    {
        const QString a = path(QStringLiteral("s1.sqlite")), b = path(QStringLiteral("s2.sqlite")), c = path(QStringLiteral("s3.sqlite"));
        for (const QString &db : {a, b, c})
            init(db);
        QCOMPARE(demo(a, QStringLiteral("42")).exitCode, 0);
        QCOMPARE(demo(b, QStringLiteral("42")).exitCode, 0);
        QCOMPARE(demo(c, QStringLiteral("43")).exitCode, 0);
        const QStringList rowsA = dump(a);
        QVERIFY(rowsA.size() > 900);
        QCOMPARE(dump(b), rowsA);
        QVERIFY(dump(c) != rowsA);
    }

    void refusesWithoutAnInitialisedEmptyDatabase()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        auto r = demo(missing, QStringLiteral("1"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(missing));
        const QString db = path(QStringLiteral("twice.sqlite"));
        init(db);
        QCOMPARE(demo(db, QStringLiteral("1")).exitCode, 0);
        const QStringList before = dump(db);
        r = demo(db, QStringLiteral("2"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("already has 60")));
        QCOMPARE(dump(db), before);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("demo-data"), QStringLiteral("--staff"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
    }

    void writesImportFilesTheImportersAccept()
    {
        const QString folder = path(QStringLiteral("files"));
        auto r = runCli({QStringLiteral("demo-data"), QStringLiteral("--files"), folder, QStringLiteral("--rules"), QStringLiteral("anhui-2025"),
                         QStringLiteral("--staff"), QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("2"),
                         QStringLiteral("--per-year"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *f : {"roster.csv", "roster.xlsx", "roster-changed.csv", "roster-changed.xlsx", "activities-001.csv", "events.csv",
                              "participants-001.csv"})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1String(f))), f);
        const QString db = path(QStringLiteral("files.sqlite"));
        init(db);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), QDir(folder).filePath(QStringLiteral("roster.xlsx"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("40 added")), qPrintable(r.out));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), QDir(folder).filePath(QStringLiteral("roster-changed.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("0 added, 40 updated")), qPrintable(r.out));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-activities"), QDir(folder).filePath(QStringLiteral("activities-001.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable((r.out + r.err).left(3000)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM activity")),
                 scalar(db, QStringLiteral("SELECT COUNT(*) * 2 * 4 FROM staff WHERE status = '在职'")));
        // The same seed gives the same files.
        const QString again = path(QStringLiteral("files2"));
        QCOMPARE(runCli({QStringLiteral("demo-data"), QStringLiteral("--files"), again, QStringLiteral("--rules"), QStringLiteral("anhui-2025"),
                         QStringLiteral("--staff"), QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("2"),
                         QStringLiteral("--per-year"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("5")})
                     .exitCode,
                 0);
        for (const char *f : {"roster.csv", "activities-001.csv", "participants-001.csv"}) {
            QFile x(QDir(folder).filePath(QLatin1String(f))), y(QDir(again).filePath(QLatin1String(f)));
            QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
            QCOMPARE(x.readAll(), y.readAll());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "test_cli_demo.moc"
