#pragma once
#include <QDate>
#include <QString>

// Public API (rules engine) — the per-set policies read from the rule-set JSON.
//
//   Requirement       yearly minimums: total, public, professional (< 0 = the set has no such minimum)
//   AggregationPolicy how a year's items combine: Sum, or HighestConversionOnly (of the Conversion kinds,
//                     only one table item — ActivityKind::group — counts per year: the group whose
//                     activities add up to the most hours; Learning items still add up)
//   CarryOverPolicy   Unspecified / Forbidden (hours never move to another year) / NextYear (a shortfall
//                     may be made up from the next year's surplus, only that one year: no cramming)
//   CyclePolicy       EveryYear (each year of the cycle must comply) or Average (the yearly average over
//                     the cycle must reach the requirement; no single year may hold the whole cycle's
//                     hours when noCramming); yearsBeforeApplication > 0 fixes the span (Hunan: 5)
//   Deadline          a date after which an item no longer counts for its year: check Declared (the
//                     input's declaredOn) or Completed (the input's date); appliesTo "all"/"public"/"professional"
struct Requirement
{
    double total = 90;
    double publicMin = -1;
    double professionalMin = -1;
    QString totalClause;
    QString publicClause;
    QString professionalClause;
};

struct AggregationPolicy
{
    enum class Mode { Sum, HighestConversionOnly };
    Mode mode = Mode::Sum;
    bool publicCountsAsProfessional = false;   // true: public hours above the public minimum fill the professional one
    QString description;   // Chinese, shown to the clerk
    QString clause;
};

struct CarryOverPolicy
{
    enum class Mode { Unspecified, Forbidden, NextYear };
    Mode mode = Mode::Unspecified;
    QString description;
    QString clause;
};

struct CyclePolicy
{
    enum class Mode { EveryYear, Average };
    Mode mode = Mode::EveryYear;
    int yearsBeforeApplication = 0;   // 0: the caller gives the tenure cycle
    bool noCramming = false;
    QString description;
    QString clause;
};

struct Deadline
{
    enum class Check { Declared, Completed };
    QString id;
    QString label;
    Check check = Check::Declared;
    QString appliesTo = QStringLiteral("all");  // "all", "public", "professional"
    int year = 0;          // 0: every year; else only items of that year
    QString monthDay;      // "12-30" (with yearOffset) …
    int yearOffset = 0;    //   … the deadline for year Y is (Y + yearOffset)-MM-DD
    QDate date;            // … or a fixed date (with year != 0)
    QString clause;

    // The deadline for items of activityYear; invalid when it does not apply to that year.
    QDate dateFor(int activityYear) const
    {
        if (year != 0 && year != activityYear)
            return QDate();
        if (date.isValid())
            return date;
        return QDate::fromString(QString::number(activityYear + yearOffset) + QLatin1Char('-') + monthDay,
                                 QStringLiteral("yyyy-MM-dd"));
    }
};
