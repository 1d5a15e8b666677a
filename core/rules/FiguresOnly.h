#pragma once
#include "rules/ActivityInput.h"
#include "rules/CreditResult.h"
#include "rules/RuleSet.h"
#include "rules/YearAggregator.h"

// Rules engine — the same computation as YearAggregator::aggregate / CreditCalculator::calculate
// without building any text: no explanation line, no reasons, no derivation warnings. Hours, subject,
// creditable, fullYear, errors, counted flags, totals, verdict and shortfalls are identical (the
// stored verdicts and their bulk recompute use it; explanations are built only where shown or printed).
// Kept in its own header so that the widely included engine headers stay as they are.
namespace FiguresOnly {
YearResult aggregate(const RuleSet &set, int year, const QList<ActivityInput> &items);
CreditResult calculate(const RuleSet &set, const ActivityInput &input);
} // namespace FiguresOnly
