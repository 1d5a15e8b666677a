// Benchmark: a 5,000-row roster xlsx read, validated and written. Prints figures; asserts only
// correctness (timings vary by machine and are not pass/fail).
#include "TestSupport.h"
#include "import/RosterImporter.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

class BenchRosterImport : public QObject
{
    Q_OBJECT
private slots:
    void import5000()
    {
        const int n = qEnvironmentVariableIntValue("CEHOURS_BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("CEHOURS_BENCH_ROWS") : 5000;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("roster.xlsx"));
        QList<QVariantList> rows = {{QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("部门"), QStringLiteral("专业技术职称"),
                                     QStringLiteral("职称级别"), QStringLiteral("入职日期"), QStringLiteral("联系电话")}};
        const QStringList levels = {QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("副高级"), QStringLiteral("正高级")};
        for (int i = 0; i < n; ++i) {
            // Birth dates cycle through 1960-1992 (adults, never in the future: the old i * 3 days ran past
            // today above ~5,800 rows); the sequence number keeps the ID numbers unique.
            const QDate birth = QDate(1960, 1, 1).addDays(i % 12000);
            rows.append({TestSupport::makeIdNumber(QStringLiteral("340104"), birth, (i / 12000) % 1000), QStringLiteral("职工%1").arg(i),
                         QStringLiteral("部门%1").arg(i % 37), QStringLiteral("工程师"), levels.at(i % 4), QDate(2010, 1, 1).addDays(i % 3000),
                         QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QLatin1Char('0'))});
        }
        QString error;
        QVERIFY2(TestSupport::writeXlsx(file, rows, &error), qPrintable(error));

        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("bench.sqlite"))));
        const qint64 unit = UnitRepository(db.connection()).ensureDefault(&error);
        RosterImporter importer(db.connection(), unit);
        RosterImporter::Preview preview;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(importer.analyse(file, &preview, &error), qPrintable(error));
        const qint64 analyseMs = timer.restart();
        QVERIFY2(preview.ok(), qPrintable(RosterImporter::errorReport(preview)));
        QVERIFY2(importer.apply(preview, &error), qPrintable(error));
        const qint64 applyMs = timer.restart();
        QCOMPARE(StaffRepository(db.connection()).count(unit), n);
        // Re-import: every row is an existing person, unchanged.
        QVERIFY(importer.analyse(file, &preview, &error));
        const qint64 reanalyseMs = timer.elapsed();
        QCOMPARE(preview.unchanged, n);
        qInfo("BENCH roster import: %d rows: read+validate %lld ms, write %lld ms, re-read %lld ms", n, analyseMs, applyMs, reanalyseMs);
    }
};

QTEST_GUILESS_MAIN(BenchRosterImport)
#include "bench_roster_import.moc"
