#pragma once
#include "storage/PersonYearVerdict.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// Writes verdict rows into person_year_verdict (the dialect's upsert: INSERT OR REPLACE on SQLite) inside
// the caller's transaction; on PostgreSQL always the 12-value rows.
// Qt's driver costs about 2,000 instructions per bound value (QSqlResult::bindValue names each
// position and hashes the name), so the rows go as multi-row INSERTs of 64 rows binding 7 values a
// row instead of 12: staff id, year, the index of the row's (rule set, fingerprint) among the
// chunk's at most 4 distinct pairs (bound once per statement) and the two flags travel as one
// integer that the statement's SELECT over its VALUES takes apart (staff << 18 | year << 4 | pair << 2 | full_year << 1 | compliant);
// the six hours stay bound REALs (bit for bit). A chunk that does not fit that form (more than 4
// pairs, a year outside 0…16383, a staff id outside 0…2^44) is written with 12 values a row.
// (A JSON text per chunk through json_each was tried: SQLite's json_extract costs more per value
// than Qt's binding.)
class VerdictRowWriter
{
public:
    explicit VerdictRowWriter(QSqlDatabase db);
    bool write(const QList<PersonYearVerdict> &rows, QString *error);

    // person_year_verdict's stored columns in PersonYearVerdict's order (also what VerdictStore reads).
    static const char *columns();

    // Rows written packed / with 12 bound values (tests).
    int packedRows() const { return m_packedRows; }
    int plainRows() const { return m_plainRows; }

private:
    struct Statement
    {
        QSqlQuery query;
        int rows = -1;   // rows per execution it was prepared for
    };
    bool writePacked(const QList<PersonYearVerdict> &rows, qsizetype from, int count, QString *error);
    bool writePlain(const QList<PersonYearVerdict> &rows, qsizetype from, int count, QString *error);
    bool prepare(Statement *s, bool packed, int count, QString *error);
    QSqlDatabase m_db;
    Statement m_packedFull, m_packedRest, m_plainFull, m_plainRest;
    int m_packedRows = 0;
    int m_plainRows = 0;
};
