// AuditBatch (issue 14, cheap writes): a batch writes exactly the rows AuditLog::record writes alone
// (same hash chain, verify intact), continues the chain left by single writes and hands it back to
// them; the clock is read once per batch; a rolled-back batch leaves the chain as it was; the batch
// writes of the repositories (StaffRepository::applyBatch, ActivityRepository::insertMany) keep
// locked years refused and stay all or nothing.
// Runs on both backends (CEHOURS_TEST_BACKEND; the batched paths are row by row on PostgreSQL).
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditBatch.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestAuditBatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0))};

    static QStringList rows(QSqlDatabase db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, at, entity, entity_id, action, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 9; ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    // Writes the same five rows, with or without a batch around the middle three.
    static void writeRows(QSqlDatabase db, bool batched)
    {
        QString error;
        QVERIFY(AuditLog::record(db, QStringLiteral("staff"), 1, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 1}}, &error));
        {
            Transaction tx(db);
            std::unique_ptr<AuditBatch> batch(batched ? new AuditBatch(db) : nullptr);
            for (int i = 2; i <= 4; ++i)
                QVERIFY2(AuditLog::record(db, QStringLiteral("activity"), i, QStringLiteral("update"), QJsonObject{{QStringLiteral("v"), i}},
                                          QJsonObject{{QStringLiteral("v"), i + 1}}, &error),
                         qPrintable(error));
            batch.reset();
            QVERIFY(tx.commit());
        }
        QVERIFY(AuditLog::record(db, QStringLiteral("staff"), 5, QStringLiteral("delete"), QJsonObject{{QStringLiteral("b"), 2}}, {}, &error));
    }

private slots:
    void initTestCase()
    {
        Clock::setCurrent(&m_clock);
        CEHOURS_FRESH_DATABASE(where, "probe"); // skips (or fails) without the backend
        QVERIFY(!where.isEmpty());
    }
    void cleanupTestCase() { Clock::setCurrent(nullptr); }

    void sameRowsAsSingleWrites()
    {
        Database plain, batched;
        QVERIFY(plain.open(TestBackend::freshLocation(QStringLiteral("plain"), nullptr)));
        QVERIFY(batched.open(TestBackend::freshLocation(QStringLiteral("batched"), nullptr)));
        writeRows(plain.connection(), false);
        writeRows(batched.connection(), true);
        const QStringList expected = rows(plain.connection());
        QCOMPARE(expected.size(), 5);
        QCOMPARE(rows(batched.connection()), expected);
        const AuditChain::Report report = AuditChain::verify(batched.connection());
        QVERIFY2(report.intact, qPrintable(report.problem));
        QCOMPARE(report.rows, 5);
    }

    void clockReadOncePerBatch()
    {
        Database db;
        QVERIFY(db.open(TestBackend::freshLocation(QStringLiteral("clock"), nullptr)));
        QString error;
        Transaction tx(db.connection());
        {
            AuditBatch batch(db.connection());
            QVERIFY(AuditLog::record(db.connection(), QStringLiteral("staff"), 1, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 1}}, &error));
            m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 5)));
            QVERIFY(AuditLog::record(db.connection(), QStringLiteral("staff"), 2, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 2}}, &error));
        }
        QVERIFY(tx.commit());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT at), MIN(at) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-03-01T09:00:00"));
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        QVERIFY(AuditChain::verify(db.connection()).intact);
    }

    void rolledBackBatchLeavesTheChain()
    {
        Database db;
        QVERIFY(db.open(TestBackend::freshLocation(QStringLiteral("rollback"), nullptr)));
        QString error;
        QVERIFY(AuditLog::record(db.connection(), QStringLiteral("staff"), 1, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 1}}, &error));
        const QStringList before = rows(db.connection());
        {
            Transaction tx(db.connection());
            AuditBatch batch(db.connection());
            QVERIFY(AuditLog::record(db.connection(), QStringLiteral("staff"), 2, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 2}}, &error));
            // no commit
        }
        QCOMPARE(rows(db.connection()), before);
        QVERIFY(AuditLog::record(db.connection(), QStringLiteral("staff"), 3, QStringLiteral("insert"), {}, QJsonObject{{QStringLiteral("a"), 3}}, &error));
        QVERIFY(AuditChain::verify(db.connection()).intact);
    }

    void repositoryBatchesStayAllOrNothing()
    {
        Database db;
        QVERIFY(db.open(TestBackend::freshLocation(QStringLiteral("repos"), nullptr)));
        Unit unit;
        unit.name = QStringLiteral("测试单位");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY(UnitRepository(db.connection()).save(unit, &error));
        QList<Staff> people;
        for (int i = 0; i < 3; ++i) {
            Staff s;
            s.unitId = unit.id;
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1 + i), 11 + i);
            s.name = QStringLiteral("张%1").arg(QChar(0x4E00 + i));
            QVERIFY2(StaffRepository::prepare(s, &error), qPrintable(error));
            people << s;
        }
        QVERIFY2(StaffRepository(db.connection()).applyBatch(people, {}, &error), qPrintable(error));
        // Updates in a batch: each audit row has the row before (read through the batch's statement).
        QList<Staff> updates = people;
        for (Staff &s : updates)
            s.department = QStringLiteral("内科");
        QList<Staff> none;
        QVERIFY2(StaffRepository(db.connection()).applyBatch(none, updates, &error), qPrintable(error));
        const QList<AuditLog::Entry> log = AuditLog::entries(db.connection(), QStringLiteral("staff"), people.at(1).id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).before.value(QStringLiteral("department")).toString(), QString());
        QCOMPARE(log.at(1).after.value(QStringLiteral("department")).toString(), QStringLiteral("内科"));
        // A locked year refuses the whole batch.
        QVERIFY2(YearLockRepository(db.connection()).submit(people.at(2).id, 2026, &error), qPrintable(error));
        QList<Activity> acts;
        for (const Staff &s : people) {
            Activity a;
            a.staffId = s.id;
            a.year = 2026;
            a.kind = QStringLiteral("training");
            a.params = QJsonObject{{QStringLiteral("days"), 2}};
            acts << a;
        }
        const int auditRows = int(rows(db.connection()).size());
        QVERIFY(!ActivityRepository(db.connection()).insertMany(acts, &error));
        QVERIFY(error.contains(QLatin1String("2026")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(int(rows(db.connection()).size()), auditRows);
        acts.removeLast();
        QVERIFY2(ActivityRepository(db.connection()).insertMany(acts, &error), qPrintable(error));
        QVERIFY(acts.at(0).id > 0 && acts.at(1).id > acts.at(0).id);
        const AuditChain::Report report = AuditChain::verify(db.connection());
        QVERIFY2(report.intact, qPrintable(report.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditBatch)
#include "test_audit_batch.moc"
