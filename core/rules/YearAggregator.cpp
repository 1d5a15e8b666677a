#include "rules/YearAggregator.h"

#include "rules/CreditCalculator.h"
#include "rules/FiguresOnly.h"
#include "rules/FormulaEvaluator.h"
#include "rules/PrecreditedYear.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace {
QString num(double v)
{
    return FormulaEvaluator::number(v);
}

// The key that makes two entries of a chooseOne kind "the same thing"; empty = stands alone.
QString sameThingKey(const ActivityKind &k, const YearItem &it)
{
    QStringList parts{k.id};
    for (const QString &f : k.chooseOne.sameWhen) {
        const QString v = f == QLatin1String("$title") ? it.input.title.simplified()
                                                       : it.credit.params.value(f).toVariant().toString().simplified();
        if (f == QLatin1String("$title") && v.isEmpty())
            return QString();
        parts << v;
    }
    return parts.join(QChar(0x1f));
}

// Of the counted entries that are the same thing, only the one with the most hours counts (first on a tie).
void applyChooseOne(const RuleSet &set, QList<YearItem> &items, bool explain)
{
    QHash<QString, int> best;
    QStringList keys;
    QList<QString> keyOf;
    for (int i = 0; i < items.size(); ++i) {
        const ActivityKind *k = set.kind(items[i].credit.kindId);
        QString key;
        if (items[i].counted && k && k->chooseOne.enabled)
            key = sameThingKey(*k, items[i]);
        keyOf << key;
        if (key.isEmpty())
            continue;
        if (!best.contains(key) || items[i].credit.hours > items[best[key]].credit.hours + 1e-9)
            best[key] = i;
    }
    for (int i = 0; i < items.size(); ++i) {
        if (keyOf[i].isEmpty() || best[keyOf[i]] == i)
            continue;
        const ActivityKind *k = set.kind(items[i].credit.kindId);
        const YearItem &kept = items[best[keyOf[i]]];
        items[i].counted = false;
        if (explain)
            items[i].reason = QStringLiteral("%1：同一项目本年度已按「%2」计%3学时，本项不再计入（%4）")
                              .arg(k->chooseOne.label, kept.credit.explanation.section(QStringLiteral("："), 0, 0),
                                   num(kept.credit.hours), k->chooseOne.clause);
    }
}
} // namespace

namespace {
YearResult aggregateYear(const RuleSet &set, int year, const QList<ActivityInput> &inputs, bool explain,
                         const QList<CreditResult> *credits = nullptr);
} // namespace

