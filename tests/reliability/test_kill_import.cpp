// Crash test (issue 11): cehours-cli import-staff on a large roster is killed with SIGKILL at
// seeded random points until 100 kills have landed while it ran. After each kill the database
// must pass PRAGMA integrity_check, its audit chain must verify, and it must hold either the
// registry as before or the whole import, never part of it.
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

constexpr int kBaseRows = 300;     // already in the registry
constexpr int kImportRows = 2000;  // the import: 300 updated + 1,700 added
constexpr int kKills = 100;       // kills that must land while the import runs
constexpr int kMaxRounds = 300;   // rounds allowed to get them
constexpr quint32 kSeed = 20261101;

QString roster(int count)
{
    QString text = QStringLiteral("身份证号码,姓名,部门,专业技术职称,职称级别,入职日期,联系电话\r\n");
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("%1,职工%2,部门%3,工程师,中级,2015-07-01,1380000%4\r\n")
                    .arg(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1960, 1, 1).addDays(i * 3), i % 1000))
                    .arg(i)
                    .arg(count > kBaseRows ? i % 17 : i % 13)
                    .arg(i, 4, 10, QLatin1Char('0'));
    }
    return text;
}

struct DbState
{
    bool intact = false;
    QString integrity;
    int staff = -1;
    int updated = -1;   // people whose department is the import's
    AuditChain::Report audit;
};

DbState inspect(const QString &path)
{
    DbState s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                s.integrity = q.value(0).toString();
            s.intact = s.integrity == QLatin1String("ok");
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next())
                s.staff = q.value(0).toInt();
            // Person 14 of the base roster is in 部门1 (14 % 13); the import moves them to 部门14.
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM staff WHERE department = '部门14' AND name = '职工14'")) && q.next())
                s.updated = q.value(0).toInt();
            s.audit = AuditChain::verify(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return s;
}

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private slots:
    void killedImportIsWholeOrAbsent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        const QString db = dir.filePath(QStringLiteral("work.sqlite"));
        const QString base = dir.filePath(QStringLiteral("base.csv"));
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        for (const auto &[file, rows] : {std::pair{base, kBaseRows}, std::pair{big, kImportRows}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(roster(rows).toUtf8());
        }
        TestSupport::CliRun r = TestSupport::runCli({QStringLiteral("--db"), pristine, QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = TestSupport::runCli({QStringLiteral("--db"), pristine, QStringLiteral("import-staff"), base});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const DbState before = inspect(pristine);
        QVERIFY(before.intact);
        QCOMPARE(before.staff, kBaseRows);
        QCOMPARE(before.updated, 0);

        // How long a whole import takes here: kill points are spread over it (and a bit beyond).
        QVERIFY(KillLoop::copyDatabase(pristine, db));
        QElapsedTimer timer;
        timer.start();
        r = TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), big});
        const qint64 fullMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const DbState after = inspect(db);
        QCOMPARE(after.staff, kImportRows);
        QCOMPARE(after.updated, 1);

        KillLoop::Spec spec;
        spec.pristine = pristine;
        spec.work = db;
        spec.cliArgs = {QStringLiteral("--db"), db, QStringLiteral("import-staff"), big};
        spec.fullMs = fullMs;
        spec.seed = kSeed;
        spec.kills = kKills;
        spec.maxRounds = kMaxRounds;
        spec.inspect = [&db](QString *problem) {
            const DbState s = inspect(db);
            if (!s.intact)
                *problem = QStringLiteral("integrity_check says ") + s.integrity;
            else if (!s.audit.intact)
                *problem = QStringLiteral("audit chain: ") + s.audit.problem;
            else if (s.staff == kBaseRows && s.updated == 0)
                return KillLoop::Outcome::Absent;
            else if (s.staff == kImportRows && s.updated == 1)
                return KillLoop::Outcome::Whole;
            else
                *problem = QStringLiteral("%1 people, %2 updated: a partial import").arg(s.staff).arg(s.updated);
            return KillLoop::Outcome::Broken;
        };
        const KillLoop::Result result = KillLoop::run(spec);
        QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
        qInfo("BENCH kill test: full import %lld ms; %d rounds, %d killed mid-run, %d whole, %d absent, 0 partial",
              fullMs, result.rounds, result.killed, result.whole, result.absent);
        QCOMPARE(result.killed, kKills);
        QVERIFY(result.absent > 0);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "test_kill_import.moc"
