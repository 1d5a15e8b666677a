// The database file: nothing is created or touched by a refused open, other files are refused,
// damage is detected, read-only opens never write, connections close cleanly.
#include "TestSupport.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList s_messages;
void collect(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    s_messages << msg;
}

// A CE Hours database with n people, in rollback-journal mode (so that any switch to WAL changes the file).
void makeDatabase(const QString &path, int people)
{
    Database db;
    QVERIFY2(db.open(path, Database::Mode::Create), qPrintable(db.errorString()));
    QString error;
    const qint64 unit = UnitRepository(db.connection()).ensureDefault(&error);
    QList<Staff> add;
    for (int i = 0; i < people; ++i) {
        Staff s;
        s.unitId = unit;
        s.name = QStringLiteral("人员%1").arg(i);
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(i / 900), i % 900 + 1);
        s.department = QStringLiteral("部门%1").arg(i % 17);
        QVERIFY2(StaffRepository::prepare(s, &error), qPrintable(error));
        add << s;
    }
    QVERIFY2(StaffRepository(db.connection()).applyBatch(add, {}, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
}
} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/cehours.sqlite"));
        for (Database::Mode mode : {Database::Mode::Existing, Database::Mode::ReadOnly}) {
            Database db;
            QVERIFY(!db.open(path, mode));
            QCOMPARE(db.failure(), Database::Failure::Missing);
            QVERIFY2(db.errorString().contains(path) && db.errorString().contains(QLatin1String("init")), qPrintable(db.errorString()));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        Database db;
        QVERIFY2(db.open(path, Database::Mode::Create), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    }

    void emptyFileIsNotADatabaseUnlessCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile(path).open(QIODevice::WriteOnly);
        Database db;
        QVERIFY(!db.open(path, Database::Mode::Existing));
        QCOMPARE(db.failure(), Database::Failure::NotOurs);
        QVERIFY2(db.errorString().contains(QLatin1String("0 bytes")), qPrintable(db.errorString()));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(db.open(path, Database::Mode::Create));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    }

    void otherProgramsFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoices.sqlite"));
        {
            Database raw;
            QVERIFY(raw.openRaw(path));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")));
        }
        const QByteArray before = digest(path);
        for (Database::Mode mode : {Database::Mode::Create, Database::Mode::Existing, Database::Mode::ReadOnly}) {
            Database db;
            QVERIFY(!db.open(path, mode));
            QCOMPARE(db.failure(), Database::Failure::NotOurs);
            QVERIFY2(db.errorString().contains(QLatin1String("invoices")), qPrintable(db.errorString()));
        }
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void newerDatabaseIsRefusedBeforeAnythingIsTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeDatabase(path, 3);
        {
            Database raw;
            QVERIFY(raw.openRaw(path));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            const QString sql = QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1); // no binds in PRAGMAs
            QVERIFY(q.exec(sql));
        }
        const QByteArray before = digest(path);
        Database db;
        QVERIFY(!db.open(path, Database::Mode::Existing));
        QCOMPARE(db.failure(), Database::Failure::TooNew);
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
        QCOMPARE(digest(path), before); // the journal mode was not switched to WAL
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
    }

    void olderCeHoursFileIsRecognisedAndGetsTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database raw;
            QVERIFY(raw.openRaw(path));
            QString error;
            QVERIFY(SchemaMigrator::migrate(raw.connection(), &error, 3));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        Database db;
        QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
        // The upgrade was preceded by a backup of the old file.
        const QList<BackupManager::Info> backups = BackupManager(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, QStringLiteral("before-upgrade-v3"));
        int version = 0;
        QVERIFY(BackupManager::verify(backups.first().path, &version, nullptr));
        QCOMPARE(version, 3);
    }

    void readOnlyOpenNeverWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        makeDatabase(path, 5);
        const QByteArray before = digest(path);
        {
            Database db;
            QVERIFY2(db.open(path, Database::Mode::ReadOnly), qPrintable(db.errorString()));
            QVERIFY(db.isReadOnly());
            Unit unit;
            QVERIFY(UnitRepository(db.connection()).first(&unit));
            QCOMPARE(StaffRepository(db.connection()).list(unit.id).size(), 5);
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM staff")));
        }
        QCOMPARE(digest(path), before);
    }

    void damagedFileIsRefusedNamingTheLatestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        makeDatabase(path, 3000);
        QString backup;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Existing));
            QString error;
            QVERIFY2(BackupManager(path).backup(db.connection(), QStringLiteral("manual"), &backup, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        // Scribble over some pages in the middle of the staff table.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 20);
        for (qint64 p = pages / 2; p < pages / 2 + 3; ++p) {
            f.seek(p * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        f.close();
        const QByteArray before = digest(path);
        Database db;
        QVERIFY(!db.open(path, Database::Mode::Existing));
        QCOMPARE(db.failure(), Database::Failure::Damaged);
        QVERIFY2(db.errorString().contains(QFileInfo(backup).fileName()), qPrintable(db.errorString()));
        QCOMPARE(digest(path), before);
    }

    void failedOpensLeaveNoConnectionInUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        s_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        {
            Database db;
            QVERIFY(!db.open(path, Database::Mode::Existing));
            QVERIFY(!db.openRaw(path));
            Database other;
            QVERIFY(!other.open(dir.filePath(QStringLiteral("missing.sqlite")), Database::Mode::ReadOnly));
        }
        qInstallMessageHandler(previous);
        QVERIFY2(s_messages.filter(QStringLiteral("still in use")).isEmpty(), qPrintable(s_messages.join(QLatin1Char('\n'))));
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "test_database_file.moc"
