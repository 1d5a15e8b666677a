// cehours-cli: activity add|list|delete, import-activities, template activities, compliance,
// declare, reopen — exit codes, read-only commands leave files alone, audit.
#include "TestBackend.h"
#include "TestSupport.h"
#include "import/XlsxReader.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

namespace {
QString id(int seq) { return TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1982, 6, 1), seq); }

// The folder's files with their contents and modification times: a read-only command must leave it identical.
QString snapshot(const QString &dir)
{
    QString out;
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile f(fi.filePath());
        f.open(QIODevice::ReadOnly);
        out += fi.fileName() + QLatin1Char(' ') + QString::number(fi.lastModified().toMSecsSinceEpoch()) + QLatin1Char(' ')
            + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()) + QLatin1Char('\n');
    }
    return out;
}
}

class TestCliActivity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_where; // a SQLite file in dbDir() or a postgresql:// URL (TestBackend)
    QString dbDir() const { return m_dir.filePath(QStringLiteral("db")); }
    QString db() const { return m_where; }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    TestSupport::CliRun cli(QStringList args) { return runCli(QStringList{QStringLiteral("--db"), db()} + args); }
    QString write(const QString &name, const QString &text)
    {
        QFile f(file(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return file(name);
    }
    QJsonArray listJson(const QStringList &extra = {})
    {
        const auto r = cli(QStringList{QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(dbDir());
        if (TestBackend::isPostgres()) {
            CEHOURS_FRESH_DATABASE(where, "cli_activity");
            m_where = where;
        } else {
            m_where = dbDir() + QStringLiteral("/cli.sqlite");
        }
        // Read-only commands on a database that does not exist: exit 2 and no file.
        for (const QStringList &args : {QStringList{QStringLiteral("activity"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025")},
                                        QStringList{QStringLiteral("import-activities"), file(QStringLiteral("x.csv")), QStringLiteral("--dry-run")},
                                        QStringList{QStringLiteral("import-activities"), file(QStringLiteral("x.csv"))},
                                        QStringList{QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(11), QStringLiteral("--kind"), QStringLiteral("training")},
                                        QStringList{QStringLiteral("declare"), QStringLiteral("--year"), QStringLiteral("2025")}}) {
            const auto r = cli(args);
            QCOMPARE(r.exitCode, 2);
            // A server's empty database: not a CE Hours database yet.
            QVERIFY2(r.err.contains(QLatin1String(TestBackend::isPostgres() ? "not a CE Hours database" : "No database")), qPrintable(r.err));
            QVERIFY(QDir(dbDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        }
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("合肥某院")}).exitCode, 0);
        // No rule set yet: bad input.
        QCOMPARE(cli({QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("合肥某院"), QStringLiteral("--rules"), QStringLiteral("anhui-2025")}).exitCode, 0);
        const QString staff = write(QStringLiteral("staff.csv"), QStringLiteral("姓名,身份证号码,部门\n张三,%1,一科\n李四,%2,二科\n").arg(id(11), id(22)));
        QCOMPARE(cli({QStringLiteral("import-staff"), staff}).exitCode, 0);
    }

    void templateActivities()
    {
        const QString out = file(QStringLiteral("anhui.xlsx"));
        auto r = runCli({QStringLiteral("template"), QStringLiteral("activities"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QString error;
        const QStringList sheets = XlsxReader::sheetNames(out, &error);
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        QVERIFY(sheets.contains(QStringLiteral("填写说明")));
        QVERIFY2(sheets.size() >= set->kinds().size() + 1, qPrintable(sheets.join(QLatin1Char(','))));
        r = runCli({QStringLiteral("template"), QStringLiteral("activities"), QStringLiteral("--rules"), QStringLiteral("hunan-2025")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("身份证号码,姓名,年度,类别,名称,开始日期,结束日期,科目,")));
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("activities"), QStringLiteral("--rules"), QStringLiteral("mars-2099")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("activities")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("activities"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"),
                         QStringLiteral("--out"), file(QStringLiteral("t.pdf"))}).exitCode, 2);
    }

    void importDryRunThenImport()
    {
        const QString certs = write(QStringLiteral("certs.csv"),
                                    QStringLiteral("序号,姓名,身份证号码,类别,课程名称,完成时间,学时\n1,张三,%1,public_online,2025年度公需科目,2025-08-31,30\n").arg(id(11)));
        const QString before = snapshot(dbDir());
        auto r = cli({QStringLiteral("import-activities"), certs, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\t30\t公需科目线上学习")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Dry run")));
        QCOMPARE(snapshot(dbDir()), before);
        QCOMPARE(snapshot(m_dir.path()).contains(QLatin1String("certs.csv")), true);

        const QString bad = write(QStringLiteral("bad.csv"), QStringLiteral("姓名,身份证号码,类别,名称,完成时间,学时\n张三,%1,public_online,a,2025-08-31,30\n"
                                                                             "李四,%2,public_online,b,2025-08-31,三十\n").arg(id(11), id(22)));
        r = cli({QStringLiteral("import-activities"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("3\t%1\t").arg(id(22))) && r.err.contains(QStringLiteral("合格证书学时")), qPrintable(r.err));
        QCOMPARE(listJson().size(), 0);

        r = cli({QStringLiteral("import-activities"), certs});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("hours")].toDouble(), 30.0);
        QCOMPARE(list.first()[QStringLiteral("idNumber")].toString(), id(11));
        // The same file again: every row is a duplicate.
        r = cli({QStringLiteral("import-activities"), certs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("already recorded")));
        QCOMPARE(cli({QStringLiteral("import-activities")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import-activities"), file(QStringLiteral("none.xlsx"))}).exitCode, 2);
    }

    void addListDelete()
    {
        auto r = cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(11), QStringLiteral("--kind"), QStringLiteral("training"),
                      QStringLiteral("--title"), QStringLiteral("新技术研修班"), QStringLiteral("--start"), QStringLiteral("2025-03-01"),
                      QStringLiteral("--end"), QStringLiteral("2025-03-10"), QStringLiteral("--param"), QStringLiteral("days=10")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\t60\t")), qPrintable(r.out));
        // Year from the end date; subject defaulted by the kind.
        QJsonArray list = listJson({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(11)});
        QCOMPARE(list.size(), 2);
        const QJsonObject added = list.at(1).toObject();
        QCOMPARE(added[QStringLiteral("kind")].toString(), QStringLiteral("training"));
        QCOMPARE(added[QStringLiteral("params")].toObject()[QStringLiteral("days")].toDouble(), 10.0);
        QCOMPARE(added[QStringLiteral("hours")].toDouble(), 60.0);
        // Field by its Chinese label, a bad value, an unknown kind, a missing option.
        r = cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(22), QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--kind"), QStringLiteral("training"), QStringLiteral("--param"), QStringLiteral("培训天数=abc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a number")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(22), QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--kind"), QStringLiteral("ballet")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("training")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(22), QStringLiteral("--kind"), QStringLiteral("training"),
                      QStringLiteral("--param"), QStringLiteral("days")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--id"), id(33)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("soon")}).exitCode, 2);

        // Delete: a temporary activity of 李四.
        r = cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(22), QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--kind"), QStringLiteral("teaching"), QStringLiteral("--param"), QStringLiteral("sessions=1")});
        QCOMPARE(r.exitCode, 0);
        list = listJson({QStringLiteral("--id"), id(22)});
        QCOMPARE(list.size(), 1);
        const QString activityId = QString::number(list.first()[QStringLiteral("id")].toInteger());
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("delete"), activityId}).exitCode, 0);
        QCOMPARE(listJson({QStringLiteral("--id"), id(22)}).size(), 0);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("delete"), activityId}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("delete"), QStringLiteral("x")}).exitCode, 2);
    }

    void readOnlyCommandsChangeNothing()
    {
        const QString before = snapshot(dbDir());
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(snapshot(dbDir()), before);
    }

    void complianceEqualsYearAggregator()
    {
        const auto r = cli({QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc[QStringLiteral("ruleSet")].toString(), QStringLiteral("anhui-2025"));
        const QJsonArray people = doc[QStringLiteral("people")].toArray();
        QCOMPARE(people.size(), 2);

        Database database;
        QVERIFY(database.open(db()));
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        Unit unit;
        QVERIFY(UnitRepository(database.connection()).first(&unit));
        int compliant = 0;
        for (const QJsonValue &v : people) {
            const QJsonObject p = v.toObject();
            Staff s;
            QVERIFY(StaffRepository(database.connection()).byIdNumber(unit.id, p[QStringLiteral("idNumber")].toString(), &s));
            QList<ActivityInput> inputs;
            for (const Activity &a : ActivityRepository(database.connection()).list(s.id, 2025))
                inputs << ActivityInput::fromActivity(a);
            const YearResult expected = YearAggregator::aggregate(*set, 2025, inputs);
            const QJsonObject got = p[QStringLiteral("result")].toObject();
            for (const char *key : {"publicHours", "professionalHours", "total", "compliant", "shortfallTotal"})
                QVERIFY2(got.value(QLatin1String(key)) == expected.toJson().value(QLatin1String(key)), key);
            compliant += expected.compliant ? 1 : 0;
        }
        // 张三: 公需 30 + 培训 60 = 90.
        QCOMPARE(compliant, 1);
        const auto text = cli({QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--department"), QStringLiteral("二科")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(id(22)) && !text.out.contains(id(11)));
        QCOMPARE(cli({QStringLiteral("compliance")}).exitCode, 2);
    }

    void declareAndReopenAreAudited()
    {
        // Without --id: the compliant people only (张三).
        auto r = cli({QStringLiteral("declare"), QStringLiteral("--year"), QStringLiteral("2025")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(id(11)) && !r.out.contains(id(22)), qPrintable(r.out));
        // Locked: no change to 张三's 2025; declaring again is refused.
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--id"), id(11), QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--kind"), QStringLiteral("teaching"), QStringLiteral("--param"), QStringLiteral("sessions=1")}).exitCode, 2);
        const QString first = QString::number(listJson({QStringLiteral("--id"), id(11)}).first()[QStringLiteral("id")].toInteger());
        r = cli({QStringLiteral("activity"), QStringLiteral("delete"), first});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("locked")));
        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(11) + QLatin1Char(',') + id(22)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(33)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("declare"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(22)}).exitCode, 0);
        // Reopen needs the reason.
        QCOMPARE(cli({QStringLiteral("reopen"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(11)}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("reopen"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--id"), id(11), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 2);
        r = cli({QStringLiteral("reopen"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--id"), id(11), QStringLiteral("--reason"), QStringLiteral("补录培训证明")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("delete"), first}).exitCode, 0);

        Database database;
        QVERIFY(database.open(db()));
        Unit unit;
        QVERIFY(UnitRepository(database.connection()).first(&unit));
        Staff s;
        QVERIFY(StaffRepository(database.connection()).byIdNumber(unit.id, id(11), &s));
        const auto entries = AuditLog::entries(database.connection(), QStringLiteral("year_declaration"), s.id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("insert"));
        QCOMPARE(entries.at(0).after[QStringLiteral("locked")].toBool(), true);
        QCOMPARE(entries.at(1).after[QStringLiteral("locked")].toBool(), false);
        QCOMPARE(entries.at(1).after[QStringLiteral("reopenReason")].toString(), QStringLiteral("补录培训证明"));
        const auto deleted = AuditLog::entries(database.connection(), QStringLiteral("activity"), first.toLongLong());
        QCOMPARE(deleted.last().action, QStringLiteral("delete"));
    }

    void unopenableDatabaseIsExit1()
    {
        CEHOURS_SQLITE_ONLY("a folder where the file should be");
        QDir(m_dir.path()).mkpath(QStringLiteral("adir.sqlite"));
        const auto r = runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("adir.sqlite")), QStringLiteral("import-activities"),
                               file(QStringLiteral("certs.csv"))});
        QCOMPARE(r.exitCode, 1);
    }

    void helpListsTheCommands()
    {
        const auto r = runCli({QStringLiteral("--help")});
        for (const char *cmd : {"activity add", "import-activities", "template staff", "activities --rules", "compliance --year", "declare --year", "reopen --year"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
    }
};

QTEST_GUILESS_MAIN(TestCliActivity)
#include "test_cli_activity.moc"
