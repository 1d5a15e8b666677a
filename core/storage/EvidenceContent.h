#pragma once
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Where the bytes of the evidence files live (issue 13): the EvidenceStore's backend. Content is
// addressed by its SHA-256 (64 lowercase hex characters) on both backends:
// - SQLite: files in the managed folder beside the database, <dir>/<first two hex digits>/<sha256>
//   (FileEvidenceContent);
// - PostgreSQL: rows of the table evidence_content (sha256, chunk_no, data bytea), 1 MiB per row, written
//   and read one chunk per statement (DatabaseEvidenceContent), because a shared folder cannot be assumed.
// EvidenceStore keeps the evidence rows and the rules (size limit, locked years, dedup); this only keeps
// bytes. Callers pass hashes already checked with EvidenceStore::isHash.
class EvidenceContent
{
public:
    enum class State { Intact, Missing, Altered };

    virtual ~EvidenceContent() = default;
    // The content backend of a connection: the table on PostgreSQL, the folder `storeDir` on SQLite.
    static std::shared_ptr<EvidenceContent> of(const QSqlDatabase &db, const QString &storeDir);

    // Whether the content's bytes are stored and still have their hash (re-hashes them).
    virtual State state(const QString &sha256) const = 0;
    // Stores the bytes read from `source` (from its current position to its end) as the content of sha256,
    // replacing a stored copy. The caller has checked that they hash to sha256. On PostgreSQL the caller
    // holds the write transaction (the chunks commit or roll back with it).
    virtual bool write(const QString &sha256, QIODevice *source, QString *error) = 0;
    // Writes the stored bytes to `out`, chunk by chunk; false with *error when missing or unreadable.
    virtual bool read(const QString &sha256, QIODevice *out, QString *error) const = 0;
    // Removes the stored bytes (nothing when not stored). On PostgreSQL inside the caller's transaction.
    virtual bool erase(const QString &sha256, QString *error) = 0;
    // Where the content is, for messages: the file's path, or "evidence_content <sha256>".
    virtual QString where(const QString &sha256) const = 0;
    // The stored file itself when the backend keeps files (SQLite); empty for the database backend.
    virtual QString localPath(const QString &sha256) const = 0;
    // Whether write()/erase() need the caller's transaction (the database backend).
    virtual bool inDatabase() const = 0;
    // The SHA-256 of the stored bytes (empty with *error when missing or unreadable).
    QString hashOfStored(const QString &sha256, QString *error) const;
};
