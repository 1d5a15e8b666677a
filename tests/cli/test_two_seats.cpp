// Two seats on one registry (issue 13, "several seats"): this test program is one clerk, cehours-cli
// child processes are the others, on one database — a throw-away PostgreSQL cluster (test_two_seats_pg)
// or a SQLite file (test_two_seats). No lost update: an edit opened before another seat's change is
// refused and told, nothing overwritten. Imports waiting for the write lock are told who holds it,
// then apply whole; both imports' rows are all there.
#include "TestBackend.h"
#include "TestSupport.h"
#include "domain/Staff.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
QString id(int seq)
{
    return TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1982, 3, 4).addDays(seq / 900), seq % 900 + 1);
}

std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CEHOURS_LANG"), QStringLiteral("en"));
    p->setProcessEnvironment(env);
    p->start(TestSupport::cliPath(), args);
    return p;
}

struct Finished
{
    int exitCode = -1;
    QString err;
};

Finished finish(QProcess &p)
{
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestTwoSeats : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString roster(const QString &name, int from, int to, const QString &dept)
    {
        QString text = QStringLiteral("姓名,身份证号码,部门\n");
        for (int i = from; i < to; ++i)
            text += QStringLiteral("人员%1,%2,%3\n").arg(i).arg(id(i), dept);
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return p;
    }
    QMap<QString, QString> departments(const QString &db)
    {
        const auto r = TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("list-staff"), QStringLiteral("--json")});
        QMap<QString, QString> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out.insert(v.toObject().value(QStringLiteral("idNumber")).toString(), v.toObject().value(QStringLiteral("department")).toString());
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Seat A opened 人员0 (version v); seat B (another process) changed them; A's save is refused.
    void anEditOpenedBeforeAnotherSeatsChangeIsRefusedAndNothingIsOverwritten()
    {
        CEHOURS_FRESH_DATABASE(db, "two-seats-edit");
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("某医院")}).exitCode, 0);
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("one.csv"), 0, 3, QStringLiteral("内科"))}).exitCode, 0);
        Database seatA;
        QVERIFY2(seatA.open(db, Database::Mode::Existing), qPrintable(seatA.errorString()));
        StaffRepository staffA(seatA.connection());
        Staff opened;
        QSqlQuery unit(seatA.connection());
        QVERIFY(unit.exec(QStringLiteral("SELECT id FROM unit")) && unit.next());
        const qint64 unitId = unit.value(0).toLongLong();
        unit.finish(); // no statement left open (on SQLite it would pin an old snapshot)
        QVERIFY(staffA.byIdNumber(unitId, id(0), &opened));
        QVERIFY(opened.version > 0);

        // Seat B: a roster import moves 人员0 to 外科 (a different process, its own connection).
        auto b = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("b.csv"), 0, 1, QStringLiteral("外科"))});
        const Finished fb = finish(*b);
        QVERIFY2(fb.exitCode == 0, qPrintable(fb.err));

        // Seat A saves the form it opened before: refused, told, nothing overwritten.
        Staff edited = opened;
        edited.department = QStringLiteral("儿科");
        QString error;
        QVERIFY(!staffA.update(edited, &error));
        QVERIFY2(staffA.conflicted(), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("changed by someone else")), qPrintable(error));
        QCOMPARE(departments(db).value(id(0)), QStringLiteral("外科"));
        // Reloaded (the clerk chose to see the change), the edit goes through with the new version.
        Staff fresh;
        QVERIFY(staffA.byId(opened.id, &fresh));
        QVERIFY(fresh.version > opened.version);
        fresh.department = QStringLiteral("儿科");
        QVERIFY2(staffA.update(fresh, &error), qPrintable(error));
        QCOMPARE(departments(db).value(id(0)), QStringLiteral("儿科"));
    }

    // Seat A holds the write lock; two imports (seats B and C) start meanwhile: both wait, are told who
    // holds it, then each applies whole.
    void twoImportsWaitingForTheWriteLockAreToldWhoHoldsItAndApplyWhole()
    {
        CEHOURS_FRESH_DATABASE(db, "two-seats-import");
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("某医院")}).exitCode, 0);
        const int n = 2000;
        const QString first = roster(QStringLiteral("first.csv"), 0, n, QStringLiteral("甲"));
        const QString second = roster(QStringLiteral("second.csv"), n, 2 * n, QStringLiteral("乙"));
        Database holder;
        QVERIFY2(holder.open(db, Database::Mode::Existing), qPrintable(holder.errorString()));
        AuditLog::setOperatorName(QStringLiteral("李会计"));
        Transaction::setActivity(QStringLiteral("year submission 2025"));
        auto tx = std::make_unique<Transaction>(holder.connection());
        QVERIFY2(tx->isActive(), qPrintable(tx->errorString()));
        QElapsedTimer timer;
        timer.start();
        auto b = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), first});
        auto c = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), second});
        // Both are still waiting: the lock is held, nothing of theirs is in. (SQLite reports the holder
        // after its 5 s busy timeout; PostgreSQL at once.)
        const int holdMs = TestBackend::isPostgres() ? 3000 : 7000;
        QVERIFY(!b->waitForFinished(holdMs));
        QVERIFY(c->state() != QProcess::NotRunning);
        {
            QSqlQuery q(holder.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(tx->commit());
        tx.reset();
        const Finished fb = finish(*b);
        const Finished fc = finish(*c);
        QVERIFY2(fb.exitCode == 0, qPrintable(fb.err));
        QVERIFY2(fc.exitCode == 0, qPrintable(fc.err));
        QVERIFY(timer.elapsed() >= holdMs);
        for (const Finished &f : {fb, fc})
            QVERIFY2(f.err.contains(QLatin1String("Waiting for the database")) && f.err.contains(QStringLiteral("李会计"))
                         && f.err.contains(QLatin1String("year submission 2025")),
                     qPrintable(f.err));
        const QMap<QString, QString> now = departments(db);
        QCOMPARE(now.size(), 2 * n);
        QCOMPARE(int(std::count(now.cbegin(), now.cend(), QStringLiteral("甲"))), n);
        QCOMPARE(int(std::count(now.cbegin(), now.cend(), QStringLiteral("乙"))), n);
    }
};

QTEST_GUILESS_MAIN(TestTwoSeats)
#include "test_two_seats.moc"
