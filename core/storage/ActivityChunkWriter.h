#pragma once
#include "domain/Activity.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// ActivityRepository::insertMany's rows, 500 per statement: one INSERT … SELECT over json_each of the
// chunk's rows (one bound value: Qt 6.4 builds a placeholder name for every bound value, and each
// statement has its fixed cost). New rows get the ids SQLite would give one by one (MAX(id) + 1, …).
// A chunk is written whole or not at all (RowByRow: a constraint failed, or a text holds U+0000 or a
// surrogate, which would not come back from JSON byte for byte); the caller then writes it row by row,
// which reports the failing row. The caller checks the rows before and writes the audit rows.
class ActivityChunkWriter
{
public:
    static constexpr int Chunk = 500;
    enum Result { Written, RowByRow, Failed };

    ActivityChunkWriter(QSqlDatabase db, QString now);
    // Inserts rows[first, first + count) and sets their ids; params[i] is rows[first + i].params' text.
    Result insert(QList<Activity> &rows, int first, int count, const QList<QByteArray> &params, QString *error);

private:
    QSqlDatabase m_db;
    QString m_now;
    QSqlQuery m_insert;
    qint64 m_nextId = 0;
    bool m_idRead = false, m_prepared = false;
};
