#pragma once
#include "domain/Staff.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// StaffRepository::applyBatch's rows, many per statement: one INSERT … SELECT or UPDATE … FROM
// over json_each of the chunk's rows instead of one statement per person. Besides the per-statement
// cost this matters for the search index: every statement that writes the FTS5 table staff_search
// (through the staff triggers) flushes its pending terms to a new segment, so a statement per row
// was more than half of an import's time.
//
// New rows get the ids SQLite would give one by one (MAX(id) + 1, + 2, …). A chunk either is written
// whole or (a constraint failed, a row is missing or its version changed, a text holds U+0000 or a
// surrogate, which would not come back from JSON byte for byte) not at all; the caller then
// writes that chunk row by row to report exactly which row failed. The caller writes the audit rows.
class StaffChunkWriter
{
public:
    // Rows a statement. The rows travel as one JSON text (json_each/json_extract in the statement):
    // Qt 6.4 builds a placeholder name for every bound value, which cost more than SQLite's work.
    static constexpr int InsertChunk = 500;
    static constexpr int UpdateChunk = 500;

    enum Result {
        Written,  // the whole chunk
        RowByRow, // nothing of the chunk was written: write it row by row (which reports the failing row)
        Failed,   // an error (*error): give up the transaction
    };

    StaffChunkWriter(QSqlDatabase db, QString now);

    // Inserts rows[first, first + count) and sets their ids.
    Result insert(QList<Staff> &rows, int first, int count, QString *error);
    // Reads the rows before (*before, by id), checks they exist with the expected versions and
    // updates them.
    Result update(const QList<Staff> &rows, int first, int count, QHash<qint64, Staff> *before, QString *error);

private:
    bool prepare(QString *error);
    QSqlDatabase m_db;
    QString m_now;
    qint64 m_nextId = 0;
    bool m_idRead = false;
    QSqlQuery m_insert, m_update, m_select;
    bool m_prepared = false;
};
