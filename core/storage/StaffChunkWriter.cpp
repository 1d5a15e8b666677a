#include "storage/StaffChunkWriter.h"

#include "storage/SqlText.h"
#include "util/ChineseName.h"

#include <QSqlError>

namespace {
const char *const kColumns = "id, unit_id, id_number, name, gender, ethnicity, department, title, title_level, title_series,"
                             " sub_specialty, title_sought, education, phone, joined_on, birth_date, status, version";

// "(?, ?, …), (?, …)": `rows` groups of `perRow` placeholders.
QString placeholders(int rows, int perRow)
{
    QString group = QStringLiteral("(?");
    for (int i = 1; i < perRow; ++i)
        group += QStringLiteral(", ?");
    group += QLatin1Char(')');
    QString out = group;
    for (int r = 1; r < rows; ++r)
        out += QStringLiteral(", ") + group;
    return out;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The person's 17 stored fields in the order of the statements below (as StaffRepository binds them).
int bindFields(QSqlQuery &q, int at, const Staff &s)
{
    for (const QString *v : {&s.idNumber, &s.name, &s.gender, &s.ethnicity, &s.department, &s.title, &s.titleLevel, &s.titleSeries,
                             &s.subSpecialty, &s.titleSought, &s.education, &s.phone})
        q.bindValue(at++, sqlText(*v));
    q.bindValue(at++, dateValue(s.joinedOn));
    q.bindValue(at++, dateValue(s.birthDate));
    q.bindValue(at++, sqlText(s.status));
    q.bindValue(at++, ChineseName::sortKey(s.name));
    q.bindValue(at++, ChineseName::initials(s.name));
    return at;
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

bool StaffChunkWriter::prepared(QSqlQuery &q, int *preparedCount, int count, const QString &sql, QString *error)
{
    if (*preparedCount == count)
        return true;
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        *preparedCount = 0;
        return false;
    }
    *preparedCount = count;
    return true;
}

StaffChunkWriter::Result StaffChunkWriter::insert(QList<Staff> &rows, int first, int count, QString *error)
{
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
    const QString sql = QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, gender, ethnicity, department, title,"
                                       " title_level, title_series, sub_specialty, title_sought, education, phone, joined_on,"
                                       " birth_date, status, name_key, name_initials, created_at, updated_at) VALUES ")
        + placeholders(count, 21);
    if (!prepared(m_insert, &m_insertRows, count, sql, error))
        return Failed;
    int at = 0;
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        m_insert.bindValue(at++, m_nextId + i);
        m_insert.bindValue(at++, s.unitId);
        at = bindFields(m_insert, at, s);
        m_insert.bindValue(at++, m_now);
        m_insert.bindValue(at++, m_now);
    }
    if (!m_insert.exec()) {
        // The statement was undone (a duplicate ID number, say): the row-by-row path names the row.
        // It takes ids itself, so read MAX(id) again after it.
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
    before->clear();
    const QString select = QStringLiteral("SELECT %1 FROM staff WHERE id IN (?").arg(QLatin1String(kColumns))
        + QStringLiteral(", ?").repeated(count - 1) + QLatin1Char(')');
    if (!prepared(m_select, &m_selectRows, count, select, error))
        return Failed;
    for (int i = 0; i < count; ++i)
        m_select.bindValue(i, rows.at(first + i).id);
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
    const QString sql = QStringLiteral("UPDATE staff SET id_number = v.column2, name = v.column3, gender = v.column4,"
                                       " ethnicity = v.column5, department = v.column6, title = v.column7, title_level = v.column8,"
                                       " title_series = v.column9, sub_specialty = v.column10, title_sought = v.column11,"
                                       " education = v.column12, phone = v.column13, joined_on = v.column14, birth_date = v.column15,"
                                       " status = v.column16, name_key = v.column17, name_initials = v.column18,"
                                       " updated_at = v.column19, version = version + 1 FROM (VALUES ")
        + placeholders(count, 19) + QStringLiteral(") AS v WHERE staff.id = v.column1");
    if (!prepared(m_update, &m_updateRows, count, sql, error))
        return Failed;
    int at = 0;
    for (int i = 0; i < count; ++i) {
        const Staff &s = rows.at(first + i);
        m_update.bindValue(at++, s.id);
        at = bindFields(m_update, at, s);
        m_update.bindValue(at++, m_now);
    }
    if (!m_update.exec())
        return RowByRow; // undone (a duplicate ID number, say): the row-by-row path names the row
    if (m_update.numRowsAffected() != count) { // cannot happen: all present (checked above), ids unique
        if (error)
            *error = QStringLiteral("staff update: %1 of %2 rows written").arg(m_update.numRowsAffected()).arg(count);
        return Failed;
    }
    return Written;
}
