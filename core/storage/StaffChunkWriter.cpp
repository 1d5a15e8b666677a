#include "storage/StaffChunkWriter.h"
#include "storage/SqlDialect.h"

#include "storage/SqlText.h"
#include "util/ChineseName.h"
#include "util/JsonWriter.h"

#include <QSqlError>

namespace {
const char *const kColumns = "id, unit_id, id_number, name, gender, ethnicity, department, title, title_level, title_series,"
                             " sub_specialty, title_sought, education, phone, joined_on, birth_date, status, version";

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A text SQLite's json_extract gives back exactly: no U+0000 (it ends the text there) and no
// surrogate (a lone one would not come back as the same bytes a bound value gives).
bool travelsAsJson(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() == 0 || c.isSurrogate())
            return false;
    }
    return true;
}

// One row as a JSON array: [lead, 12 texts, joined_on, birth_date, status, name_key, name_initials]
// (lead: unit_id for an insert, id for an update); false if a text cannot travel as JSON.
bool appendRow(QByteArray &out, qint64 lead, const Staff &s)
{
    const QString joined = dateText(s.joinedOn), birth = dateText(s.birthDate);
    const QString key = ChineseName::sortKey(s.name), initials = ChineseName::initials(s.name);
    const QString *texts[] = {&s.idNumber, &s.name, &s.gender, &s.ethnicity, &s.department, &s.title, &s.titleLevel, &s.titleSeries,
                              &s.subSpecialty, &s.titleSought, &s.education, &s.phone, &joined, &birth, &s.status, &key, &initials};
    out += out.endsWith('[') ? "[" : ",[";
    out += QByteArray::number(lead);
    for (const QString *t : texts) {
        if (!travelsAsJson(*t))
            return false;
        out += ',';
        if ((t == &joined || t == &birth) && t->isEmpty())
            out += "null"; // NULL, as a bound invalid date
        else
            JsonWriter::appendString(out, *t);
    }
    out += ']';
    return true;
}

// json_extract(r, '$[i]') for the row fields 1…17, as the SET list or the VALUES of the statements.
QString field(int i)
{
    return QStringLiteral("json_extract(r, '$[%1]')").arg(i);
}

Staff readStaff(const QSqlQuery &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.unitId = q.value(1).toLongLong();
    QString *text[] = {&s.idNumber, &s.name, &s.gender, &s.ethnicity, &s.department, &s.title, &s.titleLevel, &s.titleSeries,
                       &s.subSpecialty, &s.titleSought, &s.education, &s.phone};
    for (int i = 0; i < 12; ++i)
        *text[i] = q.value(2 + i).toString();
    s.joinedOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    s.birthDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s.status = q.value(16).toString();
    s.version = q.value(17).toInt();
    return s;
}
} // namespace

StaffChunkWriter::StaffChunkWriter(QSqlDatabase db, QString now)
    : m_db(std::move(db)), m_now(std::move(now)), m_insert(m_db), m_update(m_db), m_select(m_db)
{
}

bool StaffChunkWriter::prepare(QString *error)
{
    QStringList fields, sets;
    const char *const columns[] = {"id_number", "name", "gender", "ethnicity", "department", "title", "title_level", "title_series",
                                   "sub_specialty", "title_sought", "education", "phone", "joined_on", "birth_date", "status",
                                   "name_key", "name_initials"};
    for (int i = 0; i < 17; ++i) {
        fields << field(i + 1);
        sets << QStringLiteral("%1 = %2").arg(QLatin1String(columns[i]), field(i + 1));
    }
    // Constant column lists of this file; every value is bound (or passed as one JSON array).
    const QString insert = QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, gender, ethnicity, department, title, title_level,"
                                          " title_series, sub_specialty, title_sought, education, phone, joined_on, birth_date, status,"
                                          " name_key, name_initials, created_at, updated_at)"
                                          " SELECT ? + j.key, json_extract(r, '$[0]'), %1, ?, ? FROM (SELECT key, value AS r FROM json_each(?)) AS j")
                               .arg(fields.join(QStringLiteral(", ")));
    const QString select = QStringLiteral("SELECT %1 FROM staff WHERE id IN (SELECT value FROM json_each(?))").arg(QLatin1String(kColumns));
    const QString update = QStringLiteral("UPDATE staff SET %1, updated_at = ?, version = version + 1"
                                          " FROM (SELECT json_extract(value, '$[0]') AS row_id, value AS r FROM json_each(?)) AS v"
                                          " WHERE staff.id = v.row_id")
                               .arg(sets.join(QStringLiteral(", ")));
    const bool ok = m_insert.prepare(insert) && m_select.prepare(select) && m_update.prepare(update);
    if (!ok && error)
        *error = m_insert.lastError().text() + m_select.lastError().text() + m_update.lastError().text();
    m_prepared = ok;
    return ok;
}

