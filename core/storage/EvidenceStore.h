#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Evidence files (certificates, papers, scans) kept in a managed folder beside the database,
// stored once by content: <store>/<first two hex digits>/<sha256>. Rows keep the original name,
// size and type. A file is deleted from the store when no evidence row references it any more.
// Only 64 lowercase hex characters are a hash: anything else never becomes a path.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    struct Item
    {
        qint64 id = 0;
        qint64 activityId = 0;
        QString sha256;
        QString originalName;
        qint64 size = 0;
        QString mimeType;
        QString addedAt;
        qint64 eventId = 0;   // > 0: the training event's evidence, shared by its participants (id < 0)
    };

    EvidenceStore(QSqlDatabase db, QString storeDir);

    // Copies the file into the store (unless the same content is already there) and links it.
    bool add(qint64 activityId, const QString &filePath, Item *item, QString *error);
    bool remove(qint64 evidenceId, QString *error);
    // The activity's own evidence, then (for an activity of a training event) the event's evidence,
    // which has negative ids and is removed from the event only.
    QList<Item> list(qint64 activityId) const;
    // Copies a file into the store (once per content) and fills sha256, name, size, type, addedAt.
    bool storeFile(const QString &sourcePath, Item *item, QString *error) const;
    // Deletes the stored file when no evidence row (of an activity or an event) references it.
    void releaseFile(const QString &sha256) const;
    // The stored copy of a hash; empty when sha256 is not a hash (64 lowercase hex characters), so a
    // tampered sha256 value (e.g. "../../x") never names a file outside the store.
    QString filePath(const QString &sha256) const;
    // The stored copy to open for an evidence row: empty with *error when the hash is invalid or the
    // file is missing.
    QString openPath(const Item &item, QString *error) const;
    static bool isHash(const QString &text);

    // Re-hashes every stored file the evidence rows reference.
    struct Problem
    {
        enum Kind { Missing, Altered, InvalidHash } kind;
        QString sha256;
        QString path;
        QList<qint64> evidenceIds;
    };
    bool verify(QList<Problem> *problems, int *filesChecked, QString *error) const;
    QString storeDir() const { return m_dir; }

    static QString sha256Of(const QString &filePath, QString *error);

private:
    bool activityWritable(qint64 activityId, QString *error) const;
    bool storeCopy(const QString &sourcePath, const QString &target, QString *error) const;
    QSqlDatabase m_db;
    QString m_dir;
};
