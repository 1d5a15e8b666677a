#pragma once
#include "domain/Staff.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "storage/RowValues.h"

#include <memory>

// StaffRepository::applyBatch's rows, many per statement: one INSERT … SELECT or UPDATE … FROM over
// a VALUES list of the chunk's rows (RowValues: named placeholders) instead of one statement per person.
// Besides the per-statement cost this matters for the search index: every statement that writes the
// FTS5 table staff_search (through the staff triggers) flushes its pending terms to a new segment, so
// a statement per row was more than half of an import's time.
//
// New rows get the ids SQLite would give one by one (MAX(id) + 1, + 2, …). A chunk either is written
// whole or (a constraint failed, a row is missing or its version changed) not at all; the caller then
// writes that chunk row by row to report exactly which row failed. The caller writes the audit rows.
class StaffChunkWriter
{
public:
    // Rows a statement (19 or 18 bound values a row, under SQLite's 32,766). The values are bound by
    // name: Qt 6.4 formats a name for every positional value, and rows passed as one JSON text cost
    // SQLite a json_extract per value (≈ 4,000 instructions; the imp15 section of docs/performance.md).
    static constexpr int InsertChunk = 100;
    static constexpr int UpdateChunk = 100;

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
    bool prepareFor(QSqlQuery &q, std::unique_ptr<RowValues> &values, int rows, bool insert, QString *error);
    bool readNextId(QString *error);
    bool readBefore(const QList<Staff> &rows, int first, int count, QHash<qint64, Staff> *before, QString *error);
    QSqlDatabase m_db;
    QString m_now;
    qint64 m_nextId = 0;
    bool m_idRead = false;
    QSqlQuery m_insert, m_update, m_select;
    std::unique_ptr<RowValues> m_insertValues, m_updateValues; // the rows m_insert / m_update are prepared for
};
