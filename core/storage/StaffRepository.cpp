#include "storage/StaffRepository.h"
#include "storage/SqlDialect.h"

#include "jobs/JobControl.h"

#include "domain/IdNumber.h"
#include "storage/AuditBatch.h"
#include "storage/AuditJson.h"
#include "storage/BulkWritePragmas.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/ChineseName.h"
#include "util/Clock.h"

#include "storage/SqlText.h"
#include "storage/StaffChunkWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

namespace {

const char *kColumns = "id, unit_id, id_number, name, gender, ethnicity, department, title, title_level, title_series,"
                       " sub_specialty, title_sought, education, phone, joined_on, birth_date, status, version";

// SELECT over our own column list; the tail is a constant clause with placeholders, never user text.
QString selectStaff(const char *tail)
{
    return QStringLiteral("SELECT %1 FROM staff %2").arg(QLatin1String(kColumns), QLatin1String(tail));
}

Staff readStaff(const QSqlQuery &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.unitId = q.value(1).toLongLong();
    s.idNumber = q.value(2).toString();
    s.name = q.value(3).toString();
    s.gender = q.value(4).toString();
    s.ethnicity = q.value(5).toString();
    s.department = q.value(6).toString();
    s.title = q.value(7).toString();
    s.titleLevel = q.value(8).toString();
    s.titleSeries = q.value(9).toString();
    s.subSpecialty = q.value(10).toString();
    s.titleSought = q.value(11).toString();
    s.education = q.value(12).toString();
    s.phone = q.value(13).toString();
    s.joinedOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    s.birthDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s.status = q.value(16).toString();
    s.version = q.value(17).toInt();
    return s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Binds the values in order from position `first`.
int bindFrom(QSqlQuery &q, int first, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        q.bindValue(first++, v);
    return first;
}

// Binds the person's fields from position `first`; returns the next position.
int bindFields(QSqlQuery &q, int first, const Staff &s)
{
    for (const QString &v : {s.idNumber, s.name, s.gender, s.ethnicity, s.department, s.title, s.titleLevel, s.titleSeries,
                             s.subSpecialty, s.titleSought, s.education, s.phone})
        q.bindValue(first++, sqlText(v));
    return bindFrom(q, first, {dateValue(s.joinedOn), dateValue(s.birthDate), sqlText(s.status), ChineseName::sortKey(s.name),
                               ChineseName::initials(s.name)});
}

const char *const kInsert = "INSERT INTO staff (unit_id, id_number, name, gender, ethnicity, department, title, title_level,"
                            " title_series, sub_specialty, title_sought, education, phone, joined_on, birth_date, status,"
                            " name_key, name_initials, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// The INSERT in the connection's dialect: a duplicate ID number skipped on PostgreSQL (no error that
// would abort the transaction), reported by SQLite; the new id returned.
QString insertStatement(const QSqlDatabase &db)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    return QLatin1String(kInsert) + dialect.skipConflict(QStringLiteral("unit_id, id_number")) + dialect.returningId();
}

const char *const kUpdate = "UPDATE staff SET id_number = ?, name = ?, gender = ?, ethnicity = ?, department = ?, title = ?,"
                            " title_level = ?, title_series = ?, sub_specialty = ?, title_sought = ?, education = ?, phone = ?,"
                            " joined_on = ?, birth_date = ?, status = ?, name_key = ?, name_initials = ?, updated_at = ?,"
                            " version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)";

// applyBatch inside its transaction: INSERT, UPDATE and the read of the row before prepared once and
// reused for every row, the clock read once, the audit rows through one statement (AuditBatch). Set on
// this thread while the batch runs; single-row writes go the plain way.
struct StaffBatch
{
    explicit StaffBatch(const QSqlDatabase &db)
        : connection(db.connectionName()), audit(db), insert(db), update(db), select(db), now(audit.at())
    {
    }
    bool prepare()
    {
        return insert.prepare(insertStatement(QSqlDatabase::database(connection, false))) && update.prepare(QLatin1String(kUpdate))
            && select.prepare(selectStaff("WHERE id = ?"));
    }
    QString connection;
    AuditBatch audit;
    QSqlQuery insert, update, select;
    QString now;
};
thread_local StaffBatch *t_batch = nullptr;

StaffBatch *batchFor(const QSqlDatabase &db)
{
    return t_batch && t_batch->connection == db.connectionName() ? t_batch : nullptr;
}

// "ID number … is already in the registry (name, department)": who holds it.
QString duplicateIdText(QSqlDatabase db, const QString &idNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, department FROM staff WHERE id_number = ?"));
    q.addBindValue(idNumber);
    if (q.exec() && q.next()) {
        const QString who = q.value(1).toString().isEmpty() ? q.value(0).toString()
                                                             : q.value(0).toString() + QStringLiteral("，") + q.value(1).toString();
        return StaffRepository::tr("ID number %1 is already in the registry: %2").arg(idNumber, who);
    }
    return StaffRepository::tr("ID number %1 is already in the registry").arg(idNumber);
}
} // namespace

