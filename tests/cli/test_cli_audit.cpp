// cehours-cli audit verify / evidence verify / --operator, on registries tampered with raw SQL.
// Runs on both backends (test_cli_audit_pg); the evidence files' checks are SQLite only for now.
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestCliAudit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A registry with one person, a training with evidence, and 2025 submitted. Returns its path.
    QString makeRegistry(EvidenceStore::Item *evidence = nullptr)
    {
        ++m_n;
        const QString path = TestBackend::freshLocation(QStringLiteral("reg"), nullptr);
        Database db;
        if (!db.open(path))
            return {};
        Unit u;
        u.name = QStringLiteral("某单位");
        u.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        UnitRepository(db.connection()).save(u, &error);
        Staff s;
        s.unitId = u.id;
        s.name = QStringLiteral("甲");
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 1, 1), 11);
        StaffRepository(db.connection()).insert(s, &error);
        Activity a;
        a.staffId = s.id;
        a.year = 2025;
        a.kind = QStringLiteral("training");
        a.title = QStringLiteral("培训");
        a.params = {{QStringLiteral("days"), 2}};
        if (!ActivityRepository(db.connection()).insert(a, &error))
            qWarning() << "activity" << error;
        const QString file = m_dir.filePath(QStringLiteral("cert%1.pdf").arg(m_n));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF certificate " + QByteArray::number(m_n));
        f.close();
        EvidenceStore(db.connection(), db.evidenceDir()).add(a.id, file, evidence, &error);
        if (!YearLockRepository(db.connection()).submit(s.id, 2025, &error))
            qWarning() << "submit" << error;
        return path;
    }

    static bool sql(const QString &path, const QString &statement)
    {
        Database db;
        if (!db.open(path))
            return false;
        QSqlQuery q(db.connection());
        return q.exec(statement);
    }

private slots:
    void initTestCase()
    {
        CEHOURS_FRESH_DATABASE(where, "probe"); // skips (or fails) the whole test when the backend is missing
        QVERIFY(!where.isEmpty());
    }

    void intactRegistryVerifies()
    {
        const QString db = makeRegistry();
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("chain intact")) && r.out.contains(QLatin1String("all as declared")), qPrintable(r.out));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        // Both backends keep the evidence (files beside SQLite, evidence_content on PostgreSQL).
        QVERIFY2(r.out.contains(QLatin1String("1 stored file(s) checked, 0 problem(s)")), qPrintable(r.out));
    }

    void editedAuditRowIsExit2()
    {
        const QString db = makeRegistry();
        QVERIFY(sql(db, QStringLiteral("UPDATE audit_log SET action = 'update' WHERE id = 2")));
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QLatin1String("BROKEN at row 2")), qPrintable(r.out));
    }

    void sqlUnlockAndActivityEditAreExit2()
    {
        const QString db = makeRegistry();
        QVERIFY(sql(db, QStringLiteral("UPDATE year_declaration SET locked = 0")));
        QVERIFY(sql(db, QStringLiteral("UPDATE activity SET params = '{\"days\":15}'")));
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("unlocked without an audit record")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("was changed after the submission")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("甲")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("chain intact")));
    }

    void alteredAndMissingEvidenceInTheDatabaseAreExit2()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only: the evidence_content rows (the files beside SQLite: the next test)");
        EvidenceStore::Item item;
        const QString db = makeRegistry(&item);
        QVERIFY(sql(db, QStringLiteral("UPDATE evidence_content SET data = 'forged'::bytea WHERE sha256 = '%1'").arg(item.sha256)));
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(QStringLiteral("altered\t%1").arg(item.sha256)), qPrintable(r.out));
        QVERIFY(sql(db, QStringLiteral("DELETE FROM evidence_content WHERE sha256 = '%1'").arg(item.sha256)));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(QStringLiteral("missing\t%1").arg(item.sha256)), qPrintable(r.out));
    }

    void alteredAndMissingEvidenceAreExit2()
    {
        CEHOURS_SQLITE_ONLY("evidence files in the folder beside the database");
        EvidenceStore::Item item;
        const QString db = makeRegistry(&item);
        const QString stored = QFileInfo(db).absolutePath()
            + QStringLiteral("/%1-evidence/%2/%3").arg(QFileInfo(db).completeBaseName(), item.sha256.left(2), item.sha256);
        QVERIFY(QFile::exists(stored));
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("forged");
        }
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(QStringLiteral("altered\t%1").arg(item.sha256)), qPrintable(r.out));
        QVERIFY(QFile::remove(stored));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.startsWith(QStringLiteral("missing\t%1").arg(item.sha256)), qPrintable(r.out));
        QVERIFY(!QFile::exists(stored)); // the check does not restore or create anything
    }

    // U+FFFE in a cell used to be imported; SQLite reads it back as U+FFFD, so the stored name
    // differed from the file and `audit verify` reported the import's own audit row as changed.
    void nonCharacterInRosterIsRefused()
    {
        CEHOURS_FRESH_DATABASE(path, "nonchar");
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
        const QString roster = m_dir.filePath(QStringLiteral("nonchar.csv"));
        QFile f(roster);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString id = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 1, 1), 12);
        f.write((QStringLiteral("身份证号码,姓名,部门\r\n") + id + QStringLiteral(",王") + QChar(0xFFFE)
                 + QStringLiteral("芳,内科\r\n")).toUtf8());
        f.close();
        const TestSupport::CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("import-staff"), roster});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("row 2, column B")) && r.err.contains(QStringLiteral("U+FFFE")), qPrintable(r.err));
        const TestSupport::CliRun list = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
        QVERIFY2(!list.out.contains(id), qPrintable(list.out));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void missingDatabaseIsNotCreated()
    {
        CEHOURS_SQLITE_ONLY("a file that is not there");
        const QString db = m_dir.filePath(QStringLiteral("typo.sqlite"));
        for (const char *cmd : {"audit", "evidence"}) {
            const auto r = runCli({QStringLiteral("--db"), db, QLatin1String(cmd), QStringLiteral("verify")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QLatin1String("No database")));
        }
        QVERIFY(!QFile::exists(db));
        QCOMPARE(runCli({QStringLiteral("--db"), makeRegistry(), QStringLiteral("audit")}).exitCode, 2);
    }

    void operatorOptionAndEnvironment()
    {
        CEHOURS_FRESH_DATABASE(db, "op");
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("某单位")}).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("staff.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,身份证号码\n甲,%1\n").arg(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 21)).toUtf8());
        f.close();
        qputenv("USER", "pcuser");
        qputenv("USERNAME", "");
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("李四"), QStringLiteral("import-staff"), csv});
        QCOMPARE(r.exitCode, 0);
        qputenv("CEHOURS_OPERATOR", "王五");
        QFile g(csv);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral("姓名,身份证号码,部门\n甲,%1,二部\n").arg(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 21)).toUtf8());
        g.close();
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), csv});
        qunsetenv("CEHOURS_OPERATOR");
        QCOMPARE(r.exitCode, 0);
        Database d;
        QVERIFY(d.open(db));
        const auto log = AuditLog::entries(d.connection(), QStringLiteral("staff"));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).operatorName, QStringLiteral("李四"));
        QCOMPARE(log.at(0).osUser, QStringLiteral("pcuser"));
        QCOMPARE(log.at(1).operatorName, QStringLiteral("王五"));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
