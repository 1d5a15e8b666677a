// FiguresOnly::figures: YearAggregator's computation (aggregateYear in YearAggregator.cpp) for the
// stored verdicts' figures only — the same tests in the same order and the same sums in item order,
// without YearItem copies of every input and credit and with each item's kind looked up once (issue
// 14, rec15). tests/verdict compare its results with the explained path's across the rule sets.
#include "rules/FiguresOnly.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {
// As sameThingKey in YearAggregator.cpp: the key that makes two entries "the same thing"; empty = alone.
QString sameThingKey(const ActivityKind &k, const ActivityInput &in, const CreditResult &c)
{
    QStringList parts{k.id};
    for (const QString &f : k.chooseOne.sameWhen) {
        const QString v = f == QLatin1String("$title") ? in.title.simplified() : c.params.value(f).toVariant().toString().simplified();
        if (f == QLatin1String("$title") && v.isEmpty())
            return QString();
        parts << v;
    }
    return parts.join(QChar(0x1f));
}

struct Items
{
    const QList<ActivityInput> &inputs;
    const QList<const CreditResult *> &credits;
    QVarLengthArray<const ActivityKind *, 64> kinds;
    QVarLengthArray<bool, 64> counted;
    QVarLengthArray<double, 64> countedHours;
    const CreditResult &credit(qsizetype i) const { return *credits.at(i); }
};

// The year, the parameters, creditable, the deadlines (as aggregateYear's first loop).
bool countsInYear(const RuleSet &set, int year, const QList<QDate> &limits, const ActivityInput &in, const CreditResult &c)
{
    if (in.year != year || !c.ok() || !c.creditable)
        return false;
    for (int d = 0; d < set.deadlines().size(); ++d) {
        const Deadline &dl = set.deadlines().at(d);
        const QDate &limit = limits.at(d);
        if (!limit.isValid())
            continue;
        if (dl.appliesTo != QLatin1String("all") && dl.appliesTo != subjectId(c.subject))
            continue;
        const QDate when = dl.check == Deadline::Check::Declared ? in.declaredOn : in.date;
        if (when.isValid() && when > limit)
            return false;
    }
    return true;
}

// Of the counted entries that are the same thing, only the one with the most hours counts (first on a tie).
void chooseOne(Items &it)
{
    QHash<QString, qsizetype> best;
    QList<QString> keyOf;
    for (qsizetype i = 0; i < it.inputs.size(); ++i) {
        const ActivityKind *k = it.kinds[i];
        if (!it.counted[i] || !k || !k->chooseOne.enabled)
            continue;
        const QString key = sameThingKey(*k, it.inputs.at(i), it.credit(i));
        if (key.isEmpty())
            continue;
        if (keyOf.isEmpty())
            keyOf.resize(it.inputs.size());
        keyOf[i] = key;
        const auto found = best.constFind(key);
        if (found == best.constEnd() || it.credit(i).hours > it.credit(found.value()).hours + 1e-9)
            best[key] = i;
    }
    for (qsizetype i = 0; i < keyOf.size(); ++i) {
        if (!keyOf.at(i).isEmpty() && best.value(keyOf.at(i)) != i)
            it.counted[i] = false;
    }
}

// HighestConversionOnly: the creditable conversion items summed per table item (group); only the best
// group stays. The groups of one person-year are few: kept in first-seen order in a small array
// (hashing each group's name per item was most of this step).
struct GroupSum
{
    const QString *group;
    double sum;
    bool full;
};

