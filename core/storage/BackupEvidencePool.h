#pragma once
#include <QSet>
#include <QString>
#include <QStringList>

// The evidence files the backups of one database share: a pool in the content-addressed layout of the
// store (<root>/<2 hex>/<sha256>). Only 64 lowercase hex characters are a hash; anything else in an
// evidence row is a tampered value and is never used as a path.
class BackupEvidencePool
{
public:
    BackupEvidencePool(QString storeDir, QString poolDir);

    static bool isHash(const QString &s);

    // Copies into the pool the files with these hashes that are not there yet, each checked against its
    // hash. Returns the hashes that could not be copied (missing or altered in the store).
    QStringList copyIn(const QSet<QString> &hashes) const;
    // Copies back into the store the files with these hashes that are missing or altered there.
    // Returns the hashes found in neither place.
    QStringList restoreOut(const QSet<QString> &hashes) const;
    // Removes pool files no kept backup references (older than an hour: a backup being written right
    // now may have just copied its files and not be listed yet).
    void prune(const QSet<QString> &referenced) const;

private:
    QString m_store;
    QString m_pool;
};
