#include "storage/StaffChunkWriter.h"
#include "storage/SqlDialect.h"

#include "storage/SqlText.h"
#include "util/ChineseName.h"
#include "util/IsoDate.h"

#include "storage/RowValues.h"

#include <QSqlError>
#include <QStringList>

namespace {
const char *const kColumns = "id, unit_id, id_number, name, gender, ethnicity, department, title, title_level, title_series,"
                             " sub_specialty, title_sought, education, phone, joined_on, birth_date, status, version";
// The person's columns after the lead (unit_id for an insert, id for an update), as bound values.
const char *const kFields[] = {"id_number", "name", "gender", "ethnicity", "department", "title", "title_level", "title_series",
                               "sub_specialty", "title_sought", "education", "phone", "joined_on", "birth_date", "status",
                               "name_key", "name_initials"};
constexpr int kFieldCount = int(sizeof kFields / sizeof *kFields);

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(IsoDate::text(d)) : QVariant(); // NULL, as the row-by-row path binds it
}

// Binds row `row`: the leads (id and unit_id for an insert, id for an update), then the fields
// exactly as StaffRepository's row-by-row statements bind them (texts never NULL, an invalid date NULL).
void bindRow(QSqlQuery &q, const RowValues &values, int row, std::initializer_list<qint64> leads, const Staff &s)
{
    const QString *texts[] = {&s.idNumber, &s.name, &s.gender, &s.ethnicity, &s.department, &s.title, &s.titleLevel, &s.titleSeries,
                              &s.subSpecialty, &s.titleSought, &s.education, &s.phone};
    int column = 0;
    for (const qint64 lead : leads)
        values.bind(q, row, column++, lead);
    for (const QString *t : texts)
        values.bind(q, row, column++, sqlText(*t));
    values.bind(q, row, column++, dateValue(s.joinedOn));
    values.bind(q, row, column++, dateValue(s.birthDate));
    values.bind(q, row, column++, sqlText(s.status));
    values.bind(q, row, column++, ChineseName::sortKey(s.name));
    values.bind(q, row, column++, ChineseName::initials(s.name));
}

// Constant column lists of this file and placeholders only; every value is bound. A VALUES row's
// columns are column1, column2, …: the leads first, then kFields.
QString insertSql(const RowValues &values)
{
    QStringList columns;
    for (int i = 0; i < kFieldCount; ++i)
        columns << QStringLiteral("column%1").arg(i + 3);
    return QStringLiteral("INSERT INTO staff (id, unit_id, %1, created_at, updated_at)"
                          " SELECT column1, column2, %2, :created, :updated FROM (VALUES %3)")
        .arg(QStringList(std::begin(kFields), std::end(kFields)).join(QStringLiteral(", ")), columns.join(QStringLiteral(", ")),
             values.sql());
}

QString updateSql(const RowValues &values)
{
    QStringList sets;
    for (int i = 0; i < kFieldCount; ++i)
        sets << QStringLiteral("%1 = v.column%2").arg(QLatin1String(kFields[i])).arg(i + 2);
    return QStringLiteral("UPDATE staff SET %1, updated_at = :updated, version = version + 1 FROM (VALUES %2) AS v"
                          " WHERE staff.id = v.column1")
        .arg(sets.join(QStringLiteral(", ")), values.sql());
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

// Prepares `q` for `rows` rows unless it is (the full chunks share one statement, a shorter last
// chunk gets its own).
bool StaffChunkWriter::prepareFor(QSqlQuery &q, std::unique_ptr<RowValues> &values, int rows, bool insert, QString *error)
{
    if (values && values->rows() == rows)
        return true;
    values = std::make_unique<RowValues>(rows, insert ? kFieldCount + 2 : kFieldCount + 1);
    const QString sql = insert ? insertSql(*values) : updateSql(*values);
    if (!q.prepare(sql)) {
        values.reset();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool StaffChunkWriter::readNextId(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM staff")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_nextId = q.value(0).toLongLong() + 1;
    m_idRead = true;
    return true;
}

StaffChunkWriter::Result StaffChunkWriter::insert(QList<Staff> &rows, int first, int count, QString *error)
{
    if (!SqlDialect::of(m_db).hasJsonEach())
        return RowByRow; // PostgreSQL: the row-by-row path (docs/postgresql.md)
    if (!m_idRead && !readNextId(error))
        return Failed;
    if (!prepareFor(m_insert, m_insertValues, count, true, error))
        return Failed;
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        bindRow(m_insert, *m_insertValues, i, {m_nextId + i, s.unitId}, s);
    }
    m_insert.bindValue(QStringLiteral(":created"), m_now);
    m_insert.bindValue(QStringLiteral(":updated"), m_now);
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

bool StaffChunkWriter::readBefore(const QList<Staff> &rows, int first, int count, QHash<qint64, Staff> *before, QString *error)
{
    before->clear();
    if (m_select.lastQuery().isEmpty()) {
        const QString select = QStringLiteral("SELECT %1 FROM staff WHERE id IN (SELECT value FROM json_each(CAST(? AS TEXT)))")
                                   .arg(QLatin1String(kColumns));
        if (!m_select.prepare(select)) {
            if (error)
                *error = m_select.lastError().text();
            return false;
        }
    }
    QByteArray ids = "[";
    for (int i = 0; i < count; ++i) {
        if (i)
            ids += ',';
        ids += QByteArray::number(rows.at(first + i).id);
    }
    ids += ']';
    m_select.bindValue(0, ids);
    if (!m_select.exec()) {
        if (error)
            *error = m_select.lastError().text();
        return false;
    }
    while (m_select.next()) {
        Staff s = readStaff(m_select);
        before->insert(s.id, std::move(s));
    }
    m_select.finish();
    return true;
}

StaffChunkWriter::Result StaffChunkWriter::update(const QList<Staff> &rows, int first, int count, QHash<qint64, Staff> *before,
                                                  QString *error)
{
    if (!SqlDialect::of(m_db).hasJsonEach())
        return RowByRow;
    if (!readBefore(rows, first, count, before, error))
        return Failed;
    if (before->size() != count)
        return RowByRow; // a person missing, or twice in the chunk
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        const auto found = before->constFind(s.id);
        if (found == before->constEnd() || (s.version != 0 && found->version != s.version))
            return RowByRow; // missing or changed meanwhile: the row-by-row path says which
    }
    if (!prepareFor(m_update, m_updateValues, count, false, error))
        return Failed;
    for (int i = 0; i < count; ++i)
        bindRow(m_update, *m_updateValues, i, {rows.at(first + i).id}, rows.at(first + i));
    m_update.bindValue(QStringLiteral(":updated"), m_now);
    if (!m_update.exec())
        return RowByRow; // undone (a duplicate ID number, say): the row-by-row path names the row
    if (m_update.numRowsAffected() != count) { // cannot happen: all present (checked above), ids unique
        if (error)
            *error = QStringLiteral("staff update: %1 of %2 rows written").arg(m_update.numRowsAffected()).arg(count);
        return Failed;
    }
    return Written;
}
