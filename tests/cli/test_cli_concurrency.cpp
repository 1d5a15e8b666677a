// Two cehours-cli processes on one database at once (two clerks, one shared folder).
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
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
    return TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1981, 2, 3).addDays(seq / 900), seq % 900 + 1);
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

class TestCliConcurrency : public QObject
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
    // Before: 18 of 20 rounds had one fail with "schema upgrade step 1 failed: table unit already exists".
    void twentyConcurrentFirstOpens()
    {
        for (int round = 0; round < 20; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("first-%1/cehours.sqlite").arg(round));
            auto a = startCli({QStringLiteral("--db"), db, QStringLiteral("init")});
            auto b = startCli({QStringLiteral("--db"), db, QStringLiteral("init")});
            const Finished fa = finish(*a);
            const Finished fb = finish(*b);
            QVERIFY2(fa.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(fa.err)));
            QVERIFY2(fb.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(fb.err)));
            Database opened;
            QVERIFY(opened.open(db, Database::Mode::ReadOnly));
            QCOMPARE(opened.schemaVersion(), SchemaMigrator::latestVersion());
            QSqlQuery q(opened.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM unit")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // one default unit, not one per process
        }
    }

    // Before: one of the two failed in every round after 0.66 s ("database is locked").
    void twoConcurrentReimportsOfDifferentHalves()
    {
        const QString db = m_dir.filePath(QStringLiteral("halves.sqlite"));
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const int n = 3000;
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("all.csv"), 0, n, QStringLiteral("原部门"))}).exitCode, 0);
        for (int round = 0; round < 3; ++round) {
            const QString deptA = QStringLiteral("甲%1").arg(round);
            const QString deptB = QStringLiteral("乙%1").arg(round);
            const QString first = roster(QStringLiteral("a%1.csv").arg(round), 0, n / 2, deptA);
            const QString second = roster(QStringLiteral("b%1.csv").arg(round), n / 2, n, deptB);
            auto a = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), first});
            auto b = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), second});
            const Finished fa = finish(*a);
            const Finished fb = finish(*b);
            QVERIFY2(fa.exitCode == 0, qPrintable(fa.err));
            QVERIFY2(fb.exitCode == 0, qPrintable(fb.err));
            const QMap<QString, QString> now = departments(db);
            QCOMPARE(now.size(), n);
            QCOMPARE(now.value(id(0)), deptA);
            QCOMPARE(now.value(id(n / 2 - 1)), deptA);
            QCOMPARE(now.value(id(n / 2)), deptB);
            QCOMPARE(now.value(id(n - 1)), deptB);
            QCOMPARE(int(std::count(now.cbegin(), now.cend(), deptA)), n / 2);
        }
    }

    // Before: a writer kept waiting longer than the 5 s busy timeout failed ("database is locked").
    void aWriterWaitsForALongOneAndSaysWhoHoldsTheLock()
    {
        const QString db = m_dir.filePath(QStringLiteral("long.sqlite"));
        QCOMPARE(TestSupport::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QString file = roster(QStringLiteral("late.csv"), 0, 50, QStringLiteral("后来"));
        Database holder;
        QVERIFY(holder.open(db, Database::Mode::Existing));
        AuditLog::setOperatorName(QStringLiteral("李会计"));
        Transaction::setActivity(QStringLiteral("import of 100000 people"));
        auto tx = std::make_unique<Transaction>(holder.connection());
        QVERIFY(tx->isActive());
        QElapsedTimer timer;
        timer.start();
        auto late = startCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), file});
        // Hold the lock well past SQLite's 5 s busy timeout.
        QVERIFY(!late->waitForFinished(7500));
        tx->commit();
        tx.reset();
        const Finished f = finish(*late);
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY(timer.elapsed() >= 7500);
        QVERIFY2(f.err.contains(QLatin1String("Waiting for the database")) && f.err.contains(QStringLiteral("李会计"))
                     && f.err.contains(QLatin1String("import of 100000 people")),
                 qPrintable(f.err));
        QCOMPARE(departments(db).size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "test_cli_concurrency.moc"
