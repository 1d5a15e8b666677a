#include "storage/ComplianceTable.h"

#include "storage/ActivityRepository.h"
#include "storage/StaffQuery.h"
#include "storage/VerdictStore.h"

#include <QCoreApplication>
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
    return VerdictStore(m_db, m_registry).unitYear(set, unitId, year);
}

QHash<qint64, YearResult> ComplianceTable::unitYearDetailed(const RuleSet &set, qint64 unitId, int year) const
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
    return VerdictStore::selectYear(m_db, nullptr, 0);
}

bool ComplianceTable::fill(const RuleSet &set, qint64 unitId, int year, QString *error)
{
    Q_UNUSED(unitId)
    if (VerdictStore::selectYear(m_db, &set, year))
        return true;
    if (error)
        *error = QCoreApplication::translate("ComplianceTable", "Cannot choose the year %1 for the registry").arg(year);
    return false;
}