StaffChunkWriter::Result StaffChunkWriter::insert(QList<Staff> &rows, int first, int count, QString *error)
{
    if (!SqlDialect::of(m_db).hasJsonEach())
        return RowByRow; // PostgreSQL: the row-by-row path (docs/postgresql.md)
    if (!m_prepared && !prepare(error))
        return Failed;
    if (!m_idRead) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM staff")) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return Failed;
        }
        m_nextId = q.value(0).toLongLong() + 1;
        m_idRead = true;
    }
    QByteArray json = "[";
    json.reserve(count * 400);
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        if (!appendRow(json, s.unitId, s)) {
            m_idRead = false; // the row-by-row path takes the ids itself
            return RowByRow;
        }
    }
    json += ']';
    m_insert.bindValue(0, m_nextId);
    m_insert.bindValue(1, m_now);
    m_insert.bindValue(2, m_now);
    m_insert.bindValue(3, QString::fromUtf8(json));
    if (!m_insert.exec()) {
        // The statement was undone (a duplicate ID number, say): the row-by-row path names the row.
        m_idRead = false;
        return RowByRow;
    }
    for (int i = 0; i < count; ++i)
        rows[first + i].id = m_nextId + i;
    m_nextId += count;
    return Written;
}

StaffChunkWriter::Result StaffChunkWriter::update(const QList<Staff> &rows, int first, int count, QHash<qint64, Staff> *before,
                                                  QString *error)
{
    if (!SqlDialect::of(m_db).hasJsonEach())
        return RowByRow;
    if (!m_prepared && !prepare(error))
        return Failed;
    before->clear();
    QByteArray ids = "[", json = "[";
    json.reserve(count * 400);
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        if (i)
            ids += ',';
        ids += QByteArray::number(s.id);
        if (!appendRow(json, s.id, s))
            return RowByRow;
    }
    ids += ']';
    json += ']';
    m_select.bindValue(0, QString::fromLatin1(ids));
    if (!m_select.exec()) {
        if (error)
            *error = m_select.lastError().text();
        return Failed;
    }
    while (m_select.next()) {
        Staff s = readStaff(m_select);
        before->insert(s.id, std::move(s));
    }
    m_select.finish();
    if (before->size() != count)
        return RowByRow; // a person missing, or twice in the chunk
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        const auto found = before->constFind(s.id);
        if (found == before->constEnd() || (s.version != 0 && found->version != s.version))
            return RowByRow; // missing or changed meanwhile: the row-by-row path says which
    }
    m_update.bindValue(0, m_now);
    m_update.bindValue(1, QString::fromUtf8(json));
    if (!m_update.exec())
        return RowByRow; // undone (a duplicate ID number, say): the row-by-row path names the row
    if (m_update.numRowsAffected() != count) { // cannot happen: all present (checked above), ids unique
        if (error)
            *error = QStringLiteral("staff update: %1 of %2 rows written").arg(m_update.numRowsAffected()).arg(count);
        return Failed;
    }
    return Written;
}
