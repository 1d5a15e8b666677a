// The batch writes of the activity intake: ActivityRepository::insertMany and
// YearLockRepository::submitMany are all or nothing (one transaction), and audited.
// Runs on both backends (CEHOURS_TEST_BACKEND; the batched paths are row by row on PostgreSQL).
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestBatchWrites : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<qint64> m_staff;

    int count(const QString &table)
    {
        QSqlQuery q(m_db.connection());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table; // a table name of the test's own
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    Activity activity(qint64 staffId, int year, const QString &title)
    {
        Activity a;
        a.staffId = staffId;
        a.year = year;
        a.kind = QStringLiteral("training");
        a.title = title;
        a.params = QJsonObject{{QStringLiteral("days"), 1}};
        return a;
    }

private slots:
    void initTestCase()
    {
        CEHOURS_FRESH_DATABASE(where, "probe"); // skips (or fails) without the backend
        QVERIFY(!where.isEmpty());
        QVERIFY(m_db.open(TestBackend::freshLocation(QStringLiteral("b"), nullptr)));
        QString error;
        const qint64 unit = UnitRepository(m_db.connection()).ensureDefault(&error);
        QVERIFY(unit > 0);
        for (int i = 0; i < 3; ++i) {
            Staff s;
            s.unitId = unit;
            s.name = QStringLiteral("人员%1").arg(i);
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1980, 1, 1 + i), 11 + 2 * i);
            QVERIFY2(StaffRepository(m_db.connection()).insert(s, &error), qPrintable(error));
            m_staff << s.id;
        }
    }

    void insertManyIsAllOrNothing()
    {
        QString error;
        QVERIFY(YearLockRepository(m_db.connection()).submit(m_staff.at(2), 2025, &error));
        const int audit = count(QStringLiteral("audit_log"));
        QList<Activity> batch{activity(m_staff.at(0), 2025, QStringLiteral("a")), activity(m_staff.at(1), 2025, QStringLiteral("b")),
                              activity(m_staff.at(2), 2025, QStringLiteral("locked"))};
        QVERIFY(!ActivityRepository(m_db.connection()).insertMany(batch, &error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("activity")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), audit);
        QCOMPARE(batch.first().id, 0);

        batch.removeLast();
        QVERIFY2(ActivityRepository(m_db.connection()).insertMany(batch, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("activity")), 2);
        QVERIFY(batch.at(0).id > 0 && batch.at(1).id > batch.at(0).id);
        QCOMPARE(AuditLog::entries(m_db.connection(), QStringLiteral("activity"), batch.at(1).id).size(), 1);
    }

    void submitManyIsAllOrNothing()
    {
        QString error;
        YearLockRepository locks(m_db.connection());
        const int audit = count(QStringLiteral("audit_log"));
        // 人员2's 2025 is already locked (above): the whole batch is refused.
        QVERIFY(!locks.submitMany({m_staff.at(0), m_staff.at(1), m_staff.at(2)}, 2025, &error));
        QVERIFY(!locks.isLocked(m_staff.at(0), 2025));
        QVERIFY(!locks.isLocked(m_staff.at(1), 2025));
        QCOMPARE(count(QStringLiteral("audit_log")), audit);
        QVERIFY2(locks.submitMany({m_staff.at(0), m_staff.at(1)}, 2025, &error), qPrintable(error));
        QVERIFY(locks.isLocked(m_staff.at(0), 2025) && locks.isLocked(m_staff.at(1), 2025));
        QCOMPARE(count(QStringLiteral("audit_log")), audit + 2);
        // The single submit still works on its own.
        QVERIFY(locks.submit(m_staff.at(0), 2026, &error));
        QVERIFY(!locks.submit(m_staff.at(0), 2026, &error));
    }
};

QTEST_GUILESS_MAIN(TestBatchWrites)
#include "test_batch_writes.moc"