void highestConversionOnly(Items &it)
{
    QVarLengthArray<GroupSum, 8> groups;
    for (qsizetype i = 0; i < it.inputs.size(); ++i) {
        const ActivityKind *k = it.kinds[i];
        if (!it.counted[i] || !k || k->category != ActivityKind::Category::Conversion)
            continue;
        GroupSum *g = std::find_if(groups.begin(), groups.end(), [k](const GroupSum &x) { return *x.group == k->group; });
        if (g == groups.end()) {
            groups.append(GroupSum{&k->group, 0.0, false});
            g = &groups.last();
        }
        g->sum += it.credit(i).hours;
        g->full = g->full || it.credit(i).fullYear;
    }
    const GroupSum *best = nullptr;
    for (const GroupSum &g : groups) {
        // the most hours; on a tie a "whole year" group wins, else the earlier one stays
        // (as aggregateYear, whose "no best yet" is an empty name: a group named "" never stays best)
        if (!best || best->group->isEmpty() || g.sum > best->sum + 1e-9 || (std::fabs(g.sum - best->sum) <= 1e-9 && g.full && !best->full))
            best = &g;
    }
    const QString bestGroup = best ? *best->group : QString();
    for (qsizetype i = 0; i < it.inputs.size(); ++i) {
        const ActivityKind *k = it.kinds[i];
        if (!it.counted[i] || !k || k->category != ActivityKind::Category::Conversion || k->group == bestGroup)
            continue;
        it.counted[i] = false;
        it.countedHours[i] = 0;
    }
}

// The kinds' yearly caps, then the sums (in item order, as aggregateYear adds them).
void capAndSum(Items &it, YearResult *y)
{
    QHash<const ActivityKind *, double> used; // a set's kind ids are unique: one kind per id
    for (qsizetype i = 0; i < it.inputs.size(); ++i) {
        if (!it.counted[i])
            continue;
        const ActivityKind *k = it.kinds[i];
        if (k && k->yearCap >= 0) {
            const double room = std::max(0.0, k->yearCap - used.value(k));
            if (it.countedHours[i] > room) {
                it.countedHours[i] = room;
                if (room <= 0)
                    it.counted[i] = false;
            }
            used[k] += it.countedHours[i];
        }
        if (!it.counted[i])
            continue;
        if (it.credit(i).subject == Subject::Public)
            y->publicHours += it.countedHours[i];
        else
            y->professionalHours += it.countedHours[i];
        y->fullYear = y->fullYear || it.credit(i).fullYear;
    }
}
} // namespace

YearResult FiguresOnly::figures(const RuleSet &set, int year, const QList<ActivityInput> &inputs, const QList<const CreditResult *> &credits)
{
    YearResult y;
    y.ruleSetId = set.id();
    y.year = year;
    y.requirement = set.requirement();
    QList<QDate> limits;
    for (const Deadline &dl : set.deadlines())
        limits << dl.dateFor(year);
    Items it{inputs, credits, {}, {}, {}};
    const qsizetype n = inputs.size();
    it.kinds.resize(n);
    it.counted.resize(n);
    it.countedHours.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (y.person.isEmpty())
            y.person = inputs.at(i).person;
        it.kinds[i] = set.kind(it.credit(i).kindId);
        it.counted[i] = countsInYear(set, year, limits, inputs.at(i), it.credit(i));
    }
    chooseOne(it);
    for (qsizetype i = 0; i < n; ++i)
        it.countedHours[i] = it.counted[i] ? it.credit(i).hours : 0;
    if (set.aggregation().mode == AggregationPolicy::Mode::HighestConversionOnly)
        highestConversionOnly(it);
    capAndSum(it, &y);
    y.total = y.publicHours + y.professionalHours;
    const Requirement &r = y.requirement;
    if (!y.fullYear) {
        y.shortfallTotal = std::max(0.0, r.total - y.total);
        y.shortfallPublic = r.publicMin > 0 ? std::max(0.0, r.publicMin - y.publicHours) : 0;
        const double lend = set.aggregation().publicCountsAsProfessional ? std::max(0.0, y.publicHours - std::max(0.0, r.publicMin)) : 0.0;
        y.shortfallProfessional = r.professionalMin > 0 ? std::max(0.0, r.professionalMin - y.professionalHours - lend) : 0;
    }
    y.compliant = y.shortfallTotal <= 1e-9 && y.shortfallPublic <= 1e-9 && y.shortfallProfessional <= 1e-9;
    return y;
}
