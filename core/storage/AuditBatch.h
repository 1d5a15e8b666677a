#pragma once
#include "storage/AuditRowWriter.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// A write transaction's audit rows, cheap: while an AuditBatch lives on a connection, AuditLog::record
// on that connection appends through ONE prepared INSERT, keeps the chain's head (id, hash) in memory
// instead of reading audit_head per row, and stamps every row with the time read once when the batch
// began (one clock read per transaction). The rows and their hashes are exactly those AuditLog::record
// writes without a batch (AuditChain::hashOf); the trigger still moves audit_head.
//
// Create it after the transaction began and let it go before (or with) the commit; one batch per
// connection at a time (an inner one on the same connection does nothing and defers to the outer).
class AuditBatch
{
public:
    explicit AuditBatch(QSqlDatabase db);
    ~AuditBatch();
    AuditBatch(const AuditBatch &) = delete;
    AuditBatch &operator=(const AuditBatch &) = delete;

    // The time stamp of the batch's rows (ISO text), for the rows' created_at/updated_at as well.
    QString at() const { return m_at; }

    // The batch active on the connection, or nullptr.
    static AuditBatch *active(const QSqlDatabase &db);
    // Appends one row (called by AuditLog::record).
    bool append(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before, const QJsonObject &after,
                QString *error);
    // The same with the JSON texts already written (AuditJson; a null array is SQL NULL, as an empty
    // object is for append): no QJsonObject built.
    bool appendJson(const QString &entity, qint64 entityId, const QString &action, const QByteArray &beforeJson,
                    const QByteArray &afterJson, QString *error);
    // Buffered (opt-in, for a bulk writer): appendJson collects the rows (hashes computed, the head
    // moved in memory) and flush() writes them, 100 a statement (AuditRowWriter). The writer MUST flush before
    // anything reads the audit log and before the commit (rows still pending are not written).
    void setBuffered(bool buffered);
    bool flush(QString *error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    AuditRowWriter m_rows; // buffered rows
    bool m_buffered = false;
    QString m_at;
    QString m_operator, m_osUser, m_dbUser; // m_dbUser: AuditChain::databaseUser ("" on SQLite)
    QByteArray m_atUtf8, m_operatorUtf8, m_osUserUtf8;
    qint64 m_lastId = 0;
    QString m_lastHash;
    bool m_headRead = false;
    bool m_owner = false;
};
