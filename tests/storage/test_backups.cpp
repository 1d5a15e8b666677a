// Backups (VACUUM INTO into backups/, evidence in a shared pool) and restore (checked first, atomic).
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestBackups : public QObject
{
    Q_OBJECT
private:
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::LocalTime)};

    static int staffCount(const QString &path)
    {
        Database db;
        if (!db.open(path, Database::Mode::ReadOnly))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next() ? q.value(0).toInt() : -1;
    }
    static void addPerson(Database &db, int seq, qint64 *staffId = nullptr)
    {
        QString error;
        Staff s;
        s.unitId = UnitRepository(db.connection()).ensureDefault(&error);
        s.name = QStringLiteral("人员%1").arg(seq);
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1986, 7, 1), seq);
        QVERIFY2(StaffRepository(db.connection()).insert(s, &error), qPrintable(error));
        if (staffId)
            *staffId = s.id;
    }

private slots:
    void init() { Clock::setCurrent(&m_clock); }
    void cleanup()
    {
        Clock::setCurrent(nullptr);
        BackupManager::setKeepCount(-1);
    }

    void backupIsACheckedSnapshotInBackupsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::Create));
        addPerson(db, 1);
        BackupManager backups(path);
        QString created;
        QString error;
        QVERIFY2(backups.backup(db.connection(), QStringLiteral("manual"), &created, &error), qPrintable(error));
        QCOMPARE(QFileInfo(created).absolutePath(), dir.filePath(QStringLiteral("backups")));
        QCOMPARE(QFileInfo(created).fileName(), QStringLiteral("unit-20260301-093000-000-manual.sqlite"));
        int version = 0;
        QVERIFY2(BackupManager::verify(created, &version, &error), qPrintable(error));
        QCOMPARE(version, SchemaMigrator::latestVersion());
        QCOMPARE(staffCount(created), 1);
        // Same instant again: a second, distinct file.
        QString second;
        QVERIFY(backups.backup(db.connection(), QStringLiteral("manual"), &second, &error));
        QVERIFY(second != created);
        QCOMPARE(backups.list().size(), 2);
        QCOMPARE(QDir(backups.backupDir()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void keepsTheLastN()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::Create));
        BackupManager::setKeepCount(3);
        BackupManager backups(path);
        QString error;
        for (int i = 0; i < 5; ++i) {
            m_clock.set(QDateTime(QDate(2026, 3, 1 + i), QTime(9, 0), Qt::LocalTime));
            QVERIFY2(backups.backup(db.connection(), QStringLiteral("daily"), nullptr, &error), qPrintable(error));
        }
        const QList<BackupManager::Info> kept = backups.list();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().at.date(), QDate(2026, 3, 5));
        QCOMPARE(kept.last().at.date(), QDate(2026, 3, 3));
    }

    void automaticBackupAtMostDaily()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Mode::Create));
        BackupManager backups(path);
        QString created;
        QString error;
        QVERIFY(backups.backupIfDue(db.connection(), &created, &error));
        QVERIFY(!created.isEmpty());
        created.clear();
        m_clock.set(m_clock.now().addSecs(3 * 3600));
        QVERIFY(backups.backupIfDue(db.connection(), &created, &error));
        QVERIFY(created.isEmpty());
        m_clock.set(m_clock.now().addDays(1));
        QVERIFY(backups.backupIfDue(db.connection(), &created, &error));
        QVERIFY(!created.isEmpty());
        QCOMPARE(backups.list().size(), 2);
    }

    void aHalfWrittenBackupIsNeverListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        BackupManager backups(path);
        QDir().mkpath(backups.backupDir());
        QFile partial(QDir(backups.backupDir()).filePath(QStringLiteral(".unit-20260301-093000-000-77.partial")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("SQLite format 3");
        partial.close();
        QFile other(QDir(backups.backupDir()).filePath(QStringLiteral("unit-notes.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QCOMPARE(backups.list().size(), 0);
    }

    void restoreBringsBackDataAndEvidence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        QString backup;
        QString evidenceFile;
        QString sha;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Create));
            qint64 staffId = 0;
            addPerson(db, 1, &staffId);
            Activity a;
            a.staffId = staffId;
            a.year = 2025;
            a.kind = QStringLiteral("training");
            QString error;
            QVERIFY2(ActivityRepository(db.connection()).insert(a, &error), qPrintable(error));
            const QString source = dir.filePath(QStringLiteral("certificate.pdf"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 certificate of 安全培训");
            f.close();
            EvidenceStore store(db.connection(), db.evidenceDir());
            EvidenceStore::Item item;
            QVERIFY2(store.add(a.id, source, &item, &error), qPrintable(error));
            sha = item.sha256;
            evidenceFile = store.filePath(sha);
            QVERIFY2(BackupManager(path).backup(db.connection(), QStringLiteral("manual"), &backup, &error), qPrintable(error));
            QVERIFY(QFileInfo::exists(QDir(BackupManager(path).evidencePoolDir()).filePath(sha.left(2) + QLatin1Char('/') + sha)));
            // After the backup: another person, and the evidence is removed (its file leaves the store).
            addPerson(db, 2);
            QVERIFY(store.remove(item.id, &error));
            QVERIFY(!QFileInfo::exists(evidenceFile));
        }
        QCOMPARE(staffCount(path), 2);
        BackupManager backups(path);
        QString safety;
        QString error;
        QVERIFY2(backups.restore(backup, &safety, &error), qPrintable(error));
        QCOMPARE(staffCount(path), 1);
        QVERIFY(QFileInfo::exists(evidenceFile));
        QCOMPARE(EvidenceStore::sha256Of(evidenceFile, nullptr), sha);
        // The file replaced was backed up first and can itself be restored.
        QVERIFY(!safety.isEmpty());
        QCOMPARE(staffCount(safety), 2);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        Database db;
        QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
    }

    void restoreRefusesBadFilesAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unit.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Create));
            addPerson(db, 1);
        }
        const QString invoices = dir.filePath(QStringLiteral("invoices.sqlite"));
        {
            Database raw;
            QVERIFY(raw.openRaw(invoices));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        }
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(path, newer));
        {
            Database raw;
            QVERIFY(raw.openRaw(newer));
            QSqlQuery q(raw.connection());
            const QString sql = QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1); // no binds in PRAGMAs
            QVERIFY(q.exec(sql));
        }
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'n'));
        f.close();
        BackupManager backups(path);
        for (const QString &bad : {invoices, newer, text, dir.filePath(QStringLiteral("missing.sqlite"))}) {
            QString error;
            QVERIFY(!backups.restore(bad, nullptr, &error));
            QVERIFY2(error.contains(QLatin1String("nothing was changed")), qPrintable(error));
            QCOMPARE(staffCount(path), 1);
        }
        QCOMPARE(backups.list().size(), 0); // not even the safety copy: the file was refused first
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
