#pragma once
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QHash>
#include <QSqlDatabase>

// Yearly compliance of stored people: reads their activities and runs the rules engine's
// YearAggregator under the unit's rule set in force for the year. fill() also writes the results
// to this connection's temporary table temp.ce_compliance, which StaffQuery joins for the
// registry's hours/verdict columns and the compliance filter.
class ComplianceTable
{
public:
    explicit ComplianceTable(QSqlDatabase db, const RuleSetRegistry &registry = RuleSetRegistry::embedded());

    // The set of the unit's chosen set's family in force for the year, else the chosen set itself.
    const RuleSet *ruleSetFor(const QString &unitRuleSet, int year) const;

    YearResult personYear(const RuleSet &set, qint64 staffId, int year) const;
    // Every person of the unit (with or without activities) for the year; active staff only when asked.
    QHash<qint64, YearResult> unitYear(const RuleSet &set, qint64 unitId, int year) const;
    // unitYear() written into temp.ce_compliance (replacing its rows).
    bool fill(const RuleSet &set, qint64 unitId, int year, QString *error = nullptr);
    // Empties temp.ce_compliance (no rule set: nothing computed).
    bool clear();

private:
    QSqlDatabase m_db;
    const RuleSetRegistry &m_registry;
};
