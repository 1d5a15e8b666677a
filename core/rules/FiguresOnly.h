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
// credits: when given, credits->at(i) is the CreditResult of items[i] under `set` (computed before, e.g.
// shared by many identical activities); the items are then not credited again.
YearResult aggregate(const RuleSet &set, int year, const QList<ActivityInput> &items,
                     const QList<CreditResult> *credits = nullptr);
CreditResult calculate(const RuleSet &set, const ActivityInput &input);
// The figures of aggregate() only (totals, fullYear, verdict, shortfalls; no items): the same
// computation, credits[i] being items[i]'s credit (FiguresOnlyYear.cpp; the bulk recompute's).
YearResult figures(const RuleSet &set, int year, const QList<ActivityInput> &items, const QList<const CreditResult *> &credits);
} // namespace FiguresOnly
