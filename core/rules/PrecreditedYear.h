#pragma once
#include "rules/ActivityInput.h"
#include "rules/CreditResult.h"
#include "rules/RuleSet.h"
#include "rules/YearAggregator.h"

// Rules engine — YearAggregator::aggregate (explained: reasons and explanations included) for items
// whose CreditResults were computed before: credits.at(i) must be CreditCalculator::calculate(set,
// items[i]). Callers that credit many identical activities (the exports: a year of 10,000 people has
// a few hundred distinct kind/parameter combinations) compute each once and reuse it; the result is
// the same as YearAggregator::aggregate(set, year, items). Own header so that the widely included
// engine headers stay as they are.
namespace PrecreditedYear {
YearResult aggregate(const RuleSet &set, int year, const QList<ActivityInput> &items, const QList<CreditResult> &credits);
} // namespace PrecreditedYear
