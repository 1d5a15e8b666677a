// Benchmark: an activity list of 10,000 rows (5,000 people, two rows each: 公需 certificate and a
// training) as xlsx — read, checked, credited and written in one transaction. Prints figures;
// asserts only correctness (timings vary by machine and are not pass/fail).
#include "TestSupport.h"
#include "import/ActivityImporter.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class BenchActivityImport : public QObject
{
    Q_OBJECT
private slots:
    void import10000()
    {
        const int people = qEnvironmentVariableIntValue("CEHOURS_BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("CEHOURS_BENCH_ROWS") / 2 : 5000;
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("bench.sqlite"))));
        Unit unit;
        unit.name = QStringLiteral("基准单位");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY(UnitRepository(db.connection()).save(unit, &error));
        QList<Staff> staff;
        QList<QVariantList> rows = {{QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("年度"), QStringLiteral("类别"),
                                     QStringLiteral("名称"), QStringLiteral("开始日期"), QStringLiteral("结束日期"), QStringLiteral("合格证书学时"),
                                     QStringLiteral("培训天数")}};
        for (int i = 0; i < people; ++i) {
            Staff s;
            s.unitId = unit.id;
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1960, 1, 1).addDays(i * 3), i % 1000);
            s.name = QStringLiteral("职工%1").arg(i);
            staff << s;
            rows.append({s.idNumber, s.name, 2025, QStringLiteral("public_online"), QStringLiteral("2025年度公需科目"), QVariant(),
                         QDate(2025, 8, 31), 30, QVariant()});
            rows.append({s.idNumber, s.name, 2025, QStringLiteral("training"), QStringLiteral("专业技术研修班"), QDate(2025, 4, 7),
                         QDate(2025, 4, 11), QVariant(), 5});
        }
        QList<Staff> none;
        QVERIFY2(StaffRepository(db.connection()).applyBatch(staff, none, &error), qPrintable(error));
        const QString file = dir.filePath(QStringLiteral("activities.xlsx"));
        QVERIFY2(TestSupport::writeXlsx(file, rows, &error), qPrintable(error));

        ActivityImporter importer(db.connection(), unit.id);
        ActivityImporter::Preview preview;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(importer.analyse(file, &preview, &error), qPrintable(error));
        const qint64 analysed = timer.restart();
        QVERIFY2(preview.ok(), qPrintable(ActivityImporter::errorReport(preview).left(2000)));
        QCOMPARE(preview.rows.size(), 2 * people);
        QVERIFY2(importer.apply(preview, &error), qPrintable(error));
        const qint64 applied = timer.elapsed();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(json_extract(params, '$.hours')) FROM activity")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2 * people);
        qInfo("BENCH activity import: %d rows read, checked and credited in %lld ms, written (with audit) in %lld ms",
              2 * people, analysed, applied);
    }
};

QTEST_GUILESS_MAIN(BenchActivityImport)
#include "bench_activity_import.moc"
