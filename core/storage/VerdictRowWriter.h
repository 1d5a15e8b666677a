#pragma once
#include "storage/PersonYearVerdict.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// Writes verdict rows into person_year_verdict (INSERT OR REPLACE) inside the caller's transaction.
// Qt's driver costs about 1 µs per bound value, so the rows go in chunks as ONE bound JSON text each
// (INSERT … SELECT … FROM json_each(?)): 1 value per chunk instead of 12 per row. The hours are
// REALs that must arrive bit for bit, and SQLite's decimal-to-double conversion is not guaranteed to
// round correctly; so each double travels as two integers m, k with value = m / 2^k (m below 2^53,
// 0 <= k <= 62), which SQLite turns back into exactly that double (an integer converted to REAL is
// exact below 2^53, a division by a power of two is exact). A chunk with a value that has no such
// form (NaN, infinity, -0.0, very small or large magnitudes) or a text that JSON cannot carry
// exactly (U+0000, a lone surrogate) goes with bound values as before.
class VerdictRowWriter
{
public:
    explicit VerdictRowWriter(QSqlDatabase db);
    bool write(const QList<PersonYearVerdict> &rows, QString *error);

    // The m, k of a double as write() sends it; false when it has none (the bound path is used).
    static bool dyadic(double v, qint64 *m, int *k);
    // Rows written through the JSON path / with bound values (tests).
    int jsonRows() const { return m_jsonRows; }
    int boundRows() const { return m_boundRows; }

private:
    bool writeJson(const QByteArray &json, QString *error);
    bool writeBound(const QList<PersonYearVerdict> &rows, qsizetype from, qsizetype to, QString *error);
    QSqlDatabase m_db;
    QSqlQuery m_json, m_full, m_rest;
    bool m_jsonPrepared = false;
    int m_restSize = -1;
    int m_jsonRows = 0;
    int m_boundRows = 0;
};
