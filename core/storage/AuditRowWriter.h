#pragma once
#include "storage/RowValues.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

// AuditBatch's buffered rows (setBuffered), written many per statement: INSERT … SELECT over a VALUES
// list of named placeholders (RowValues), at most RowsPerStatement rows a statement (SQLite numbers
// named placeholders with a linear search while it prepares, so the cost of preparing grows with the
// square of their count; 100 rows of 8 values prepare in a few million instructions). The JSON texts
// are bound as their UTF-8 bytes and CAST to TEXT (no conversion to UTF-16 and back); the rows are
// inserted in id order, as the trigger that moves audit_head needs.
class AuditRowWriter
{
public:
    static constexpr int RowsPerStatement = 100;
    struct Row
    {
        qint64 id = 0;
        QString entity;
        qint64 entityId = 0;
        QString action;
        QByteArray beforeJson, afterJson; // null: SQL NULL
        QString prevHash, hash;
    };

    explicit AuditRowWriter(QSqlDatabase db) : m_db(std::move(db)) {}
    // The batch's constants (at, operator, os_user), bound once a statement.
    void setConstants(const QString &at, const QString &operatorName, const QString &osUser);
    void add(Row row) { m_rows.append(std::move(row)); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Writes and forgets the rows added; false (and *error) when a statement failed.
    bool write(QString *error);

private:
    struct Statement
    {
        explicit Statement(const QSqlDatabase &db, int rows) : query(db), values(rows, 8) {}
        QSqlQuery query;
        RowValues values;
    };
    Statement *statementFor(int rows, QString *error);
    bool writeSome(int first, int count, QString *error);

    QSqlDatabase m_db;
    QString m_at, m_operator, m_osUser;
    QList<Row> m_rows;
    std::unique_ptr<Statement> m_full, m_last; // RowsPerStatement rows; the last (shorter) statement's
};
