#pragma once
#include "rules/ActivityInput.h"
#include "rules/CreditResult.h"
#include "rules/RuleSet.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Public API (rules engine) — one person's year under one rule set.
//
//   YearItem     one input with its CreditResult, whether it counted, the hours counted (after the
//                set's policies and yearly caps) and, when not (fully) counted, the Chinese reason
//   YearResult   publicHours / professionalHours / total (counted hours), fullYear (an item counts as
//                the whole year), compliant, shortfallTotal / shortfallPublic / shortfallProfessional
//                (0 when met or the set has no such minimum), countedItems() / notCountedItems(),
//                verdictText() (Chinese one line),
//                errors() (items whose parameters were bad — never counted), toJson()
//
//   static YearResult YearAggregator::aggregate(const RuleSet &set, int year, const QList<ActivityInput> &items)
//       credits each item (CreditCalculator) then applies, in order: errors and non-creditable items
//       (not counted), deadlines (declared/completed after the set's deadline: not counted), the
//       aggregation policy (HighestConversionOnly: Conversion activities are summed per table item,
//       ActivityKind::group, and only the item with the most hours counts; a tie goes to an item with a
//       "whole year" activity, else to the earlier item), per-kind yearly caps (in input order; the item that crosses the cap
//       counts partly), and sums by subject. Items of another year are listed as not counted.
struct YearItem
{
    ActivityInput input;
    CreditResult credit;
    bool counted = false;
    double countedHours = 0;
    QString reason;        // why not counted / counted only partly (Chinese)

    QJsonObject toJson() const;
};

struct YearResult
{
    QString ruleSetId;
    QString person;
    int year = 0;
    QList<YearItem> items;
    double publicHours = 0;
    double professionalHours = 0;
    double total = 0;
    bool fullYear = false;
    bool compliant = false;
    double shortfallTotal = 0;
    double shortfallPublic = 0;
    double shortfallProfessional = 0;
    Requirement requirement;

    // Hours as the cycle checks see them: a fullYear year meets every minimum.
    double effectiveTotal() const;
    double effectivePublic() const;
    double effectiveProfessional() const;
    QStringList errors() const;
    QList<YearItem> countedItems() const;
    QList<YearItem> notCountedItems() const;   // each with its reason
    QString verdictText() const;
    QJsonObject toJson() const;
};

class YearAggregator
{
public:
    static YearResult aggregate(const RuleSet &set, int year, const QList<ActivityInput> &items);
};
