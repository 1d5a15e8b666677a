#include "storage/DatabaseRelocator.h"

#include "storage/Database.h"
#include "storage/EvidenceStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace {
// Tables and their row counts (schema objects of SQLite itself excluded).
bool rowCounts(const QSqlDatabase &db, QMap<QString, qint64> *counts, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        *error = q.lastError().text();
        return false;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : tables) {
        // A table name cannot be bound: it comes from sqlite_master (never user text) and is quoted.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString countSql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted);
        if (!q.exec(countSql) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        counts->insert(table, q.value(0).toLongLong());
    }
    return true;
}

// Evidence files below dir, as paths relative to it (sorted, so runs are reproducible).
QStringList evidenceFiles(const QString &dir)
{
    QStringList files;
    if (!QFileInfo(dir).isDir())
        return files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

// What relocate() wrote at the target, removed again when it fails.
struct Cleanup
{
    QString tempDatabase;
    QString evidenceDir;
    bool evidenceDirCreated = false;
    QString targetDir;
    bool targetDirCreated = false;
    bool armed = true;

    ~Cleanup()
    {
        if (!armed)
            return;
        if (!tempDatabase.isEmpty()) {
            for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(tempDatabase + suffix);
        }
        if (!evidenceDir.isEmpty()) {
            QDir dir(evidenceDir);
            if (evidenceDirCreated) {
                dir.removeRecursively();
            } else {
                // It was empty before: everything in it is ours.
                for (const QFileInfo &fi : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
                    if (fi.isDir())
                        QDir(fi.absoluteFilePath()).removeRecursively();
                    else
                        QFile::remove(fi.absoluteFilePath());
                }
            }
        }
        if (targetDirCreated)
            QDir().rmdir(targetDir);
    }
};

class VerifyConnection
{
public:
    explicit VerifyConnection(const QString &path)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("cehours-relocate-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~VerifyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};
} // namespace

DatabaseRelocator::Result DatabaseRelocator::relocate(const Database &db, const QString &targetDir, const Progress &progress)
{
    Result result;
    auto fail = [&result](const QString &why) {
        result.ok = false;
        result.databasePath.clear();
        result.evidenceDir.clear();
        result.error = why;
        return result;
    };

    if (!db.isOpen())
        return fail(QCoreApplication::translate("DatabaseRelocator", "The database is not open."));
    if (targetDir.trimmed().isEmpty())
        return fail(QCoreApplication::translate("DatabaseRelocator", "No target folder was given."));

    const QFileInfo source(db.path());
    const QString sourceEvidence = db.evidenceDir();
    const QDir target(QFileInfo(targetDir).absoluteFilePath());
    const QString newDatabase = target.filePath(source.fileName());
    const QString newEvidence = target.filePath(QFileInfo(sourceEvidence).fileName());

    if (QFileInfo(target.absolutePath()).canonicalFilePath() == source.absoluteDir().canonicalPath()
        && !source.absoluteDir().canonicalPath().isEmpty())
        return fail(QCoreApplication::translate("DatabaseRelocator", "The database is already in %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (QFileInfo::exists(newDatabase))
        return fail(QCoreApplication::translate("DatabaseRelocator", "%1 already exists; choose an empty folder or move that file away first.")
                        .arg(QDir::toNativeSeparators(newDatabase)));
    if (QFileInfo(newEvidence).exists()
        && (!QFileInfo(newEvidence).isDir()
            || !QDir(newEvidence).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()))
        return fail(QCoreApplication::translate("DatabaseRelocator", "%1 already exists and is not empty; choose another folder.")
                        .arg(QDir::toNativeSeparators(newEvidence)));

    const QStringList files = evidenceFiles(sourceEvidence);
    const int total = int(files.size()) + 2;
    int done = 0;
    auto step = [&]() {
        ++done;
        if (progress)
            progress(done, total);
    };
    if (progress)
        progress(0, total);

    Cleanup cleanup;
    cleanup.targetDir = target.absolutePath();
    cleanup.targetDirCreated = !target.exists();
    if (!QDir().mkpath(target.absolutePath()))
        return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())));

    // Room for the copy (the database shrinks a little with VACUUM; evidence as it is).
    qint64 needed = source.size();
    for (const QString &f : files)
        needed += QFileInfo(QDir(sourceEvidence).filePath(f)).size();
    const QStorageInfo storage(target.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return fail(QCoreApplication::translate("DatabaseRelocator", "Not enough free space in %1 (%2 MB needed).")
                        .arg(QDir::toNativeSeparators(target.absolutePath()))
                        .arg((needed + 1048575) / 1048576));

    // 1. The database: a consistent snapshot, written under a temporary name.
    QMap<QString, qint64> sourceCounts;
    QString error;
    if (!rowCounts(db.connection(), &sourceCounts, &error))
        return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot read the database: %1").arg(error));
    const int sourceVersion = db.schemaVersion();
    const QString tempDatabase = newDatabase + QStringLiteral(".relocating");
    QFile::remove(tempDatabase);
    cleanup.tempDatabase = tempDatabase;
    {
        QSqlQuery q(db.connection());
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot copy the database: %1").arg(q.lastError().text()));
        q.addBindValue(QDir::toNativeSeparators(tempDatabase));
        if (!q.exec())
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot copy the database to %1: %2")
                            .arg(QDir::toNativeSeparators(tempDatabase), q.lastError().text()));
    }
    step();

    // 2. The evidence store, file by file.
    if (!files.isEmpty()) {
        cleanup.evidenceDir = newEvidence;
        cleanup.evidenceDirCreated = !QFileInfo(newEvidence).exists();
        const QDir from(sourceEvidence);
        const QDir to(newEvidence);
        for (const QString &f : files) {
            const QString dest = to.filePath(f);
            if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
                return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(dest).absolutePath())));
            QFile in(from.filePath(f));
            if (!in.copy(dest))
                return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot copy %1 to %2: %3")
                                .arg(QDir::toNativeSeparators(from.filePath(f)), QDir::toNativeSeparators(dest), in.errorString()));
            step();
        }
    }

    // 3. Verify before anything is reported.
    {
        VerifyConnection copy(tempDatabase);
        if (!copy.error().isEmpty())
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot open the copied database: %1").arg(copy.error()));
        QSqlQuery q(copy.db());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot check the copied database: %1").arg(q.lastError().text()));
        const QString integrity = q.value(0).toString();
        if (integrity != QLatin1String("ok"))
            return fail(QCoreApplication::translate("DatabaseRelocator", "The copied database is damaged: %1").arg(integrity));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() != sourceVersion)
            return fail(QCoreApplication::translate("DatabaseRelocator", "The copied database has a different schema version."));
        q.finish();
        QMap<QString, qint64> copyCounts;
        if (!rowCounts(copy.db(), &copyCounts, &error))
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot check the copied database: %1").arg(error));
        if (copyCounts != sourceCounts)
            return fail(QCoreApplication::translate("DatabaseRelocator", "The database changed while it was being copied (another user or program?); try again."));
    }
    const QStringList copied = evidenceFiles(newEvidence);
    if (copied.size() != files.size())
        return fail(QCoreApplication::translate("DatabaseRelocator", "The evidence folder has %1 files after copying, expected %2.").arg(copied.size()).arg(files.size()));
    static const QRegularExpression sha256Name(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString &f : copied) {
        const QString path = QDir(newEvidence).filePath(f);
        const QString name = QFileInfo(path).fileName();
        const QString expected = sha256Name.match(name).hasMatch()
            ? name
            : EvidenceStore::sha256Of(QDir(sourceEvidence).filePath(f), &error);
        const QString actual = EvidenceStore::sha256Of(path, &error);
        if (actual.isEmpty() || expected.isEmpty())
            return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot verify %1: %2").arg(QDir::toNativeSeparators(path), error));
        if (actual != expected)
            return fail(QCoreApplication::translate("DatabaseRelocator", "The evidence file %1 does not match its SHA-256 after copying; nothing was moved.")
                            .arg(QDir::toNativeSeparators(QDir(sourceEvidence).filePath(f))));
    }
    step();

    // 4. Only now the copy takes the real name.
    if (!QFile::rename(tempDatabase, newDatabase))
        return fail(QCoreApplication::translate("DatabaseRelocator", "Cannot rename %1 to %2.").arg(QDir::toNativeSeparators(tempDatabase), QDir::toNativeSeparators(newDatabase)));
    cleanup.armed = false;

    result.ok = true;
    result.databasePath = QFileInfo(newDatabase).absoluteFilePath();
    result.evidenceDir = QFileInfo(newEvidence).absoluteFilePath();
    result.evidenceFiles = int(files.size());
    return result;
}

QString DatabaseRelocator::configuredPath()
{
    const QString stored = QSettings().value(settingsKey()).toString();
    return stored.isEmpty() ? Database::defaultPath() : stored;
}

void DatabaseRelocator::setConfiguredPath(const QString &databasePath)
{
    QSettings settings;
    settings.setValue(settingsKey(), QDir::fromNativeSeparators(databasePath));
    settings.sync();
}
