#pragma once
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QHash>
#include <QSqlDatabase>

// Yearly compliance of stored people. personYear() / unitYearDetailed() run the rules engine's
// YearAggregator live (with every item and explanation: the person page, printed and JSON output);
// unitYear() reads the stored verdicts (VerdictStore: figures only, no recompute). fill() chooses the
// year whose stored verdicts StaffQuery joins for the registry's hours/verdict columns and filter.
class ComplianceTable
{
public:
    explicit ComplianceTable(QSqlDatabase db, const RuleSetRegistry &registry = RuleSetRegistry::embedded());

    // The set of the unit's chosen set's family in force for the year, else the chosen set itself.
    const RuleSet *ruleSetFor(const QString &unitRuleSet, int year) const;

    YearResult personYear(const RuleSet &set, qint64 staffId, int year) const;
    // Every person of the unit (with or without activities) for the year: the stored figures (hours,
    // verdict, shortfalls; no items), people without activities with the empty year's result.
    QHash<qint64, YearResult> unitYear(const RuleSet &set, qint64 unitId, int year) const;
    // As unitYear(), computed live with every item (slow for a large unit: only for detailed output).
    QHash<qint64, YearResult> unitYearDetailed(const RuleSet &set, qint64 unitId, int year) const;
    // The registry (StaffQuery on this connection) shows the stored verdicts of `year` (nothing is computed).
    bool fill(const RuleSet &set, qint64 unitId, int year, QString *error = nullptr);
    // The registry shows no verdicts (no rule set: nothing computed).
    bool clear();

private:
    QSqlDatabase m_db;
    const RuleSetRegistry &m_registry;
};
