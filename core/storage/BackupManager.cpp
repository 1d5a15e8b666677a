#include "storage/BackupManager.h"

#include "storage/BackupEvidencePool.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {
int s_keepOverride = -1;

// A short-lived connection of its own, removed (after every query on it is gone) when done.
template<typename Fn>
bool withConnection(const QString &file, bool readOnly, QString *error, Fn &&fn)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cehours-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = fn(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QSet<QString> evidenceHashes(const QString &file)
{
    QSet<QString> hashes;
    withConnection(file, true, nullptr, [&hashes](QSqlDatabase db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM evidence")))
            while (q.next())
                hashes.insert(q.value(0).toString());
        return true;
    });
    return hashes;
}

// A backup killed half-way leaves a hidden .partial file; it is never listed and removed after a day.
void removeStalePartials(const QDir &dir)
{
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral(".*.partial")}, QDir::Files | QDir::Hidden))
        if (fi.lastModified() < dayAgo)
            QFile::remove(fi.absoluteFilePath());
}

QString sanitizedReason(const QString &reason)
{
    QString r = reason.toLower();
    r.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    return r.isEmpty() ? QStringLiteral("manual") : r.left(40);
}
} // namespace

BackupManager::BackupManager(QString databasePath) : m_databasePath(QFileInfo(databasePath).absoluteFilePath()) {}

QString BackupManager::backupDir() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupManager::evidencePoolDir() const
{
    return QDir(backupDir()).filePath(QFileInfo(m_databasePath).completeBaseName() + QStringLiteral("-evidence"));
}

QString BackupManager::evidenceStoreDir() const
{
    const QFileInfo fi(m_databasePath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-evidence"));
}

bool BackupManager::backup(QSqlDatabase db, const QString &reason, QString *createdPath, QString *error)
{
    const QDir dir(backupDir());
    if (!QDir().mkpath(dir.path())) {
        if (error)
            *error = tr("cannot create the backup folder %1").arg(dir.path());
        return false;
    }
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QString stamp = Clock::current().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString partial = dir.filePath(QStringLiteral(".%1-%2-%3.partial").arg(base, stamp).arg(QCoreApplication::applicationPid()));
    removeStalePartials(dir);
    {
        QSqlQuery q(db);
        // A read-only open of a writable file runs under query_only (Database::open), which also refuses
        // VACUUM INTO; the backup writes another file only, so it is lifted for this one statement.
        bool queryOnly = false;
        if (q.exec(QStringLiteral("PRAGMA query_only")) && q.next())
            queryOnly = q.value(0).toInt() != 0;
        if (queryOnly)
            q.exec(QStringLiteral("PRAGMA query_only=OFF"));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        const bool written = q.exec();
        if (queryOnly)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only=ON"));
        if (!written) {
            if (error)
                *error = tr("cannot write the backup %1: %2").arg(partial, q.lastError().text());
            QFile::remove(partial);
            return false;
        }
    }
    int version = 0;
    QString why;
    if (!verify(partial, &version, &why) || !copyEvidenceToPool(partial, &why)) {
        if (error)
            *error = tr("the backup %1 failed its check: %2").arg(partial, why);
        QFile::remove(partial);
        return false;
    }
    QString name = QStringLiteral("%1-%2-%3").arg(base, stamp, sanitizedReason(reason));
    QString target = dir.filePath(name + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(n));
    // The rename is what makes the backup valid: until then it is a hidden .partial file.
    if (!QFile::rename(partial, target)) {
        if (error)
            *error = tr("cannot name the backup %1").arg(target);
        QFile::remove(partial);
        return false;
    }
    if (createdPath)
        *createdPath = target;
    prune();
    return true;
}

bool BackupManager::backupIfDue(QSqlDatabase db, QString *createdPath, QString *error)
{
    const QList<Info> all = list();
    if (!all.isEmpty() && all.first().at.date() >= Clock::current().today())
        return true;
    return backup(db, QStringLiteral("daily"), createdPath, error);
}

QList<BackupManager::Info> BackupManager::list() const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QRegularExpression re(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.sqlite$").arg(QRegularExpression::escape(base)));
    QList<Info> out;
    const QFileInfoList files = QDir(backupDir()).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        Info info;
        info.path = fi.absoluteFilePath();
        info.at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        info.reason = m.captured(2);
        info.size = fi.size();
        out << info;
    }
    std::sort(out.begin(), out.end(), [](const Info &a, const Info &b) { return a.at != b.at ? a.at > b.at : a.path > b.path; });
    return out;
}

QString BackupManager::latest() const
{
    const QList<Info> all = list();
    return all.isEmpty() ? QString() : all.first().path;
}

