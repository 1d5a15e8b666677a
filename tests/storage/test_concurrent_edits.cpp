// Two connections to one file behave like two clerks: write transactions take the lock at BEGIN,
// a waiting writer learns who holds it, and a row changed since it was read is not overwritten.
// Runs on both backends (test_concurrent_edits_pg: two sessions on one PostgreSQL database).
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/WriteLockNote.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestConcurrentEdits : public QObject
{
    Q_OBJECT
private:
    QString m_where;
    QString path() const { return m_where; }
    Database m_a;
    Database m_b;
    qint64 m_unit = 0;

private slots:
    void initTestCase()
    {
        AuditLog::setOperatorName(QStringLiteral("王会计"));
        CEHOURS_FRESH_DATABASE(where, "shared");
        m_where = where;
        QVERIFY2(m_a.open(path(), Database::Mode::Create), qPrintable(m_a.errorString()));
        QVERIFY2(m_b.open(path(), Database::Mode::Existing), qPrintable(m_b.errorString()));
        QString error;
        m_unit = UnitRepository(m_a.connection()).ensureDefault(&error);
        QVERIFY(m_unit);
    }

    void writeTransactionsTakeTheLockAtBegin()
    {
        Transaction first(m_a.connection());
        QVERIFY(first.isActive());
        // Only reads so far; with a deferred BEGIN the second writer would start too and one of them
        // would fail later, half-way through its writes.
        QSqlQuery q(m_a.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")));
        q.finish();
        Transaction::setMaxWaitSeconds(0);
        QStringList reports;
        Transaction::setWaitHandler([&reports](const QString &holder, int) {
            reports << holder;
            return true;
        });
        QElapsedTimer timer;
        timer.start();
        Transaction second(m_b.connection());
        Transaction::setWaitHandler({});
        Transaction::setMaxWaitSeconds(-1);
        QVERIFY(!second.isActive());
        QVERIFY2(second.errorString().contains(QStringLiteral("王会计")), qPrintable(second.errorString()));
        QVERIFY2(second.errorString().contains(Transaction::activity()), qPrintable(second.errorString()));
        if (!TestBackend::isPostgres())
            QVERIFY(timer.elapsed() >= 4000); // SQLite's busy timeout waited first
        QVERIFY(first.commit());
        if (!TestBackend::isPostgres())
            QVERIFY(!QFileInfo::exists(WriteLockNote::notePath(m_a.path())));
    }

    void aWaitingWriterKeepsWaitingAndReportsTheHolder()
    {
        auto *holder = new Transaction(m_a.connection());
        QVERIFY(holder->isActive());
        QStringList reports;
        int calls = 0;
        Transaction::setWaitHandler([&](const QString &who, int) {
            reports << who;
            // The other clerk finishes while this one waits.
            if (++calls == 1) {
                holder->commit();
                delete holder;
                holder = nullptr;
            }
            return true;
        });
        Transaction waiting(m_b.connection());
        Transaction::setWaitHandler({});
        QVERIFY2(waiting.isActive(), qPrintable(waiting.errorString()));
        QCOMPARE(calls, 1);
        QVERIFY2(reports.first().contains(QStringLiteral("王会计")), qPrintable(reports.join(QLatin1Char('|'))));
        QVERIFY(waiting.commit());
    }

    void staffChangedElsewhereIsNotOverwritten()
    {
        StaffRepository a(m_a.connection());
        StaffRepository b(m_b.connection());
        Staff s;
        s.unitId = m_unit;
        s.name = QStringLiteral("张三");
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 3, 2), 11);
        QString error;
        QVERIFY2(a.insert(s, &error), qPrintable(error));
        Staff inA;
        Staff inB;
        QVERIFY(a.byId(s.id, &inA));
        QVERIFY(b.byId(s.id, &inB));
        QCOMPARE(inA.version, 1);
        inB.department = QStringLiteral("财务部");
        QVERIFY2(b.update(inB, &error), qPrintable(error));
        inA.department = QStringLiteral("工程部");
        QVERIFY(!a.update(inA, &error));
        QVERIFY(a.conflicted());
        QVERIFY2(error.contains(QLatin1String("changed by someone else")), qPrintable(error));
        Staff now;
        QVERIFY(a.byId(s.id, &now));
        QCOMPARE(now.department, QStringLiteral("财务部"));
        QCOMPARE(now.version, 2);
        // Overwriting on purpose: with the version just read.
        inA.version = now.version;
        QVERIFY2(a.update(inA, &error), qPrintable(error));
        QVERIFY(!a.conflicted());
        QVERIFY(a.byId(s.id, &now));
        QCOMPARE(now.department, QStringLiteral("工程部"));
        QCOMPARE(now.version, 3);
    }

    void activityChangedElsewhereIsNotOverwritten()
    {
        Staff s;
        QVERIFY(StaffRepository(m_a.connection()).byIdNumber(m_unit, TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 3, 2), 11), &s));
        ActivityRepository a(m_a.connection());
        ActivityRepository b(m_b.connection());
        Activity act;
        act.staffId = s.id;
        act.year = 2025;
        act.kind = QStringLiteral("training");
        act.title = QStringLiteral("安全培训");
        QString error;
        QVERIFY2(a.insert(act, &error), qPrintable(error));
        Activity inA;
        Activity inB;
        QVERIFY(a.byId(act.id, &inA));
        QVERIFY(b.byId(act.id, &inB));
        QCOMPARE(inA.version, 1);
        QCOMPARE(a.list(s.id).first().version, 1);
        inB.title = QStringLiteral("安全培训（复训）");
        QVERIFY2(b.update(inB, &error), qPrintable(error));
        inA.title = QStringLiteral("消防培训");
        QVERIFY(!a.update(inA, &error));
        QVERIFY(a.conflicted());
        QVERIFY2(error.contains(QLatin1String("changed by someone else")), qPrintable(error));
        Activity now;
        QVERIFY(a.byId(act.id, &now));
        QCOMPARE(now.title, QStringLiteral("安全培训（复训）"));
        QCOMPARE(now.version, 2);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "test_concurrent_edits.moc"
