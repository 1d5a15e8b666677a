#pragma once
#include "rules/RuleSetRegistry.h"
#include "rules/CreditResult.h"
#include "storage/PersonYearVerdict.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QVariantList>

#include <atomic>
#include <deque>
#include <functional>

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

    // Columns and GROUP BY/ORDER BY the query passed to run() must use (alias a = activity, s = staff
    // when joinsStaff): one row per person-year, its activities packed into one value
    // (PackedActivities). The columns hold placeholders: bind columnValues() first, before the
    // values of the rest of the statement. Without joinsStaff the query reads no staff row and each
    // person's unit comes from setStaffUnits().
    QString columns(bool joinsStaff = true) const;
    QString columns(const class SqlDialect &dialect, bool joinsStaff = true) const; // in the connection's dialect
    QVariantList columnValues() const { return m_titleKinds; }
    static QString orderBy();
    // Fingerprints shared by the computers of one recompute (each costs about 8 M instructions: the
    // set's JSON written and hashed); guarded by its mutex; must outlive the computers.
    struct FingerprintCache
    {
        QMutex mutex;
        QHash<const RuleSet *, QString> bySet;
    };
    void setFingerprintCache(FingerprintCache *cache) { m_sharedFingerprints = cache; }
    // Hands the verdicts over in batches while run() goes on (bounded memory for a commit that
    // recomputes very many person-years): called with `out` once it holds `rows`; the sink takes the
    // rows it wants (and clears them); false stops run() (it then returns false).
    using Sink = std::function<bool(QList<PersonYearVerdict> *out)>;
    void setBatchSink(int rows, Sink sink)
    {
        m_batchRows = rows;
        m_sink = std::move(sink);
    }
    // staff id -> unit id, for a query of columns(false); the map must outlive run().
    void setStaffUnits(const QHash<qint64, qint64> *staffUnits) { m_staffUnits = staffUnits; }

    // Appends one verdict per person-year found in the query's rows (activities in the order of
    // ActivityRepository::list: start date, id) (people without a rule set are
    // skipped). Returns false when cancelled (the flag became true) or the query failed.
    bool run(QSqlQuery &query, QList<PersonYearVerdict> *out, const std::atomic<bool> *cancelled = nullptr,
             std::atomic<int> *peopleDone = nullptr);

    // Why run() failed when the query itself did not (packed activities that could not be read).
    QString errorString() const { return m_error; }

    // The rule set in force for a unit's year (cached).
    const RuleSet *setFor(qint64 unitId, int year);

private:
    QString fingerprintOf(const RuleSet *set);
    // Texts of the short, repeated fields (kind, subject), converted once: bytes -> text.
    QList<QPair<QByteArray, QString>> m_kindTexts, m_subjectTexts;
    QHash<qint64, QString> m_unitRuleSets;
    const RuleSetRegistry &m_registry;
    // The kinds whose rules compare titles ("$title" in chooseOne.sameWhen): only their titles are read.
    QVariantList m_titleKinds;
    QString m_error;
    const QHash<qint64, qint64> *m_staffUnits = nullptr;
    FingerprintCache *m_sharedFingerprints = nullptr;
    int m_batchRows = 0;
    Sink m_sink;
    QHash<QPair<qint64, int>, const RuleSet *> m_sets;
    QHash<const RuleSet *, QString> m_fingerprints;
    // Credits of identical activities (same set, kind, year, subject, parameter text and, for kinds
    // whose hours follow the dates, the dates): computed and JSON-decoded once.
    // (the credits live in the deque, which never moves them; both cleared between person-years)
    QHash<QByteArray, const CreditResult *> m_credits;
    std::deque<CreditResult> m_creditStore;
};
