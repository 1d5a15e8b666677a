#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The audit log's hash chain. Each audit_log row stores prev_hash (the hash of the row before it,
// "" for the first) and hash = SHA-256 over the length-prefixed fields (format tag, id, at, operator,
// os_user, entity, entity_id, action, before_json, after_json, prev_hash, and db_user when it is not
// empty: rows written before it, and every SQLite row, hash as they always did). The table audit_head keeps
// the id and hash of the last row, so removing rows at the end is detected too. See
// docs/reliability-tamper.md.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    struct Row
    {
        qint64 id = 0;
        QString at, operatorName, osUser, entity;
        QVariant entityId, beforeJson, afterJson; // null stays null
        QString action, prevHash, hash;
        QString dbUser; // the database user (PostgreSQL, schema step 11); "" on SQLite and in older rows
    };

    struct Report
    {
        bool intact = true;
        qint64 rows = 0;
        qint64 firstBadId = 0; // the first row that is broken (or the one after a missing row)
        QString problem;       // what is wrong, naming the row
        qint64 headId = 0;
        QString headHash;      // the hash of the last row: write it down to anchor the chain
    };

    static QString hashOf(const Row &row);
    // The database user an appended row records: session_user on PostgreSQL (the server stamps it on a
    // non-owner's row, so a wrong value breaks the row's hash), "" on SQLite.
    static QString databaseUser(const QSqlDatabase &db);
    // Reads the whole log in id order and checks every link and the head.
    static Report verify(QSqlDatabase db);
    // The last link (id and hash; 0 and "" for an empty log): the audit_head row, or — when that row
    // is missing (*recorded = false) — the last audit_log row.
    static bool head(QSqlDatabase db, qint64 *id, QString *hash, QString *error, bool *recorded = nullptr);
    static bool setHead(QSqlDatabase db, qint64 id, const QString &hash, QString *error);
    // Schema upgrade: computes prev_hash/hash of every existing row, in id order, and the head.
    static bool chainExisting(QSqlDatabase db, QString *error);
};
