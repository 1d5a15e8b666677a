#pragma once
#include "rules/RuleSet.h"
#include "rules/YearAggregator.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Public API (rules engine) — several years of one person: carry-over and the title-application
// cycle check (任职周期 / 近N年学时核认).
//
//   CycleYear     per year: hours as the year shows them (YearResult public/professional/total: one
//                 source of truth with the year and the printed 认定单), fullYear (视同完成全年: the year
//                 complies whatever its hours; it counts as the requirement in the yearly averages and
//                 lends nothing to the year before), madeUp (hours lent by the
//                 next year under CarryOverPolicy::NextYear), compliant after make-up, note (Chinese)
//   CycleResult   firstYear/lastYear, years, averageTotal/averagePublic/averageProfessional,
//                 cramming + crammingYears, compliant, explanation (Chinese lines), toJson()
//
//   static CycleResult CycleCheck::check(const RuleSet &set, const QList<YearResult> &years,
//                                        int firstYear, int lastYear)
//       Years of the range without a YearResult count as 0 hours. Carry-over: Forbidden/Unspecified —
//       none; NextYear — a year's shortfall (per subject, then total) is made up from the following
//       year's surplus over its own requirement, only from that one year. Verdict: EveryYear — every year
//       complies (after make-up); Average — the yearly averages reach the requirement and, with
//       noCramming, no single year holds the whole cycle's hours (years × requirement total).
//   static CycleResult CycleCheck::forApplication(const RuleSet &set, const QList<YearResult> &years,
//                                                 int applicationYear, int cycleYears = 0)
//       the range ending the year before applicationYear; its length is the set's
//       yearsBeforeApplication (Hunan: 5) or else cycleYears (the tenure cycle; must then be > 0).
struct CycleYear
{
    int year = 0;
    double total = 0;
    double publicHours = 0;
    double professionalHours = 0;
    double madeUp = 0;
    bool compliant = false;
    bool fullYear = false;
    QString note;
};

struct CycleResult
{
    QString ruleSetId;
    int firstYear = 0;
    int lastYear = 0;
    QList<CycleYear> years;
    double averageTotal = 0;
    double averagePublic = 0;
    double averageProfessional = 0;
    bool cramming = false;
    QList<int> crammingYears;
    bool compliant = false;
    QString error;
    QStringList explanation;

    QJsonObject toJson() const;
};

class CycleCheck
{
public:
    static CycleResult check(const RuleSet &set, const QList<YearResult> &years, int firstYear, int lastYear);
    static CycleResult forApplication(const RuleSet &set, const QList<YearResult> &years, int applicationYear,
                                      int cycleYears = 0);
};
