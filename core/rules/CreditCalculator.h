#pragma once
#include "rules/ActivityInput.h"
#include "rules/CreditResult.h"
#include "rules/RuleSet.h"

// Public API (rules engine) — credits one activity under one rule set.
//
//   static CreditResult calculate(const RuleSet &set, const ActivityInput &input)
//       1. finds the kind (error when the set has no such kind),
//       2. validates the parameters against the kind's fields: unknown names, wrong types, out-of-range
//          values (rank 0, negative days) and missing required fields are errors, defaults are filled,
//       3. resolves the subject (fixed by the kind, else the person's choice, else the kind's default,
//          else an error),
//       4. evaluates the formula and writes the one-line Chinese explanation naming the clause.
//       Never a silent zero: either ok() with hours (and a reason when nothing is creditable) or error.
//   static QJsonObject validatedParams(const ActivityKind &, const QJsonObject &params, QString *error)
//       step 2 alone (for forms and importers: check a row before saving it).
class CreditCalculator
{
public:
    static CreditResult calculate(const RuleSet &set, const ActivityInput &input);
    static QJsonObject validatedParams(const ActivityKind &kind, const QJsonObject &params, QString *error);
};
