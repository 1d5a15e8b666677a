#include "storage/ComplianceTable.h"

#include "storage/ActivityRepository.h"
#include "storage/StaffQuery.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

ComplianceTable::ComplianceTable(QSqlDatabase db, const RuleSetRegistry &registry)
    : m_db(std::move(db)), m_registry(registry)
{
    StaffQuery::ensureComplianceTable(m_db);
}

const RuleSet *ComplianceTable::ruleSetFor(const QString &unitRuleSet, int year) const
{
    const RuleSet *chosen = m_registry.find(unitRuleSet);
    if (!chosen)
        return nullptr;
    if (const RuleSet *inForce = m_registry.resolve(chosen->family(), year))
        return inForce;
    return chosen;
}

YearResult ComplianceTable::personYear(const RuleSet &set, qint64 staffId, int year) const
{
    QList<ActivityInput> inputs;
    for (const Activity &a : ActivityRepository(m_db).list(staffId, year))
        inputs << ActivityInput::fromActivity(a);
    YearResult r = YearAggregator::aggregate(set, year, inputs);
    r.person = QString::number(staffId);
    return r;
}

QHash<qint64, YearResult> ComplianceTable::unitYear(const RuleSet &set, qint64 unitId, int year) const
{
    QHash<qint64, QList<ActivityInput>> byStaff;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM staff WHERE unit_id = ?"));
    q.addBindValue(unitId);
    if (q.exec()) {
        while (q.next())
            byStaff.insert(q.value(0).toLongLong(), {});
    }
    for (const Activity &a : ActivityRepository(m_db).listForYear(unitId, year))
        byStaff[a.staffId] << ActivityInput::fromActivity(a);
    QHash<qint64, YearResult> out;
    out.reserve(byStaff.size());
    for (auto it = byStaff.cbegin(); it != byStaff.cend(); ++it) {
        YearResult r = YearAggregator::aggregate(set, year, it.value());
        r.person = QString::number(it.key());
        out.insert(it.key(), r);
    }
    return out;
}

bool ComplianceTable::clear()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM temp.ce_compliance"));
}

bool ComplianceTable::fill(const RuleSet &set, qint64 unitId, int year, QString *error)
{
    const QHash<qint64, YearResult> results = unitYear(set, unitId, year);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM temp.ce_compliance"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO temp.ce_compliance (staff_id, public_hours, professional_hours, total_hours,"
                             " shortfall, compliant) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        const YearResult &r = it.value();
        q.addBindValue(it.key());
        q.addBindValue(r.publicHours);
        q.addBindValue(r.professionalHours);
        q.addBindValue(r.total);
        q.addBindValue(qMax(r.shortfallTotal, r.shortfallPublic + r.shortfallProfessional));
        q.addBindValue(r.compliant ? 1 : 0);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return tx.commit();
}
