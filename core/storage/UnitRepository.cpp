#include "storage/UnitRepository.h"
#include "storage/SqlDialect.h"

#include "storage/Transaction.h"

#include "domain/CreditCode.h"

#include "storage/SqlText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool readUnit(QSqlQuery &q, Unit *unit)
{
    if (!q.next())
        return false;
    unit->id = q.value(0).toLongLong();
    unit->name = q.value(1).toString();
    unit->creditCode = q.value(2).toString();
    unit->nature = q.value(3).toString();
    unit->region = q.value(4).toString();
    unit->ruleSet = q.value(5).toString();
    unit->contactPerson = q.value(6).toString();
    unit->contactPhone = q.value(7).toString();
    return true;
}

// SELECT over our own column list; the tail is a constant clause, never user text.
QString selectUnit(const char *tail)
{
    return QLatin1String("SELECT id, name, credit_code, nature, region, rule_set, contact_person, contact_phone FROM unit ")
        + QLatin1String(tail);
}

// Validates and writes the row (inside the caller's transaction).
bool saveRow(QSqlDatabase db, Unit &unit, QString *error)
{
    unit.name = unit.name.trimmed();
    unit.creditCode = CreditCode::normalized(unit.creditCode);
    if (!UnitRepository::validate(unit, error))
        return false;
    QSqlQuery q(db);
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString insert = QStringLiteral("INSERT INTO unit (name, credit_code, nature, region, rule_set, contact_person, contact_phone)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)")
        + dialect.returningId();
    if (unit.id == 0)
        q.prepare(insert);
    else
        q.prepare(QStringLiteral("UPDATE unit SET name = ?, credit_code = ?, nature = ?, region = ?, rule_set = ?,"
                                 " contact_person = ?, contact_phone = ? WHERE id = ?"));
    for (const QString &v : {unit.name, unit.creditCode, unit.nature, unit.region, unit.ruleSet, unit.contactPerson, unit.contactPhone})
        q.addBindValue(sqlText(v));
    if (unit.id != 0)
        q.addBindValue(unit.id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (unit.id == 0)
        unit.id = dialect.insertedId(q);
    return true;
}
} // namespace

bool UnitRepository::first(Unit *unit, QString *error) const
{
    QSqlQuery q(m_db);
    const QString sql = selectUnit("ORDER BY id LIMIT 1");
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return readUnit(q, unit);
}

bool UnitRepository::byId(qint64 id, Unit *unit, QString *error) const
{
    QSqlQuery q(m_db);
    const QString sql = selectUnit("WHERE id = ?");
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return readUnit(q, unit);
}

bool UnitRepository::validate(const Unit &unit, QString *error)
{
    if (unit.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("Unit name is missing");
        return false;
    }
    if (!unit.creditCode.trimmed().isEmpty() && !CreditCode::validate(unit.creditCode, error))
        return false;
    return true;
}

bool UnitRepository::save(Unit &unit, QString *error)
{
    // One transaction: a change of the rule set recomputes the stored verdicts with it (Transaction::commit).
    // Called inside the caller's transaction (cehours-cli init), the write joins it and its commit does.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (tx.errorString().contains(QLatin1String("within a transaction")))
            return saveRow(m_db, unit, error);
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!saveRow(m_db, unit, error))
        return false;
    if (tx.commit())
        return true;
    if (error)
        *error = tx.errorString();
    return false;
}

qint64 UnitRepository::ensureDefault(QString *error)
{
    // Under the write lock: two processes cannot both find no unit and both add one.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return 0;
    }
    Unit unit;
    if (first(&unit, error))
        return unit.id;
    unit.name = tr("My unit");
    return saveRow(m_db, unit, error) && tx.commit() ? unit.id : 0;
}
