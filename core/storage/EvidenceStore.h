#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class EvidenceContent;
class QIODevice;

// Evidence files (certificates, papers, scans), stored once by content (SHA-256). Where the bytes live
// is the backend's (EvidenceContent): on SQLite a managed folder beside the database,
// <store>/<first two hex digits>/<sha256>; on PostgreSQL the table evidence_content in 1 MiB chunks
// (docs/postgresql.md). Rows keep the original name, size and type. The content is deleted from the
// store when no evidence row references it any more. Only 64 lowercase hex characters are a hash:
// anything else never becomes a path or a key. Files larger than maxFileBytes() are refused on both.
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

    // storeDir: the folder of a SQLite database (Database::evidenceDir); unused on PostgreSQL.
    EvidenceStore(QSqlDatabase db, QString storeDir);

    // The largest evidence file accepted (both backends): 100 MiB.
    static constexpr qint64 kMaxFileBytes = qint64(100) << 20;

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
    // tampered sha256 value (e.g. "../../x") never names a file outside the store. Empty on PostgreSQL
    // (no file: the content is in the database).
    QString filePath(const QString &sha256) const;
    // The file to open for an evidence row: the stored copy (SQLite), or a copy written from the database
    // into the temporary folder, <temp>/cehours-evidence/<sha256 prefix>/<original name>, checked
    // against its hash (PostgreSQL). Empty with *error when the hash is invalid or the content is
    // missing or altered.
    QString openPath(const Item &item, QString *error) const;
    // Writes the stored bytes of a hash to `out`, chunk by chunk (false with *error when missing).
    bool readContent(const QString &sha256, QIODevice *out, QString *error) const;
    // Whether the content is kept in the database (PostgreSQL) rather than in files.
    bool inDatabase() const;
    // Every content the evidence rows (of activities and of events) reference, sorted, once each.
    bool referencedHashes(QStringList *hashes, QString *error) const;
    // The content backend (cehours-cli migrate copies content between two of them).
    std::shared_ptr<EvidenceContent> content() const { return m_content; }
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
    bool storeCopy(const QString &sourcePath, const QString &sha256, QString *error) const;
    QString exportForOpening(const Item &item, QString *error) const;
    QSqlDatabase m_db;
    QString m_dir;
    std::shared_ptr<EvidenceContent> m_content;
};