bool StaffRepository::prepare(Staff &s, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (QString *f : {&s.name, &s.gender, &s.ethnicity, &s.department, &s.title, &s.titleLevel, &s.titleSeries,
                       &s.subSpecialty, &s.titleSought, &s.education, &s.phone, &s.status})
        *f = f->trimmed();
    s.idNumber = IdNumber::normalized(s.idNumber);
    if (!IdNumber::validate(s.idNumber, error))
        return false;
    // As the importers: no birth date after today, no one under 16 (issue 11).
    if (!IdNumber::validateBirthDate(s.idNumber, Clock::current().today(), error))
        return false;
    if (s.name.isEmpty())
        return fail(tr("Name is missing"));
    const QString derived = IdNumber::genderText(IdNumber::gender(s.idNumber));
    if (s.gender == QStringLiteral("男性"))
        s.gender = QStringLiteral("男");
    if (s.gender == QStringLiteral("女性"))
        s.gender = QStringLiteral("女");
    if (s.gender.isEmpty())
        s.gender = derived;
    else if (s.gender != derived)
        return fail(tr("Gender %1 does not match the ID number (which gives %2)").arg(s.gender, derived));
    s.birthDate = IdNumber::birthDate(s.idNumber);
    if (!s.titleLevel.isEmpty() && !Staff::titleLevels().contains(s.titleLevel))
        return fail(tr("Title level %1 is not one of %2").arg(s.titleLevel, Staff::titleLevels().join(QStringLiteral("/"))));
    if (s.status.isEmpty())
        s.status = Staff::statuses().first();
    if (!Staff::statuses().contains(s.status))
        return fail(tr("Status %1 is not one of %2").arg(s.status, Staff::statuses().join(QStringLiteral("/"))));
    if (s.joinedOn.isValid() && s.joinedOn < s.birthDate)
        return fail(tr("Date joined %1 is before the birth date").arg(s.joinedOn.toString(Qt::ISODate)));
    return true;
}

bool StaffRepository::insertRow(Staff &s, QString *error)
{
    StaffBatch *batch = batchFor(m_db);
    QSqlQuery single(m_db);
    QSqlQuery &q = batch ? batch->insert : single;
    if (!batch)
        q.prepare(insertStatement(m_db));
    const QString now = batch ? batch->now : Clock::current().now().toString(Qt::ISODate);
    q.bindValue(0, s.unitId);
    bindFrom(q, bindFields(q, 1, s), {now, now});
    if (!q.exec()) {
        if (error) {
            *error = SqlDialect::of(m_db).isUniqueViolation(q.lastError())
                ? duplicateIdText(m_db, s.idNumber)
                : q.lastError().text();
        }
        return false;
    }
    s.id = SqlDialect::of(m_db).insertedId(q);
    if (s.id == 0) { // PostgreSQL: the conflicting row was skipped (skipConflict)
        if (error)
            *error = duplicateIdText(m_db, s.idNumber);
        return false;
    }
    if (batch)
        return batch->audit.appendJson(QStringLiteral("staff"), s.id, QStringLiteral("insert"), QByteArray(), AuditJson::staff(s), error);
    return AuditLog::record(m_db, QStringLiteral("staff"), s.id, QStringLiteral("insert"), {}, s.toJson(), error);
}

bool StaffRepository::updateRow(const Staff &s, QString *error)
{
    StaffBatch *batch = batchFor(m_db);
    Staff before;
    bool found = false;
    if (batch) {
        batch->select.bindValue(0, s.id);
        found = batch->select.exec() && batch->select.next();
        if (found)
            before = readStaff(batch->select);
        batch->select.finish();
    } else {
        found = byId(s.id, &before);
    }
    if (!found) {
        if (error)
            *error = tr("Person %1 is not in the registry").arg(s.id);
        return false;
    }
    QSqlQuery single(m_db);
    QSqlQuery &q = batch ? batch->update : single;
    if (!batch)
        q.prepare(QLatin1String(kUpdate));
    bindFrom(q, bindFields(q, 0, s), {batch ? batch->now : Clock::current().now().toString(Qt::ISODate), s.id, s.version, s.version});
    if (!q.exec()) {
        if (error) {
            *error = SqlDialect::of(m_db).isUniqueViolation(q.lastError())
                ? duplicateIdText(m_db, s.idNumber)
                : q.lastError().text();
        }
        return false;
    }
    if (q.numRowsAffected() == 0) {
        m_conflict = true;
        if (error)
            *error = tr("%1 was changed by someone else since you opened it (version %2, now %3): reload to see the change, or overwrite it")
                         .arg(before.name)
                         .arg(s.version)
                         .arg(before.version);
        return false;
    }
    Staff after = s;
    after.unitId = before.unitId;
    if (batch)
        return batch->audit.appendJson(QStringLiteral("staff"), s.id, QStringLiteral("update"), AuditJson::staff(before),
                                       AuditJson::staff(after), error);
    return AuditLog::record(m_db, QStringLiteral("staff"), s.id, QStringLiteral("update"), before.toJson(), after.toJson(), error);
}

