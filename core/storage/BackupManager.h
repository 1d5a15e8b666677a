#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Backups of a database in the folder `backups/` beside it, by VACUUM INTO (a consistent snapshot taken
// while others keep working), named <basename>-YYYYMMDD-HHMMSS-zzz-<reason>.sqlite. A backup is first
// written as a hidden ".partial" file, checked (quick_check, application_id) and only then renamed to its
// name: a listed backup is always complete. The last keepCount() backups are kept.
//
// Evidence files: the store is content-addressed (<store>/<2 hex>/<sha256>), so the backups share one pool
// backups/<basename>-evidence/ in the same layout. A backup copies into the pool the files its database
// references that are not there yet (checking each hash) before it is renamed valid; pruning old backups
// removes pool files no kept backup references. Restore copies back the files the restored database
// references that are missing (or altered) in the store.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    struct Info
    {
        QString path;
        QDateTime at;
        QString reason;
        qint64 size = 0;
    };

    explicit BackupManager(QString databasePath);

    QString backupDir() const;
    QString evidencePoolDir() const;
    QString evidenceStoreDir() const;

    // Takes a backup of the open database db (the one at databasePath). createdPath may be null.
    bool backup(QSqlDatabase db, const QString &reason, QString *createdPath, QString *error);
    // The automatic backup on start: only when the latest one is older than a day (or there is none).
    bool backupIfDue(QSqlDatabase db, QString *createdPath, QString *error);
    // Valid backups of this database, newest first.
    QList<Info> list() const;
    QString latest() const;

    // Checks a backup file without changing it: SQLite, quick_check, a CE Hours application_id (or a
    // CE Hours file from before it) and a schema version this program knows. *version gets its version.
    static bool verify(const QString &file, int *version, QString *error);
    // Replaces the database (which must be closed in this process) by the backup file, after verifying it
    // and backing up the current file (*safetyCopy). Atomic: the database is either the old or the new file.
    bool restore(const QString &file, QString *safetyCopy, QString *error);

    // How many backups are kept (QSettings "backup/keep", default 30).
    static int keepCount();
    static void setKeepCount(int count);

private:
    bool copyEvidenceToPool(const QString &backupFile, QString *error) const;
    bool restoreEvidenceFromPool(const QString &backupFile, QString *error) const;
    void prune() const;
    QString m_databasePath;
};