QJsonObject YearItem::toJson() const
{
    QJsonObject o = credit.toJson();
    if (!input.id.isEmpty())
        o.insert(QStringLiteral("id"), input.id);
    if (!input.title.isEmpty())
        o.insert(QStringLiteral("title"), input.title);
    o.insert(QStringLiteral("year"), input.year);
    o.insert(QStringLiteral("counted"), counted);
    o.insert(QStringLiteral("countedHours"), countedHours);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

double YearResult::effectiveTotal() const
{
    return fullYear ? std::max(total, requirement.total) : total;
}

double YearResult::effectivePublic() const
{
    return fullYear ? std::max(publicHours, std::max(0.0, requirement.publicMin)) : publicHours;
}

double YearResult::effectiveProfessional() const
{
    return fullYear ? std::max(professionalHours, std::max(0.0, requirement.professionalMin)) : professionalHours;
}

QStringList YearResult::errors() const
{
    QStringList out;
    for (const YearItem &i : items)
        if (!i.credit.ok())
            out << i.credit.error;
    return out;
}

QList<YearItem> YearResult::countedItems() const
{
    QList<YearItem> out;
    for (const YearItem &i : items)
        if (i.counted)
            out << i;
    return out;
}

QList<YearItem> YearResult::notCountedItems() const
{
    QList<YearItem> out;
    for (const YearItem &i : items)
        if (!i.counted)
            out << i;
    return out;
}

QString YearResult::verdictText() const
{
    const QString sums = QStringLiteral("合计%1学时（公需%2，专业%3）").arg(num(total), num(publicHours), num(professionalHours));
    if (compliant)
        return QStringLiteral("%1年：达标，%2%3").arg(year).arg(sums, fullYear ? QStringLiteral("，视同完成年度全部学时") : QString());
    QStringList gaps;
    if (shortfallTotal > 0)
        gaps << QStringLiteral("总学时差%1").arg(num(shortfallTotal));
    if (shortfallPublic > 0)
        gaps << QStringLiteral("公需科目差%1").arg(num(shortfallPublic));
    if (shortfallProfessional > 0)
        gaps << QStringLiteral("专业科目差%1").arg(num(shortfallProfessional));
    return QStringLiteral("%1年：未达标，%2；%3（要求：%4）")
        .arg(year)
        .arg(sums, gaps.join(QStringLiteral("，")), requirement.totalClause);
}

QJsonObject YearResult::toJson() const
{
    QJsonArray arr;
    for (const YearItem &i : items)
        arr.append(i.toJson());
    return QJsonObject{{QStringLiteral("ruleSet"), ruleSetId},
                       {QStringLiteral("person"), person},
                       {QStringLiteral("year"), year},
                       {QStringLiteral("items"), arr},
                       {QStringLiteral("public"), publicHours},
                       {QStringLiteral("professional"), professionalHours},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("fullYear"), fullYear},
                       {QStringLiteral("compliant"), compliant},
                       {QStringLiteral("shortfall"),
                        QJsonObject{{QStringLiteral("total"), shortfallTotal},
                                    {QStringLiteral("public"), shortfallPublic},
                                    {QStringLiteral("professional"), shortfallProfessional}}},
                       {QStringLiteral("verdict"), verdictText()}};
}

YearResult YearAggregator::aggregate(const RuleSet &set, int year, const QList<ActivityInput> &inputs)
{
    return aggregateYear(set, year, inputs, true);
}

YearResult PrecreditedYear::aggregate(const RuleSet &set, int year, const QList<ActivityInput> &inputs,
                                     const QList<CreditResult> &credits)
{
    return aggregateYear(set, year, inputs, true, &credits);
}

YearResult FiguresOnly::aggregate(const RuleSet &set, int year, const QList<ActivityInput> &inputs, const QList<CreditResult> *credits)
{
    return aggregateYear(set, year, inputs, false, credits);
}

