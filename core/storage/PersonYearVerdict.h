#pragma once
#include "rules/RuleSet.h"
#include "rules/YearAggregator.h"

#include <QString>

// One stored person-year result (table person_year_verdict): the figures of YearResult without its
// items. Hours are the engine's doubles stored as SQLite REALs (the same 64 bits: no rounding, no drift).
// fingerprint = VerdictComputer::fingerprint() of the rule set the figures were computed with.
struct PersonYearVerdict
{
    qint64 staffId = 0;
    int year = 0;
    QString ruleSet;
    QString fingerprint;
    double publicHours = 0;
    double professionalHours = 0;
    double total = 0;
    bool fullYear = false;
    bool compliant = false;
    double shortfallTotal = 0;
    double shortfallPublic = 0;
    double shortfallProfessional = 0;

    // The registry's one "shortfall" figure: the larger of the total's and the two subjects' gaps.
    double shortfall() const { return qMax(shortfallTotal, shortfallPublic + shortfallProfessional); }
    // The figures as a YearResult (no items) under the set they were computed with (requirement, texts).
    YearResult toResult(const RuleSet &set) const;
    static PersonYearVerdict fromResult(const YearResult &r, qint64 staffId, const QString &fingerprint);
    bool operator==(const PersonYearVerdict &o) const;
    bool operator!=(const PersonYearVerdict &o) const { return !(*this == o); }
    QString toString() const;   // for test messages
};