bool StaffRepository::insert(Staff &staff, QString *error)
{
    if (!prepare(staff, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) { // never write outside the transaction (another writer holds the lock)
        if (error)
            *error = tx.errorString();
        return false;
    }
    return insertRow(staff, error) && tx.commit();
}

bool StaffRepository::update(const Staff &staff, QString *error)
{
    m_conflict = false;
    Staff s = staff;
    if (!prepare(s, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return updateRow(s, error) && tx.commit();
}

bool StaffRepository::remove(qint64 id, QString *error)
{
    Staff before;
    if (!byId(id, &before)) {
        if (error)
            *error = tr("Person %1 is not in the registry").arg(id);
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM activity WHERE staff_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        if (error)
            *error = tr("%1 has recorded activities and cannot be deleted; mark the person as 离职 instead").arg(before.name);
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM staff WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return AuditLog::record(m_db, QStringLiteral("staff"), id, QStringLiteral("delete"), before.toJson(), {}, error) && tx.commit();
}

bool StaffRepository::applyBatch(QList<Staff> &inserts, const QList<Staff> &updates, QString *error)
{
    const BulkWritePragmas pragmas(m_db); // before the transaction, released after it
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    StaffBatch batch(m_db);
    if (!batch.prepare()) {
        if (error)
            *error = batch.insert.lastError().text() + batch.update.lastError().text();
        return false;
    }
    StaffBatch *const previous = t_batch;
    t_batch = &batch;
    const auto restore = qScopeGuard([previous] { t_batch = previous; });
    int written = 0; // progress and Cancel for a worker running this (JobControl; no-ops otherwise)
    StaffChunkWriter chunks(m_db, batch.now);
    batch.audit.setBuffered(true); // flushed at the end of every chunk
    for (int first = 0; first < inserts.size(); first += StaffChunkWriter::InsertChunk) {
        const int count = std::min(StaffChunkWriter::InsertChunk, int(inserts.size()) - first);
        if (JobControl::canceledHere())
            return false;
        const StaffChunkWriter::Result result = chunks.insert(inserts, first, count, error);
        if (result == StaffChunkWriter::Failed)
            return false;
        for (int i = first; i < first + count; ++i) {
            Staff &s = inserts[i];
            if (result == StaffChunkWriter::RowByRow ? !insertRow(s, error)
                                                     : !batch.audit.appendJson(QStringLiteral("staff"), s.id, QStringLiteral("insert"),
                                                                               QByteArray(), AuditJson::staff(s), error))
                return false;
        }
        if (!batch.audit.flush(error))
            return false;
        JobControl::reportHere(written += count);
    }
    QHash<qint64, Staff> before;
    for (int first = 0; first < updates.size(); first += StaffChunkWriter::UpdateChunk) {
        const int count = std::min(StaffChunkWriter::UpdateChunk, int(updates.size()) - first);
        if (JobControl::canceledHere())
            return false;
        const StaffChunkWriter::Result result = chunks.update(updates, first, count, &before, error);
        if (result == StaffChunkWriter::Failed)
            return false;
        for (int i = first; i < first + count; ++i) {
            const Staff &s = updates.at(i);
            if (result == StaffChunkWriter::RowByRow) {
                if (!updateRow(s, error))
                    return false;
                continue;
            }
            const Staff &was = before[s.id];
            Staff after = s;
            after.unitId = was.unitId;
            if (!batch.audit.appendJson(QStringLiteral("staff"), s.id, QStringLiteral("update"), AuditJson::staff(was),
                                        AuditJson::staff(after), error))
                return false;
        }
        if (!batch.audit.flush(error))
            return false;
        JobControl::reportHere(written += count);
    }
    return tx.commit();
}

bool StaffRepository::byId(qint64 id, Staff *staff) const
{
    QSqlQuery q(m_db);
    const QString sql = selectStaff("WHERE id = ?");
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *staff = readStaff(q);
    return true;
}

bool StaffRepository::byIdNumber(qint64 unitId, const QString &idNumber, Staff *staff) const
{
    QSqlQuery q(m_db);
    const QString sql = selectStaff("WHERE unit_id = ? AND id_number = ?");
    q.prepare(sql);
    q.addBindValue(unitId);
    q.addBindValue(IdNumber::normalized(idNumber));
    if (!q.exec() || !q.next())
        return false;
    *staff = readStaff(q);
    return true;
}

QList<Staff> StaffRepository::list(qint64 unitId) const
{
    QList<Staff> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = selectStaff("WHERE unit_id = ? ORDER BY department, name, id");
    q.prepare(sql);
    q.addBindValue(unitId);
    if (q.exec()) {
        while (q.next())
            out << readStaff(q);
    }
    return out;
}

int StaffRepository::count(qint64 unitId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE unit_id = ?"));
    q.addBindValue(unitId);
    return (q.exec() && q.next()) ? q.value(0).toInt() : 0;
}