namespace {
YearResult aggregateYear(const RuleSet &set, int year, const QList<ActivityInput> &inputs, bool explain,
                         const QList<CreditResult> *credits)
{
    YearResult y;
    y.ruleSetId = set.id();
    y.year = year;
    y.requirement = set.requirement();
    y.items.reserve(inputs.size());
    // Each deadline's date for the year, worked out once (parsing it per item dominated bulk runs).
    QList<QDate> limits;
    for (const Deadline &dl : set.deadlines())
        limits << dl.dateFor(year);
    for (int index = 0; index < inputs.size(); ++index) {
        const ActivityInput &in = inputs.at(index);
        if (y.person.isEmpty())
            y.person = in.person;
        YearItem item;
        item.input = in;
        item.credit = credits ? credits->at(index) : explain ? CreditCalculator::calculate(set, in) : FiguresOnly::calculate(set, in);
        item.counted = true;
        if (in.year != year) {
            item.counted = false;
            if (explain)
                item.reason = QStringLiteral("不属于%1年度（活动年度%2）").arg(year).arg(in.year);
        } else if (!item.credit.ok()) {
            item.counted = false;
            if (explain)
                item.reason = QStringLiteral("参数有误，不予计入：") + item.credit.error;
        } else if (!item.credit.creditable) {
            item.counted = false;
            item.reason = item.credit.reason;
        } else {
            for (int d = 0; d < set.deadlines().size(); ++d) {
                const Deadline &dl = set.deadlines().at(d);
                const QDate &limit = limits.at(d);
                if (!limit.isValid())
                    continue;
                if (dl.appliesTo != QLatin1String("all") && dl.appliesTo != subjectId(item.credit.subject))
                    continue;
                const QDate when = dl.check == Deadline::Check::Declared ? in.declaredOn : in.date;
                if (when.isValid() && when > limit) {
                    item.counted = false;
                    if (explain)
                        item.reason = QStringLiteral("%1：%2晚于%3，不计入%4年度（%5）")
                                      .arg(dl.label, when.toString(Qt::ISODate), limit.toString(Qt::ISODate))
                                      .arg(year)
                                      .arg(dl.clause);
                    break;
                }
            }
        }
        y.items << item;
    }
    applyChooseOne(set, y.items, explain);
    for (YearItem &item : y.items)
        item.countedHours = item.counted ? item.credit.hours : 0;

    if (set.aggregation().mode == AggregationPolicy::Mode::HighestConversionOnly) {
        // Sum the creditable conversion items per table item (group); keep only the best group.
        QStringList order;
        QHash<QString, double> sum;
        QHash<QString, bool> full;
        QHash<QString, QString> label;
        for (const YearItem &it : y.items) {
            const ActivityKind *k = set.kind(it.credit.kindId);
            if (!it.counted || !k || k->category != ActivityKind::Category::Conversion)
                continue;
            if (!order.contains(k->group)) {
                order << k->group;
                label[k->group] = k->group != k->id ? k->group + QStringLiteral("项") : k->label;
            }
            sum[k->group] += it.credit.hours;
            full[k->group] = full.value(k->group) || it.credit.fullYear;
        }
        QString best;
        for (const QString &g : order) {
            // the most hours; on a tie a "whole year" group wins, else the earlier one stays
            if (best.isEmpty() || sum[g] > sum[best] + 1e-9
                || (std::fabs(sum[g] - sum[best]) <= 1e-9 && full[g] && !full[best]))
                best = g;
        }
        for (YearItem &it : y.items) {
            const ActivityKind *k = set.kind(it.credit.kindId);
            if (!it.counted || !k || k->category != ActivityKind::Category::Conversion || k->group == best)
                continue;
            it.counted = false;
            it.countedHours = 0;
            if (explain)
                it.reason = QStringLiteral("就高原则：本年度认定学时最高的一项「%1」（%2学时），每年只能选择一项，不重复累计（%3）")
                            .arg(label[best], num(sum[best]), set.aggregation().clause);
        }
    }

    QHash<QString, double> used;
    for (YearItem &it : y.items) {
        if (!it.counted)
            continue;
        const ActivityKind *k = set.kind(it.credit.kindId);
        if (k && k->yearCap >= 0) {
            const double room = std::max(0.0, k->yearCap - used.value(k->id));
            if (it.countedHours > room) {
                if (explain)
                    it.reason = QStringLiteral("%1每年累计不超过%2学时，本项计入%3（%4）")
                                .arg(k->label, num(k->yearCap), num(room), k->yearCapClause);
                it.countedHours = room;
                if (room <= 0)
                    it.counted = false;
            }
            used[k->id] += it.countedHours;
        }
        if (!it.counted)
            continue;
        if (it.credit.subject == Subject::Public)
            y.publicHours += it.countedHours;
        else
            y.professionalHours += it.countedHours;
        y.fullYear = y.fullYear || it.credit.fullYear;
    }
    y.total = y.publicHours + y.professionalHours;
    const Requirement &r = y.requirement;
    if (!y.fullYear) {
        y.shortfallTotal = std::max(0.0, r.total - y.total);
        y.shortfallPublic = r.publicMin > 0 ? std::max(0.0, r.publicMin - y.publicHours) : 0;
        // Public hours fill the professional minimum only where the set says so (surplus over the public minimum).
        const double lend = set.aggregation().publicCountsAsProfessional
            ? std::max(0.0, y.publicHours - std::max(0.0, r.publicMin)) : 0.0;
        y.shortfallProfessional = r.professionalMin > 0 ? std::max(0.0, r.professionalMin - y.professionalHours - lend) : 0;
    }
    y.compliant = y.shortfallTotal <= 1e-9 && y.shortfallPublic <= 1e-9 && y.shortfallProfessional <= 1e-9;
    return y;
}
} // namespace
