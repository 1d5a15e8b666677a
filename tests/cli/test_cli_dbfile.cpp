// cehours-cli and the database file: a missing or foreign file is never created or changed, commands that
// only read never write, a read-only file can be listed, backup / backups / restore / check.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using TestSupport::runCli;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
QString id(int seq)
{
    return TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1979, 11, 3).addDays(seq / 900), seq % 900 + 1);
}
} // namespace

class TestCliDbFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QString &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return p;
    }
    QString roster(const QString &name, int from, int to, const QString &dept)
    {
        QString text = QStringLiteral("姓名,身份证号码,部门\n");
        for (int i = from; i < to; ++i)
            text += QStringLiteral("人员%1,%2,%3\n").arg(i).arg(id(i), dept);
        return write(name, text);
    }
    QString initDb(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--rules"), QStringLiteral("jiangsu-2023")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return db;
    }

    // A copy of db with three leaf pages of table overwritten (found through dbstat); empty without dbstat.
    QString damagedCopy(const QString &db, const QString &table)
    {
        const QString copy = m_dir.filePath(table + QStringLiteral("-damaged.sqlite"));
        QFile::remove(copy);
        if (!QFile::copy(db, copy))
            return QString();
        QList<qint64> pages;
        {
            Database raw;
            if (!raw.openRaw(copy))
                return QString();
            QSqlQuery q(raw.connection());
            q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"));
            q.addBindValue(table);
            if (!q.exec())
                return QString();
            while (q.next())
                pages << q.value(0).toLongLong();
        }
        if (pages.size() < 6)
            return QString();
        QFile f(copy);
        if (!f.open(QIODevice::ReadWrite) || f.read(20).at(18) != char(2)) // still a WAL file
            return QString();
        for (int i = 0; i < 3; ++i) {
            f.seek((pages.at(pages.size() / 2 + i) - 1) * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        return copy;
    }

private slots:
    void missingDatabaseIsNeverCreated()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mistyped"));
        const QString db = folder + QStringLiteral("/cehours.sqlite");
        const QString good = roster(QStringLiteral("good.csv"), 1, 3, QStringLiteral("一车间"));
        const QString bad = write(QStringLiteral("bad.csv"), QStringLiteral("姓名,身份证号码\n甲,123\n"));
        const QList<QStringList> commands = {
            {QStringLiteral("list-staff")},
            {QStringLiteral("import-staff"), good, QStringLiteral("--dry-run")},
            {QStringLiteral("import-staff"), good},
            {QStringLiteral("import-staff"), bad},
            {QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
             QStringLiteral("jiangsu-2023"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv"))},
            {QStringLiteral("backup")},
            {QStringLiteral("check")},
        };
        for (const QStringList &command : commands) {
            const auto r = runCli(QStringList{QStringLiteral("--db"), db} + command);
            QVERIFY2(r.exitCode == 2, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(db) && r.err.contains(QLatin1String("init")), qPrintable(r.err));
            QVERIFY2(!QFileInfo::exists(folder), qPrintable(command.join(QLatin1Char(' '))));
        }
    }

    void refusedOrDryRunImportCreatesNoUnit()
    {
        // A database without a unit yet (created by the app, setup not finished).
        const QString db = m_dir.filePath(QStringLiteral("nounit.sqlite"));
        {
            Database created;
            QVERIFY(created.open(db, Database::Mode::Create));
        }
        const QString bad = write(QStringLiteral("bad2.csv"), QStringLiteral("姓名,身份证号码\n甲,123\n"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), bad}).exitCode, 2);
        const QString good = roster(QStringLiteral("good2.csv"), 1, 3, QStringLiteral("一车间"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), good, QStringLiteral("--dry-run")}).exitCode, 0);
        {
            Database opened;
            QVERIFY(opened.open(db, Database::Mode::ReadOnly));
            Unit unit;
            QVERIFY(!UnitRepository(opened.connection()).first(&unit));
        }
        const auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), good});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("2 added")), qPrintable(r.out));
    }

    void readingCommandsNeverWriteTheFile()
    {
        const QString db = initDb(QStringLiteral("reading.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("r.csv"), 1, 6, QStringLiteral("二车间"))}).exitCode, 0);
        {
            Database raw;
            QVERIFY(raw.openRaw(db));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))); // any WAL switch would change the file
        }
        const QByteArray before = digest(db);
        for (const QStringList &command : QList<QStringList>{{QStringLiteral("list-staff")},
                                                             {QStringLiteral("list-staff"), QStringLiteral("--json")},
                                                             {QStringLiteral("import-staff"), roster(QStringLiteral("r2.csv"), 1, 9, QStringLiteral("三车间")),
                                                              QStringLiteral("--dry-run")},
                                                             {QStringLiteral("check"), QStringLiteral("--full")},
                                                             {QStringLiteral("backups")}}) {
            const auto r = runCli(QStringList{QStringLiteral("--db"), db} + command);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(digest(db) == before, qPrintable(command.join(QLatin1Char(' '))));
        }
    }

    void readOnlyFileCanBeListedAndBackedUp()
    {
        if (geteuid() != 0 || !QFileInfo::exists(QStringLiteral("/usr/bin/setpriv")))
            QSKIP("needs root and setpriv to run the CLI as another user");
        QTemporaryDir shared;
        QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7777));
        const QString db = shared.filePath(QStringLiteral("ro.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("ro.csv"), 1, 4, QStringLiteral("四车间"))}).exitCode, 0);
        {
            // Rollback-journal mode: opening it for writing would switch it to WAL, a write this user cannot do.
            Database raw;
            QVERIFY(raw.openRaw(db));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        const QString csv = roster(QStringLiteral("ro2.csv"), 1, 5, QStringLiteral("五车间"));
        QFile::setPermissions(csv, QFileDevice::Permissions(0x4444));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto asNobody = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), shared.path());
            env.insert(QStringLiteral("CEHOURS_LANG"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("/usr/bin/setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                    QStringLiteral("--clear-groups"), TestSupport::cliPath(),
                                                                    QStringLiteral("--db"), db} + args);
            p.waitForFinished(60000);
            return TestSupport::CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        };
        auto r = asNobody({QStringLiteral("list-staff"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        r = asNobody({QStringLiteral("backup")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = asNobody({QStringLiteral("import-staff"), csv});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7700));
    }

    void foreignAndEmptyFilesAreRefused()
    {
        const QString empty = write(QStringLiteral("empty.sqlite"), QString());
        auto r = runCli({QStringLiteral("--db"), empty, QStringLiteral("list-staff")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("0 bytes")), qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        const QString invoices = m_dir.filePath(QStringLiteral("invoices.sqlite"));
        {
            Database raw;
            QVERIFY(raw.openRaw(invoices));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
        }
        const QByteArray before = digest(invoices);
        for (const char *command : {"init", "list-staff"}) {
            r = runCli({QStringLiteral("--db"), invoices, QLatin1String(command)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("invoices")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("still in use")), qPrintable(r.err));
        }
        QCOMPARE(digest(invoices), before);
        // init on the empty file is asked for: it becomes a database.
        r = runCli({QStringLiteral("--db"), empty, QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void backupListRestoreAndCheck()
    {
        const QString db = initDb(QStringLiteral("cycle.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("c1.csv"), 1, 4, QStringLiteral("一车间"))}).exitCode, 0);
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("backup")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("backups"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QString backup = list.first().toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(list.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("c2.csv"), 4, 8, QStringLiteral("一车间"))}).exitCode, 0);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("before-restore")), qPrintable(r.out));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("list-staff"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), m_dir.filePath(QStringLiteral("c1.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("nothing was changed")), qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--full")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("no damage")), qPrintable(r.out + r.err));
    }

    void damagedDatabaseIsCheckedAndRefused()
    {
        const QString db = initDb(QStringLiteral("damaged.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("d.csv"), 1, 2500, QStringLiteral("维修车间"))}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode, 0);
        {
            Database raw;
            QVERIFY(raw.openRaw(db));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        for (qint64 p = pages / 2; p < pages / 2 + 3; ++p) {
            f.seek(p * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        f.close();
        const QByteArray before = digest(db);
        auto r = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("damaged")) && r.err.contains(QLatin1String("Latest backup")), qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("import-staff"), roster(QStringLiteral("d2.csv"), 1, 2500, QStringLiteral("装配车间"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("damaged")) && r.err.contains(QLatin1String("restore")), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }

    // A file already in WAL mode at the current schema: the commands that check alongside their work
    // (OverlappedCheck) still refuse it as a sequential check did — same message and exit code, no
    // output printed or written, the file unchanged. Damage in a table a command reads refuses every
    // command; damage only in the audit log (which only `audit verify` reads) refuses every write, while
    // the commands that only read go on.
    void damagedWalFileIsRefusedByCommandsCheckedAlongside()
    {
        const QString sound = initDb(QStringLiteral("damaged-wal.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), sound, QStringLiteral("import-staff"), roster(QStringLiteral("w.csv"), 1, 2500, QStringLiteral("维修车间"))}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), sound, QStringLiteral("backup")}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(sound + QStringLiteral("-wal"))); // checkpointed: the file alone is the database
        const QString inStaff = damagedCopy(sound, QStringLiteral("staff"));
        const QString inAuditCurrent = damagedCopy(sound, QStringLiteral("audit_log"));
        if (inStaff.isEmpty() || inAuditCurrent.isEmpty())
            QSKIP("this SQLite has no dbstat table to find a table's pages");
        // rec15: a recompute that finds every stored verdict current writes nothing and is checked like a
        // read; one that must change a verdict (a row for a person-year without activities) is refused.
        const QString current = m_dir.filePath(QStringLiteral("audit-damaged-current.sqlite"));
        QFile::remove(current);
        QVERIFY(QFile::rename(inAuditCurrent, current));
        {
            Database raw;
            QVERIFY(raw.openRaw(sound));
            QSqlQuery q(raw.connection());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO person_year_verdict (staff_id, year, rule_set, fingerprint, public_hours, professional_hours, "
                                           "total_hours, full_year, compliant, shortfall_total, shortfall_public, shortfall_professional) "
                                           "SELECT MIN(id), 2031, 'anhui-2025', 'x', 0, 0, 0, 1, 0, 90, 0, 0 FROM staff")),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!QFileInfo::exists(sound + QStringLiteral("-wal")));
        const QString inAudit = damagedCopy(sound, QStringLiteral("audit_log"));
        QVERIFY(!inAudit.isEmpty());
        const QString xlsx = m_dir.filePath(QStringLiteral("damaged-out.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("damaged-out.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("damaged-out.pdf"));
        const QList<QStringList> reads = {
            {QStringLiteral("list-staff")},
            {QStringLiteral("compliance"), QStringLiteral("--year"), QStringLiteral("2025")},
            {QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"), QStringLiteral("jiangsu-2023"),
             QStringLiteral("--out"), xlsx},
            {QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"), QStringLiteral("jiangsu-2023"),
             QStringLiteral("--out"), csv},
            {QStringLiteral("print"), QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--pdf"), pdf},
            {QStringLiteral("import-staff"), roster(QStringLiteral("w3.csv"), 2500, 2600, QStringLiteral("装配车间")), QStringLiteral("--dry-run")},
        };
        const QList<QStringList> writes = {
            {QStringLiteral("import-staff"), roster(QStringLiteral("w2.csv"), 2500, 2600, QStringLiteral("装配车间"))},
            {QStringLiteral("recompute")},
        };
        auto refused = [&](const QString &db, const QStringList &command) {
            const QByteArray before = digest(db);
            const auto r = runCli(QStringList{QStringLiteral("--db"), db} + command);
            const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.out + r.err;
            QVERIFY2(r.exitCode == 2, qPrintable(what));
            QVERIFY2(r.err.contains(QLatin1String("is damaged and was not changed")), qPrintable(what));
            QVERIFY2(r.out.isEmpty(), qPrintable(what));
            QVERIFY2(!QFileInfo::exists(xlsx) && !QFileInfo::exists(csv) && !QFileInfo::exists(pdf), qPrintable(what));
            QVERIFY2(digest(db) == before, qPrintable(what));
        };
        for (const QStringList &command : reads + writes) {
            refused(inStaff, command);
            if (QTest::currentTestFailed())
                return;
        }
        for (const QStringList &command : writes) {
            refused(inAudit, command);
            if (QTest::currentTestFailed())
                return;
        }
        const QByteArray before = digest(inAudit);
        for (const QStringList &command : reads) {
            const auto r = runCli(QStringList{QStringLiteral("--db"), inAudit} + command);
            QVERIFY2(r.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(digest(inAudit) == before, qPrintable(command.join(QLatin1Char(' '))));
        }
        QVERIFY(QFileInfo::exists(xlsx) && QFileInfo::exists(csv) && QFileInfo::exists(pdf));
        const QByteArray unchanged = digest(current);
        const auto recomputed = runCli({QStringLiteral("--db"), current, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("recompute")});
        QVERIFY2(recomputed.exitCode == 0 && recomputed.out.contains(QLatin1String("Recomputed")), qPrintable(recomputed.out + recomputed.err));
        QVERIFY(digest(current) == unchanged);
        const auto check = runCli({QStringLiteral("--db"), inAudit, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 2 && check.err.contains(QLatin1String("damaged")), qPrintable(check.err)); // `check` checks it all
    }
};

QTEST_GUILESS_MAIN(TestCliDbFile)
#include "test_cli_dbfile.moc"
