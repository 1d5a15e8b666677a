#pragma once
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"
#include "storage/PersonYearVerdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

// The stored person-year verdicts (table person_year_verdict, schema step "stored person-year
// verdicts"; docs/verdicts.md). One row per person and year that has activities; a person without
// activities in a year has the rule set's empty-year result (emptyYear()).
//
// Kept correct in the same transaction as every write: triggers on activity (insert, delete, update of
// what the engine reads) and on unit.rule_set mark (staff_id, year) in person_year_dirty; Transaction::
// commit() calls flushDirty() just before COMMIT, which recomputes the marked person-years in bulk and
// clears the marks. A rolled-back write rolls back its marks and its verdicts with it.
class VerdictStore
{
    Q_DECLARE_TR_FUNCTIONS(VerdictStore)
public:
    explicit VerdictStore(QSqlDatabase db, const RuleSetRegistry &registry = RuleSetRegistry::embedded());

    // Whether this database has the table (older schemas during an upgrade do not).
    bool available() const;
    // Recomputes the person-years marked dirty and clears the marks; runs inside the caller's write
    // transaction. Nothing marked: one cheap query.
    bool flushDirty(QString *error);
    int dirtyCount() const;
    // Replaces every stored verdict (of one year, 0 = all) by a serial recompute on this connection,
    // inside the caller's transaction (the schema step's backfill; VerdictRecompute's fallback).
    bool recomputeHere(int year, QString *error);
    // Replaces the stored verdicts of `year` (0 = all years) by `rows`, inside the caller's transaction.
    bool replace(int year, const QList<PersonYearVerdict> &rows, QString *error);

    // Every stored verdict (of one year, 0 = all), ordered by staff and year.
    QList<PersonYearVerdict> stored(int year = 0) const;
    // Every person of the unit for the year, figures only (no items), from the stored table; people
    // without a row get the empty-year result of `set`.
    QHash<qint64, YearResult> unitYear(const RuleSet &set, qint64 unitId, int year) const;
    // Why the stored verdicts no longer match the rules (empty = current): a row computed with other
    // rule-set data (fingerprint) or another rule set than the unit's in force for its year.
    QString staleReason() const;

    // The result of a year without activities under `set` (0 hours; compliant only if nothing is required).
    static YearResult emptyYear(const RuleSet &set, int year);
    // The year the registry's hours/verdict columns show on this connection (temp.ce_verdict_year, which
    // StaffQuery joins); set = nullptr: "not computed".
    static bool selectYear(QSqlDatabase db, const RuleSet *set, int year);
    static bool ensureYearTable(QSqlDatabase db);
    // Rows flushDirty() writes at a time (default 4,096; tests set a small number).
    static void setFlushBatchRows(int rows);

private:
    // groupOrder: the GROUP BY … ORDER BY clause; empty: VerdictComputer::orderBy().
    bool computeInto(const QString &sqlTail, const QVariantList &values, QList<PersonYearVerdict> *out, QString *error,
                     const std::function<bool(QList<PersonYearVerdict> *)> &sink = {}, const QString &groupOrder = {}) const;
    bool insertRows(const QList<PersonYearVerdict> &rows, QString *error);
    QSqlDatabase m_db;
    const RuleSetRegistry &m_registry;
};
