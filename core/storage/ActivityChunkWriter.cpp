#include "storage/ActivityChunkWriter.h"
#include "storage/SqlDialect.h"

#include "util/IsoDate.h"
#include "util/JsonWriter.h"

#include <QSqlError>

namespace {
// A text json_extract gives back exactly (see StaffChunkWriter).
bool travelsAsJson(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() == 0 || c.isSurrogate())
            return false;
    }
    return true;
}

void appendDate(QByteArray &out, const QDate &d)
{
    if (d.isValid())
        JsonWriter::appendString(out, IsoDate::text(d));
    else
        out += "null"; // NULL, as a bound invalid date
}

// [staff_id, year, start_date, end_date, kind, title, params, subject, status]; false if a text
// cannot travel as JSON. The params text is our own JSON (controls and surrogates escaped): it always can.
bool appendRow(QByteArray &out, const Activity &a, const QByteArray &params)
{
    if (!travelsAsJson(a.kind) || !travelsAsJson(a.title) || !travelsAsJson(a.subject) || !travelsAsJson(a.status))
        return false;
    out += out.endsWith('[') ? "[" : ",[";
    out += QByteArray::number(a.staffId);
    out += ',';
    out += QByteArray::number(a.year);
    out += ',';
    appendDate(out, a.startDate);
    out += ',';
    appendDate(out, a.endDate);
    for (const QString *t : {&a.kind, &a.title}) {
        out += ',';
        JsonWriter::appendString(out, *t);
    }
    out += ',';
    JsonWriter::appendString(out, QString::fromUtf8(params));
    for (const QString *t : {&a.subject, &a.status}) {
        out += ',';
        JsonWriter::appendString(out, *t);
    }
    out += ']';
    return true;
}
} // namespace

ActivityChunkWriter::ActivityChunkWriter(QSqlDatabase db, QString now) : m_db(std::move(db)), m_now(std::move(now)), m_insert(m_db) {}

ActivityChunkWriter::Result ActivityChunkWriter::insert(QList<Activity> &rows, int first, int count, const QList<QByteArray> &params,
                                                        QString *error)
{
    if (!SqlDialect::of(m_db).hasJsonEach())
        return RowByRow; // PostgreSQL: the row-by-row path (docs/postgresql.md)
    auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return Failed;
    };
    if (!m_prepared) {
        if (!m_insert.prepare(QStringLiteral(
                "INSERT INTO activity (id, staff_id, year, start_date, end_date, kind, title, params, subject, status, created_at,"
                " updated_at) SELECT ? + j.key, json_extract(r, '$[0]'), json_extract(r, '$[1]'), json_extract(r, '$[2]'),"
                " json_extract(r, '$[3]'), json_extract(r, '$[4]'), json_extract(r, '$[5]'), json_extract(r, '$[6]'),"
                " json_extract(r, '$[7]'), json_extract(r, '$[8]'), ?, ? FROM (SELECT key, value AS r FROM json_each(CAST(? AS TEXT))) AS j")))
            return fail(m_insert);
        m_prepared = true;
    }
    if (!m_idRead) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM activity")) || !q.next())
            return fail(q);
        m_nextId = q.value(0).toLongLong() + 1;
        m_idRead = true;
    }
    QByteArray json = "[";
    json.reserve(count * 300);
    for (int i = 0; i < count; ++i) {
        if (!appendRow(json, rows.at(first + i), params.at(i))) {
            m_idRead = false; // the row-by-row path takes the ids itself
            return RowByRow;
        }
    }
    json += ']';
    m_insert.bindValue(0, m_nextId);
    m_insert.bindValue(1, m_now);
    m_insert.bindValue(2, m_now);
    m_insert.bindValue(3, json); // UTF-8 bytes; CAST(? AS TEXT) takes them as they are
    if (!m_insert.exec()) {
        m_idRead = false; // undone; the row-by-row path names the row
        return RowByRow;
    }
    for (int i = 0; i < count; ++i)
        rows[first + i].id = m_nextId + i;
    m_nextId += count;
    return Written;
}
