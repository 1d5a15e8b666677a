// Crash test (issue 11): `cehours-cli event import` of a large participants list is killed with
// SIGKILL at seeded random points until 100 kills have landed while it ran. After each kill the
// database passes PRAGMA quick_check, its audit chain verifies (AuditChain::verify, as `audit
// verify`), and the event holds either its participants as before or the whole import with the
// activities it creates, never part of it.
#include "KillLoop.h"
#include "TestSupport.h"
#include "storage/AuditChain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>


namespace {

constexpr int kPeople = 800;      // in the registry, all in the import (a large 汇总表)
constexpr int kBefore = 300;      // already on the event's list, 不合格 (no activity)
constexpr int kKills = 100;       // kills that must land while the import runs
constexpr int kMaxRounds = 300;   // rounds allowed to get them
constexpr quint32 kSeed = 20261202;

QString idNumber(int i) { return TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1960, 1, 1).addDays(i * 3), i % 1000); }

QString roster()
{
    QString text = QStringLiteral("身份证号码,姓名,部门\r\n");
    for (int i = 0; i < kPeople; ++i)
        text += QStringLiteral("%1,学员%2,科室%3\r\n").arg(idNumber(i)).arg(i).arg(i % 20);
    return text;
}

// The 汇总表: the first `count` people; result 不合格 in the list before, 合格 in the import.
QString participants(int count, const QString &result)
{
    QString text = QStringLiteral("继续教育合格人员简明情况汇总表\r\n序号,姓名,单位,身份证号码,技术职称,培训学时,考试结果,备注\r\n");
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("%1,学员%2,湖南某医院,%3,主治医师,24,%4,\r\n").arg(i + 1).arg(i).arg(idNumber(i), result);
    return text;
}

struct DbState
{
    QString quickCheck;
    AuditChain::Report audit;
    int participants = -1;
    int passed = -1;       // participants with 合格
    int activities = -1;   // activities owned by the event
    int auditRows = -1;
};

DbState inspect(const QString &path)
{
    DbState s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            auto number = [&q](const QString &sql) { return q.exec(sql) && q.next() ? q.value(0).toInt() : -1; };
            if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
                s.quickCheck = q.value(0).toString();
            s.participants = number(QStringLiteral("SELECT COUNT(*) FROM event_participant"));
            s.passed = number(QStringLiteral("SELECT COUNT(*) FROM event_participant WHERE result = '合格'"));
            s.activities = number(QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL"));
            s.auditRows = number(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            s.audit = AuditChain::verify(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return s;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

class TestKillEventImport : public QObject
{
    Q_OBJECT

private slots:
    void killedEventImportIsWholeOrAbsent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        const QString db = dir.filePath(QStringLiteral("work.sqlite"));
        const QString staff = dir.filePath(QStringLiteral("staff.csv"));
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(staff, roster()));
        QVERIFY(writeFile(first, participants(kBefore, QStringLiteral("不合格"))));
        QVERIFY(writeFile(big, participants(kPeople, QStringLiteral("合格"))));
        auto cli = [&pristine](const QStringList &args) { return TestSupport::runCli(QStringList{QStringLiteral("--db"), pristine} + args); };
        TestSupport::CliRun r = cli({QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("湖南某医院"), QStringLiteral("--rules"), QStringLiteral("hunan-2025")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import-staff"), staff});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("急诊急救技能培训班"), QStringLiteral("--kind"),
                 QStringLiteral("training"), QStringLiteral("--subject"), QStringLiteral("professional"), QStringLiteral("--start"), QStringLiteral("2025-05-12"),
                 QStringLiteral("--end"), QStringLiteral("2025-05-14"), QStringLiteral("--param"), QStringLiteral("days=3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = cli({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("1"), first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const DbState before = inspect(pristine);
        QCOMPARE(before.quickCheck, QStringLiteral("ok"));
        QVERIFY2(before.audit.intact, qPrintable(before.audit.problem));
        QCOMPARE(before.participants, kBefore);
        QCOMPARE(before.passed, 0);
        QCOMPARE(before.activities, 0);

        // A whole import: 300 changed to 合格, 500 added, one activity for each.
        QVERIFY(KillLoop::copyDatabase(pristine, db));
        QElapsedTimer timer;
        timer.start();
        r = TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("1"), big});
        const qint64 fullMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const DbState after = inspect(db);
        QVERIFY2(after.audit.intact, qPrintable(after.audit.problem));
        QCOMPARE(after.participants, kPeople);
        QCOMPARE(after.passed, kPeople);
        QCOMPARE(after.activities, kPeople);
        QVERIFY(after.auditRows > before.auditRows);

        KillLoop::Spec spec;
        spec.pristine = pristine;
        spec.work = db;
        spec.cliArgs = {QStringLiteral("--db"), db, QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("1"), big};
        spec.fullMs = fullMs;
        spec.seed = kSeed;
        spec.kills = kKills;
        spec.maxRounds = kMaxRounds;
        spec.inspect = [&](QString *problem) {
            const DbState s = inspect(db);
            if (s.quickCheck != QLatin1String("ok"))
                *problem = QStringLiteral("quick_check says ") + s.quickCheck;
            else if (!s.audit.intact)
                *problem = QStringLiteral("audit chain: ") + s.audit.problem;
            else if (s.participants == before.participants && s.passed == 0 && s.activities == 0 && s.auditRows == before.auditRows)
                return KillLoop::Outcome::Absent;
            else if (s.participants == kPeople && s.passed == kPeople && s.activities == kPeople && s.auditRows == after.auditRows)
                return KillLoop::Outcome::Whole;
            else
                *problem = QStringLiteral("%1 participants, %2 passed, %3 activities, %4 audit rows: a partial import")
                               .arg(s.participants).arg(s.passed).arg(s.activities).arg(s.auditRows);
            return KillLoop::Outcome::Broken;
        };
        const KillLoop::Result result = KillLoop::run(spec);
        QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
        qInfo("BENCH event import kill test: full import %lld ms; %d rounds, %d killed mid-run, %d whole, %d absent, 0 partial, 0 damaged",
              fullMs, result.rounds, result.killed, result.whole, result.absent);
        QCOMPARE(result.killed, kKills);
        QVERIFY(result.absent > 0);
    }
};

QTEST_GUILESS_MAIN(TestKillEventImport)
#include "test_kill_event_import.moc"
