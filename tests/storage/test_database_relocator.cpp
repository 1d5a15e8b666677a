#include "storage/Database.h"
#include "storage/DatabaseRelocator.h"
#include "storage/EvidenceStore.h"
#include "storage/UnitRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Puts content into the store the way EvidenceStore lays it out: <2 hex>/<sha256>. Returns the sha.
QString addEvidence(const QString &storeDir, const QByteArray &content)
{
    QTemporaryDir tmp;
    const QString loose = tmp.filePath(QStringLiteral("f"));
    QFile f(loose);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    f.close();
    const QString sha = EvidenceStore::sha256Of(loose, nullptr);
    const QString dest = EvidenceStore(QSqlDatabase(), storeDir).filePath(sha);
    QDir().mkpath(QFileInfo(dest).absolutePath());
    return QFile::copy(loose, dest) ? sha : QString();
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table); // a table name of the test's own
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

int filesBelow(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// A registry with one unit and some evidence files.
bool makeRegistry(Database &db, const QString &path, int evidence)
{
    if (!db.open(path))
        return false;
    QString error;
    if (UnitRepository(db.connection()).ensureDefault(&error) <= 0)
        return false;
    for (int i = 0; i < evidence; ++i) {
        if (addEvidence(db.evidenceDir(), QByteArray("certificate ") + QByteArray::number(i)).isEmpty())
            return false;
    }
    return true;
}
} // namespace

class TestDatabaseRelocator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cehours-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_database_relocator"));
    }

    void movesDatabaseAndEvidence()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(makeRegistry(db, dir.filePath(QStringLiteral("old/cehours.sqlite")), 3), qPrintable(db.errorString()));
        const QString oldPath = db.path();
        const QString oldEvidence = db.evidenceDir();
        QCOMPARE(filesBelow(oldEvidence), 3);

        // A folder with spaces and Chinese characters, as on a shared drive.
        const QString target = dir.filePath(QStringLiteral("共享盘 S/人事科"));
        int lastDone = -1, lastTotal = -1;
        const DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, target, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.databasePath, QDir(target).filePath(QStringLiteral("cehours.sqlite")));
        QCOMPARE(r.evidenceDir, QDir(target).filePath(QStringLiteral("cehours-evidence")));
        QCOMPARE(r.evidenceFiles, 3);
        QCOMPARE(lastTotal, 5);
        QCOMPARE(lastDone, 5);
        QVERIFY(!QFile::exists(r.databasePath + QStringLiteral(".relocating")));

        // The old copy is untouched and still usable.
        QVERIFY(db.isOpen());
        QCOMPARE(db.path(), oldPath);
        QCOMPARE(filesBelow(oldEvidence), 3);
        QCOMPARE(count(db.connection(), QStringLiteral("unit")), 1);

        // The new one opens as a registry, with the same rows and the evidence where Database expects it.
        Database moved;
        QVERIFY2(moved.open(r.databasePath), qPrintable(moved.errorString()));
        QCOMPARE(moved.evidenceDir(), r.evidenceDir);
        QCOMPARE(count(moved.connection(), QStringLiteral("unit")), 1);
        QCOMPARE(filesBelow(moved.evidenceDir()), 3);
        const QString sha = addEvidence(QDir::tempPath() + QStringLiteral("/unused"), "certificate 1");
        QVERIFY(!sha.isEmpty());
        QDir(QDir::tempPath() + QStringLiteral("/unused")).removeRecursively();
        QVERIFY(QFile::exists(EvidenceStore(moved.connection(), moved.evidenceDir()).filePath(sha)));
    }

    void movesRegistryWithoutEvidence()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(makeRegistry(db, dir.filePath(QStringLiteral("a/reg.sqlite")), 0));
        const DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, dir.filePath(QStringLiteral("b")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.evidenceFiles, 0);
        QCOMPARE(QFileInfo(r.databasePath).fileName(), QStringLiteral("reg.sqlite"));
        Database moved;
        QVERIFY(moved.open(r.databasePath));
        QCOMPARE(count(moved.connection(), QStringLiteral("unit")), 1);
    }

    void refusesFolderThatHasADatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(makeRegistry(db, dir.filePath(QStringLiteral("old/cehours.sqlite")), 1));
        const QString target = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(target));
        QFile existing(QDir(target).filePath(QStringLiteral("cehours.sqlite")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's registry");
        existing.close();

        const DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, target);
        QVERIFY(!r.ok);
        QVERIFY(r.databasePath.isEmpty());
        QVERIFY(r.error.contains(QStringLiteral("cehours.sqlite")));
        // The other file is untouched, nothing else was written.
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("someone else's registry"));
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
    }

    void refusesItsOwnFolder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(makeRegistry(db, dir.filePath(QStringLiteral("cehours.sqlite")), 1));
        const DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, dir.path());
        QVERIFY(!r.ok);
        QVERIFY(QFile::exists(db.path()));
        QCOMPARE(filesBelow(db.evidenceDir()), 1);
    }

    void failedVerificationLeavesNothingBehind()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(makeRegistry(db, dir.filePath(QStringLiteral("old/cehours.sqlite")), 2));
        // A damaged store file: its content no longer matches its SHA-256 name.
        const QString bad = EvidenceStore(db.connection(), db.evidenceDir()).filePath(QString(64, QLatin1Char('a')));
        QVERIFY(QDir().mkpath(QFileInfo(bad).absolutePath()));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not what the name says");
        f.close();

        const QString target = dir.filePath(QStringLiteral("new/place"));
        const DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, target);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("SHA-256")), qPrintable(r.error));
        QVERIFY(r.databasePath.isEmpty());
        // Target cleaned up (the folder it created is gone), the source as it was.
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(db.isOpen());
        QCOMPARE(filesBelow(db.evidenceDir()), 3);
        QCOMPARE(count(db.connection(), QStringLiteral("unit")), 1);
    }

    void settingsKeepTheChosenPath()
    {
        QSettings().remove(DatabaseRelocator::settingsKey());
        QCOMPARE(DatabaseRelocator::configuredPath(), Database::defaultPath());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cehours.sqlite"));
        DatabaseRelocator::setConfiguredPath(path);
        QCOMPARE(QSettings().value(QStringLiteral("storage/databasePath")).toString(), path);
        QCOMPARE(DatabaseRelocator::configuredPath(), path);
        QSettings().remove(DatabaseRelocator::settingsKey());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRelocator)
#include "test_database_relocator.moc"
