#pragma once
#include "rules/RuleSetRegistry.h"
#include "rules/CreditResult.h"
#include "storage/PersonYearVerdict.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <atomic>

class QSqlQuery;

// The bulk path that computes stored verdicts: one forward-only query over many people's activities
// (selected as columns(), ordered by orderBy()), each row decoded once, every person-year aggregated
// under its unit's rule set in force for the year without explanation text. Reads only; one instance
// per thread (it caches rule sets and fingerprints per unit and year).
class VerdictComputer
{
public:
    // unit id -> the unit's chosen rule set id (unit.rule_set)
    VerdictComputer(QHash<qint64, QString> unitRuleSets, const RuleSetRegistry &registry = RuleSetRegistry::embedded());

    // The unit rule sets of a database (unit.id -> unit.rule_set).
    static QHash<qint64, QString> unitRuleSets(QSqlDatabase db);
    // The set of the unit's chosen set's family in force for the year, else the chosen set itself
    // (as ComplianceTable::ruleSetFor); nullptr when the unit has no (known) rule set.
    static const RuleSet *inForce(const RuleSetRegistry &registry, const QString &unitRuleSet, int year);
    // Hash of the rule set's data (its JSON as loaded): a stored verdict computed with other data is stale.
    static QString fingerprint(const RuleSet &set);

    // Columns and GROUP BY/ORDER BY the query passed to run() must use (alias a = activity, s = staff):
    // one row per person-year, its activities packed into one value.
    static QString columns();
    static QString columns(const class SqlDialect &dialect); // the same text in the connection's dialect
    static QString orderBy();

    // Appends one verdict per person-year found in the query's rows (activities in the order of
    // ActivityRepository::list: start date, id) (people without a rule set are
    // skipped). Returns false when cancelled (the flag became true) or the query failed.
    bool run(QSqlQuery &query, QList<PersonYearVerdict> *out, const std::atomic<bool> *cancelled = nullptr,
             std::atomic<int> *peopleDone = nullptr);

    // The rule set in force for a unit's year (cached).
    const RuleSet *setFor(qint64 unitId, int year);

private:
    QString fingerprintOf(const RuleSet *set);
    // Texts of the short, repeated fields (kind, subject), converted once: bytes -> text.
    QList<QPair<QByteArray, QString>> m_kindTexts, m_subjectTexts;
    QHash<qint64, QString> m_unitRuleSets;
    const RuleSetRegistry &m_registry;
    QHash<QPair<qint64, int>, const RuleSet *> m_sets;
    QHash<const RuleSet *, QString> m_fingerprints;
    // Credits of identical activities (same set, kind, year, subject, parameter text and, for kinds
    // whose hours follow the dates, the dates): computed and JSON-decoded once.
    QHash<QByteArray, CreditResult> m_credits;
};
