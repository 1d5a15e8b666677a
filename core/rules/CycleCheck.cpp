#include "rules/CycleCheck.h"

#include "rules/FormulaEvaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace {
QString num(double v)
{
    return FormulaEvaluator::number(std::round(v * 100) / 100);
}

struct Need
{
    double total, pub, prof;
};

bool meets(const CycleYear &y, const Need &n)
{
    return y.fullYear || y.total + 1e-9 >= n.total && y.publicHours + 1e-9 >= n.pub && y.professionalHours + 1e-9 >= n.prof;
}
} // namespace

QJsonObject CycleResult::toJson() const
{
    QJsonArray ys;
    for (const CycleYear &y : years)
        ys.append(QJsonObject{{QStringLiteral("year"), y.year},
                              {QStringLiteral("total"), y.total},
                              {QStringLiteral("public"), y.publicHours},
                              {QStringLiteral("professional"), y.professionalHours},
                              {QStringLiteral("madeUp"), y.madeUp},
                              {QStringLiteral("compliant"), y.compliant},
                              {QStringLiteral("fullYear"), y.fullYear},
                              {QStringLiteral("note"), y.note}});
    QJsonArray cy;
    for (int y : crammingYears)
        cy.append(y);
    QJsonObject o{{QStringLiteral("ruleSet"), ruleSetId},
                  {QStringLiteral("firstYear"), firstYear},
                  {QStringLiteral("lastYear"), lastYear},
                  {QStringLiteral("years"), ys},
                  {QStringLiteral("averageTotal"), averageTotal},
                  {QStringLiteral("averagePublic"), averagePublic},
                  {QStringLiteral("averageProfessional"), averageProfessional},
                  {QStringLiteral("cramming"), cramming},
                  {QStringLiteral("crammingYears"), cy},
                  {QStringLiteral("compliant"), compliant},
                  {QStringLiteral("explanation"), QJsonArray::fromStringList(explanation)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

CycleResult CycleCheck::forApplication(const RuleSet &set, const QList<YearResult> &years, int applicationYear,
                                       int cycleYears)
{
    const int n = set.cycle().yearsBeforeApplication > 0 ? set.cycle().yearsBeforeApplication : cycleYears;
    if (n <= 0) {
        CycleResult r;
        r.ruleSetId = set.id();
        r.error = QCoreApplication::translate("rules", "the rule set does not fix the cycle length: give the tenure cycle in years");
        return r;
    }
    return check(set, years, applicationYear - n, applicationYear - 1);
}

CycleResult CycleCheck::check(const RuleSet &set, const QList<YearResult> &input, int firstYear, int lastYear)
{
    CycleResult r;
    r.ruleSetId = set.id();
    r.firstYear = firstYear;
    r.lastYear = lastYear;
    if (firstYear <= 0 || lastYear < firstYear) {
        r.error = QCoreApplication::translate("rules", "invalid year range %1-%2").arg(firstYear).arg(lastYear);
        return r;
    }
    const Requirement &req = set.requirement();
    const Need need{req.total, std::max(0.0, req.publicMin), std::max(0.0, req.professionalMin)};
    QMap<int, CycleYear> byYear;
    QMap<int, Need> effective;   // the figures a whole-year year stands for in the averages
    for (const YearResult &y : input) {
        CycleYear c;
        c.year = y.year;
        c.total = y.total;
        c.publicHours = y.publicHours;
        c.professionalHours = y.professionalHours;
        c.fullYear = y.fullYear;
        if (c.fullYear)
            c.note = QStringLiteral("视同完成年度全部学时");
        byYear.insert(y.year, c);
        effective.insert(y.year, Need{y.effectiveTotal(), y.effectivePublic(), y.effectiveProfessional()});
    }
    for (int y = firstYear; y <= lastYear + 1; ++y)
        if (!byYear.contains(y) && y <= lastYear)
            byYear.insert(y, CycleYear{y, 0, 0, 0, 0, false, false, QString()});

    const int n = lastYear - firstYear + 1;
    double sumT = 0, sumP = 0, sumPr = 0;
    for (int y = firstYear; y <= lastYear; ++y) {
        const CycleYear &c = byYear[y];
        const Need e = c.fullYear ? effective.value(y) : Need{c.total, c.publicHours, c.professionalHours};
        sumT += e.total;
        sumP += e.pub;
        sumPr += e.prof;
        if (set.cycle().noCramming && n >= 2 && c.total + 1e-9 >= n * req.total) {
            r.cramming = true;
            r.crammingYears << y;
        }
    }
    r.averageTotal = sumT / n;
    r.averagePublic = sumP / n;
    r.averageProfessional = sumPr / n;

    const bool nextYear = set.carryOver().mode == CarryOverPolicy::Mode::NextYear;
    for (int y = firstYear; y <= lastYear; ++y) {
        CycleYear &c = byYear[y];
        c.compliant = meets(c, need);
        if (c.compliant || !nextYear || !byYear.contains(y + 1))
            continue;
        CycleYear &next = byYear[y + 1];
        if (next.fullYear || !meets(next, need))
            continue;
        // The next year's surplus over its own requirement, per subject and in total.
        double pubSur = std::max(0.0, next.publicHours - need.pub);
        double profSur = std::max(0.0, next.professionalHours - need.prof);
        const double pubLend = std::min(pubSur, std::max(0.0, need.pub - c.publicHours));
        const double profLend = std::min(profSur, std::max(0.0, need.prof - c.professionalHours));
        pubSur -= pubLend;
        profSur -= profLend;
        const double totSur = std::max(0.0, next.total - need.total - pubLend - profLend);
        const double totShort = std::max(0.0, need.total - c.total - pubLend - profLend);
        double extra = std::min({totShort, totSur, pubSur + profSur});
        const double extraProf = std::min(extra, profSur);
        const double extraPub = extra - extraProf;
        c.publicHours += pubLend + extraPub;
        c.professionalHours += profLend + extraProf;
        c.madeUp = pubLend + profLend + extra;
        c.total += c.madeUp;
        next.publicHours -= pubLend + extraPub;
        next.professionalHours -= profLend + extraProf;
        next.total -= c.madeUp;
        c.compliant = meets(c, need);
        if (c.madeUp > 0)
            c.note = QStringLiteral("由%1年补学%2学时（%3）").arg(y + 1).arg(num(c.madeUp), set.carryOver().clause);
    }

    bool all = true;
    bool anyFull = false;
    for (int y = firstYear; y <= lastYear; ++y) {
        const CycleYear &c = byYear[y];
        r.years << c;
        all = all && c.compliant;
        r.explanation << QStringLiteral("%1年：合计%2（公需%3，专业%4）%5%6")
                             .arg(y)
                             .arg(num(c.total), num(c.publicHours), num(c.professionalHours),
                                  c.compliant ? QStringLiteral("，达标") : QStringLiteral("，未达标"),
                                  c.note.isEmpty() ? QString() : QStringLiteral("，") + c.note);
        anyFull = anyFull || c.fullYear;
    }
    if (set.cycle().mode == CyclePolicy::Mode::Average) {
        r.compliant = r.averageTotal + 1e-9 >= need.total && r.averagePublic + 1e-9 >= need.pub
            && r.averageProfessional + 1e-9 >= need.prof && !r.cramming;
        r.explanation << QStringLiteral("%1—%2年（%3年）年均学时%4（公需%5，专业%6），要求年均%7%8（%9）")
                             .arg(firstYear)
                             .arg(lastYear)
                             .arg(n)
                             .arg(num(r.averageTotal), num(r.averagePublic), num(r.averageProfessional),
                                  num(need.total),
                                  need.prof > 0 ? QStringLiteral("、专业%1").arg(num(need.prof)) : QString(),
                                  set.cycle().clause);
        if (anyFull)
            r.explanation << QStringLiteral("视同完成年度全部学时的年度，按年度要求（%1学时）计入年均").arg(num(need.total));
    } else {
        r.compliant = all;
        r.explanation << QStringLiteral("%1—%2年每年均须达标：%3（%4）")
                             .arg(firstYear)
                             .arg(lastYear)
                             .arg(all ? QStringLiteral("是") : QStringLiteral("否"), set.cycle().clause);
    }
    if (r.cramming) {
        QStringList ys;
        for (int y : r.crammingYears)
            ys << QString::number(y);
        r.explanation << QStringLiteral("突击完成：%1年一年的学时达到整个周期所需（%2×%3=%4），不予认可（%5）")
                             .arg(ys.join(QStringLiteral("、")))
                             .arg(n)
                             .arg(num(req.total), num(n * req.total), set.cycle().clause);
    }
    r.explanation << (r.compliant ? QStringLiteral("结论：周期学时达标") : QStringLiteral("结论：周期学时未达标"));
    return r;
}