bool BackupManager::verify(const QString &file, int *version, QString *error)
{
    if (!QFileInfo(file).isFile() || QFileInfo(file).size() == 0) {
        if (error)
            *error = tr("%1 is not a backup file (missing or empty)").arg(file);
        return false;
    }
    QString why;
    const bool ok = withConnection(file, true, &why, [&why, version](QSqlDatabase db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            why = tr("not an SQLite database: %1").arg(q.lastError().text());
            return false;
        }
        const int appId = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA user_version"));
        const int v = q.next() ? q.value(0).toInt() : -1;
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('unit', 'staff', 'audit_log')"));
        const bool ourTables = q.next() && q.value(0).toInt() == 3;
        q.finish();
        if (appId != Database::kApplicationId && !(appId == 0 && v >= 1 && ourTables)) {
            why = tr("not a CE Hours database (application id %1)").arg(appId);
            return false;
        }
        if (v < 1 || v > SchemaMigrator::latestVersion()) {
            why = tr("schema version %1 is not one this program knows (1 to %2)").arg(v).arg(SchemaMigrator::latestVersion());
            return false;
        }
        const QString report = Database::checkIntegrity(db, false);
        if (!report.isEmpty()) {
            why = tr("damaged: %1").arg(report.section(QLatin1Char('\n'), 0, 2));
            return false;
        }
        if (version)
            *version = v;
        return true;
    });
    if (!ok && error)
        *error = why;
    return ok;
}

bool BackupManager::copyEvidenceToPool(const QString &backupFile, QString *error) const
{
    // Files missing or altered in the store cannot be backed up; the database itself still is.
    BackupEvidencePool(evidenceStoreDir(), evidencePoolDir()).copyIn(evidenceHashes(backupFile));
    Q_UNUSED(error);
    return true;
}

bool BackupManager::restoreEvidenceFromPool(const QString &backupFile, QString *error) const
{
    const QStringList lost = BackupEvidencePool(evidenceStoreDir(), evidencePoolDir()).restoreOut(evidenceHashes(backupFile));
    if (!lost.isEmpty() && error)
        *error = tr("%n evidence file(s) are in neither the store nor the backups: %1", nullptr, int(lost.size()))
                     .arg(lost.mid(0, 5).join(QStringLiteral(", ")));
    return lost.isEmpty();
}

void BackupManager::prune() const
{
    const QList<Info> all = list();
    const int keep = keepCount();
    if (all.size() <= keep)
        return;
    for (int i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    QSet<QString> referenced;
    for (int i = 0; i < keep && i < all.size(); ++i)
        referenced.unite(evidenceHashes(all.at(i).path));
    BackupEvidencePool(evidenceStoreDir(), evidencePoolDir()).prune(referenced);
}

int BackupManager::keepCount()
{
    if (s_keepOverride > 0)
        return s_keepOverride;
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("CEHOURS_BACKUP_KEEP", &ok);
    if (ok && env > 0)
        return env;
    return qMax(1, QSettings().value(QStringLiteral("backup/keep"), 30).toInt());
}

void BackupManager::setKeepCount(int count)
{
    s_keepOverride = count;
}

bool BackupManager::restore(const QString &file, QString *safetyCopy, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString source = QFileInfo(file).absoluteFilePath();
    QString why;
    if (!verify(source, nullptr, &why))
        return fail(tr("%1 cannot be restored, nothing was changed: %2").arg(source, why));
    if (QFileInfo::exists(m_databasePath)) {
        // The current file first: a backup of it (a raw copy if it is too damaged for VACUUM INTO),
        // then a checkpoint that empties its WAL, which also tells whether anyone else has it open.
        bool saved = false;
        bool inUse = false;
        withConnection(m_databasePath, false, &why, [&](QSqlDatabase db) {
            saved = backup(db, QStringLiteral("before-restore"), safetyCopy, &why);
            QSqlQuery q(db);
            // busy = 1: another connection is reading or writing right now.
            inUse = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() != 0;
            return true;
        });
        if (!saved) {
            const QString raw = QDir(backupDir()).filePath(QFileInfo(m_databasePath).completeBaseName() + QStringLiteral("-before-restore-")
                                                           + Clock::current().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                                                           + QStringLiteral(".damaged"));
            QDir().mkpath(backupDir());
            if (!QFile::copy(m_databasePath, raw))
                return fail(tr("cannot keep a copy of the current database before restoring, nothing was changed: %1").arg(why));
            if (safetyCopy)
                *safetyCopy = raw;
        }
        if (inUse)
            return fail(tr("the database %1 is open in another CE Hours (or another program): close it there first; nothing was changed")
                            .arg(m_databasePath));
    }
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    QFile in(source);
    QSaveFile out(m_databasePath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(tr("cannot restore into %1: %2").arg(m_databasePath, in.isOpen() ? out.errorString() : in.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return fail(tr("cannot restore into %1: %2").arg(m_databasePath, out.errorString()));
    }
    // The old file's (checkpointed, empty) WAL and index must not be applied to the restored file.
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    if (!out.commit())
        return fail(tr("cannot restore into %1: %2").arg(m_databasePath, out.errorString()));
    if (!restoreEvidenceFromPool(source, &why))
        return fail(tr("the database was restored, but %1").arg(why));
    return true;
}
