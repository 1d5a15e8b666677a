// cehours-cli backup / backups / restore / check: the database file's safety.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/DatabaseRelocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString databasePath(const CliContext &ctx)
{
    const QString path = ctx.dbPath().isEmpty() ? DatabaseRelocator::configuredPath() : ctx.dbPath();
    return DatabaseLocation::isUrl(path) ? path : QFileInfo(path).absoluteFilePath();
}

// backup, backups and restore copy SQLite files; a server database is backed up on the server.
bool refusedForServer(CliContext &ctx)
{
    const QString path = ctx.dbPath().isEmpty() ? DatabaseRelocator::configuredPath() : ctx.dbPath();
    if (!DatabaseLocation::isUrl(path))
        return false;
    ctx.err() << QCoreApplication::translate("cli", "A PostgreSQL database is backed up on its server with pg_dump and restored with "
                                                    "pg_restore (docs/postgresql.md); backup, backups and restore copy SQLite files only. "
                                                    "Nothing was changed.")
              << Qt::endl;
    return true;
}

bool noArguments(CliContext &ctx, const char *usage)
{
    if (ctx.unknownOptions().isEmpty() && ctx.args().isEmpty())
        return true;
    ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli %1").arg(QLatin1String(usage)) << Qt::endl;
    return false;
}
} // namespace

int runBackup(CliContext &ctx)
{
    if (refusedForServer(ctx))
        return ExitBadInput;
    if (!noArguments(ctx, "backup"))
        return ExitBadInput;
    // A backup only reads the database (VACUUM INTO writes a new file).
    Database *db = ctx.database(Database::Mode::ReadOnly);
    if (!db)
        return ctx.databaseExit();
    QString created;
    QString error;
    if (!BackupManager(db->path()).backup(db->connection(), QStringLiteral("manual"), &created, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Backup failed: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Backup written: %1").arg(QDir::toNativeSeparators(created)) << Qt::endl;
    return ExitOk;
}

int runBackups(CliContext &ctx)
{
    if (refusedForServer(ctx))
        return ExitBadInput;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!noArguments(ctx, "backups [--json]"))
        return ExitBadInput;
    const QList<BackupManager::Info> all = BackupManager(databasePath(ctx)).list();
    if (json) {
        QJsonArray array;
        for (const BackupManager::Info &b : all)
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("at"), b.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("reason"), b.reason},
                                     {QStringLiteral("size"), b.size}});
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const BackupManager::Info &b : all)
        ctx.out() << b.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << b.reason << '\t' << b.size << '\t'
                  << QDir::toNativeSeparators(b.path) << '\n';
    ctx.out() << QCoreApplication::translate("cli", "%n backup(s) in %1", nullptr, int(all.size()))
                     .arg(QDir::toNativeSeparators(BackupManager(databasePath(ctx)).backupDir()))
              << Qt::endl;
    return ExitOk;
}

int runRestore(CliContext &ctx)
{
    if (refusedForServer(ctx))
        return ExitBadInput;
    if (!ctx.unknownOptions().isEmpty() || ctx.args().size() != 1) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli restore FILE") << Qt::endl;
        return ExitBadInput;
    }
    BackupManager backups(databasePath(ctx));
    QString safety;
    QString error;
    if (!backups.restore(ctx.args().first(), &safety, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Restore failed: %1").arg(error) << Qt::endl;
        return ExitBadInput;
    }
    if (!safety.isEmpty())
        ctx.out() << QCoreApplication::translate("cli", "The previous database was saved as %1").arg(QDir::toNativeSeparators(safety)) << Qt::endl;
    // Opening upgrades a restored older backup to the current schema.
    Database *db = ctx.database(Database::Mode::Existing);
    if (!db)
        return ctx.databaseExit();
    ctx.out() << QCoreApplication::translate("cli", "Restored %1 from %2 (schema version %3)")
                     .arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(QFileInfo(ctx.args().first()).absoluteFilePath()))
                     .arg(db->schemaVersion())
              << Qt::endl;
    return ExitOk;
}

int runCheck(CliContext &ctx)
{
    const bool full = ctx.takeFlag(QStringLiteral("--full"));
    if (!noArguments(ctx, "check [--full]"))
        return ExitBadInput;
    Database db;
    db.setInspectOnly(true);
    if (!db.open(databasePath(ctx), Database::Mode::ReadOnly)) {
        ctx.err() << QCoreApplication::translate("cli", "Cannot open database %1: %2").arg(databasePath(ctx), db.errorString()) << Qt::endl;
        return db.failure() == Database::Failure::Other ? ExitInternal : ExitBadInput;
    }
    if (db.isServer()) {
        // PostgreSQL keeps its own files consistent; what can be checked here is that it is ours and current.
        ctx.out() << QCoreApplication::translate("cli", "%1: a CE Hours database at schema version %2; the server checks its own files "
                                                        "(quick_check applies to SQLite files only)")
                         .arg(db.path())
                         .arg(db.schemaVersion())
                  << Qt::endl;
        return ExitOk;
    }
    const QString report = Database::checkIntegrity(db.connection(), full);
    if (!report.isEmpty()) {
        const QString latest = BackupManager(db.path()).latest();
        ctx.err() << QCoreApplication::translate("cli", "The database %1 is damaged:\n%2").arg(db.path(), report) << Qt::endl;
        if (!latest.isEmpty())
            ctx.err() << QCoreApplication::translate("cli", "Latest backup: %1 (cehours-cli restore FILE)").arg(QDir::toNativeSeparators(latest))
                      << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << QCoreApplication::translate("cli", "%1: no damage found (%2)")
                     .arg(QDir::toNativeSeparators(db.path()), full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check"))
              << Qt::endl;
    return ExitOk;
}
