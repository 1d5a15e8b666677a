// Benchmark: stored person-year verdicts at the size of a hospital group (issue 14). Builds N staff x
// Y years x K activities (CEHOURS_BENCH_STAFF, default 1,000 in the suite; run the binary alone with
// CEHOURS_BENCH_STAFF=10000 for 10,000 x 5 x 8 = 400,000 activities), then prints one BENCH line per
// figure: the dirty flush at the commit that wrote them all, a full parallel recompute, one edit's
// commit, the registry's page sorted by verdict, and the live computation it replaces.
// CEHOURS_BENCH_KEEP=FILE keeps the database (for `/usr/bin/time -v cehours-cli --db FILE recompute`).
// Asserts only correctness (timings vary by machine and are not pass/fail).
#include "../verdict/RandomActivities.h"
#include "TestSupport.h"

#include "domain/Unit.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/ComplianceTable.h"
#include "storage/Database.h"
#include "storage/StaffQuery.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRecompute.h"
#include "storage/VerdictStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}
void bench(const QString &name, double seconds, const QString &extra = QString())
{
    qInfo().noquote() << QStringLiteral("BENCH verdicts %1 seconds=%2 %3").arg(name).arg(seconds, 0, 'f', 3).arg(extra);
}
} // namespace

class BenchVerdicts : public QObject
{
    Q_OBJECT
private slots:
    void storedVerdicts()
    {
        const int people = envInt("CEHOURS_BENCH_STAFF", 1000);
        const int years = envInt("CEHOURS_BENCH_YEARS", 5);
        const int perYear = envInt("CEHOURS_BENCH_PER_YEAR", 8);
        QTemporaryDir dir;
        const QString keep = qEnvironmentVariable("CEHOURS_BENCH_KEEP");
        const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
        QFile::remove(path);
        Database db;
        QVERIFY2(db.open(path, Database::Mode::Create), qPrintable(db.errorString()));
        Unit unit;
        unit.name = QStringLiteral("基准医院集团");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY(UnitRepository(db.connection()).save(unit, &error));
        QList<Staff> staff;
        for (int i = 0; i < people; ++i) {
            Staff s;
            s.unitId = unit.id;
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1960, 1, 1).addDays(i / 1000 * 3), i % 1000);
            s.name = QStringLiteral("职工%1").arg(i);
            s.department = QStringLiteral("科室%1").arg(i % 40);
            staff << s;
        }
        QList<Staff> none;
        QVERIFY2(StaffRepository(db.connection()).applyBatch(staff, none, &error), qPrintable(error));

        // The activities written in one transaction (as a bulk import would): its commit computes every
        // person-year it marked.
        QRandomGenerator rng(14);
        const int firstYear = 2026 - years + 1;
        double flushSeconds = 0;
        {
            Transaction tx(db.connection());
            QVERIFY(tx.isActive());
            QSqlQuery ins(db.connection());
            QVERIFY(ins.prepare(QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject,"
                                               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')")));
            for (const Staff &s : std::as_const(staff)) {
                for (int y = firstYear; y <= 2026; ++y) {
                    for (int k = 0; k < perYear; ++k) {
                        const Activity a = RandomActivities::make(rng, s.id, y);
                        ins.bindValue(0, a.staffId);
                        ins.bindValue(1, a.year);
                        ins.bindValue(2, a.startDate.toString(Qt::ISODate));
                        ins.bindValue(3, a.endDate.toString(Qt::ISODate));
                        ins.bindValue(4, a.kind);
                        ins.bindValue(5, a.title);
                        ins.bindValue(6, QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact)));
                        ins.bindValue(7, a.subject);
                        QVERIFY(ins.exec());
                    }
                }
            }
            QElapsedTimer flush;
            flush.start();
            QVERIFY2(tx.commit(), qPrintable(tx.errorString()));
            flushSeconds = flush.nsecsElapsed() / 1e9;
        }
        const int personYears = people * years;
        QCOMPARE(VerdictStore(db.connection()).stored().size(), personYears);
        bench(QStringLiteral("commit-flush-all"), flushSeconds,
              QStringLiteral("person_years=%1 activities=%2 (serial, on the writing connection)").arg(personYears).arg(personYears * perYear));

        VerdictRecompute job(db.connection());
        QVERIFY2(job.run(0, &error), qPrintable(error));
        QCOMPARE(job.figures().personYears, personYears);
        bench(QStringLiteral("full-recompute"), job.figures().seconds,
              QStringLiteral("person_years=%1 workers=%2").arg(personYears).arg(job.figures().workers));

        // One edit: its commit recomputes one person-year.
        QList<Activity> acts = ActivityRepository(db.connection()).list(staff.first().id, 2026);
        QVERIFY(!acts.isEmpty());
        QElapsedTimer timer;
        timer.start();
        Activity edited = acts.first();
        edited.title = QStringLiteral("改过的名称");
        QVERIFY2(ActivityRepository(db.connection()).update(edited, &error), qPrintable(error));
        bench(QStringLiteral("one-edit-commit"), timer.nsecsElapsed() / 1e9);

        // The registry's first page sorted by the verdict, and filtered to the short ones.
        const RuleSet *set = RuleSetRegistry::embedded().find(unit.ruleSet);
        ComplianceTable table(db.connection());
        timer.restart();
        QVERIFY(table.fill(*set, unit.id, 2026));
        StaffQuery query(db.connection(), unit.id);
        StaffQuery::Filter shortOnes;
        shortOnes.compliance = StaffQuery::Compliance::Short;
        const int shortCount = query.count(shortOnes);
        const QList<StaffQuery::Row> page = query.page(shortOnes, StaffQuery::Verdict, Qt::AscendingOrder, 0, 200);
        QVERIFY(!page.isEmpty());
        bench(QStringLiteral("registry-page-by-verdict"), timer.nsecsElapsed() / 1e9, QStringLiteral("short=%1 of %2").arg(shortCount).arg(people));

        timer.restart();
        const QHash<qint64, YearResult> stored = table.unitYear(*set, unit.id, 2026);
        bench(QStringLiteral("unit-year-stored"), timer.nsecsElapsed() / 1e9, QStringLiteral("people=%1").arg(stored.size()));
        timer.restart();
        const QHash<qint64, YearResult> live = table.unitYearDetailed(*set, unit.id, 2026);
        bench(QStringLiteral("unit-year-live-reference"), timer.nsecsElapsed() / 1e9,
              QStringLiteral("people=%1 (the computation the stored table replaces, one year)").arg(live.size()));
        for (auto it = live.cbegin(); it != live.cend(); ++it)
            QCOMPARE(stored.value(it.key()).total, it.value().total);
    }
};

QTEST_GUILESS_MAIN(BenchVerdicts)
#include "bench_verdicts.moc"
