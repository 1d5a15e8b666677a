#include "demo/DemoData.h"

#include "demo/DemoNames.h"
#include "domain/IdNumber.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSet.h"
#include "rules/RuleSetRegistry.h"
#include "rules/Subject.h"

#include <QSet>

namespace {
// SplitMix64: tiny, well mixed, identical everywhere.
quint64 next(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
int below(quint64 &state, int n)
{
    return n <= 0 ? 0 : int(next(state) % quint64(n));
}
template<typename T>
const T &pick(quint64 &state, const QList<T> &list)
{
    return list.at(below(state, int(list.size())));
}
quint64 mix(quint64 seed, quint64 a, quint64 b = 0)
{
    quint64 s = seed ^ (a * 0xD6E8FEB86659FD93ULL) ^ (b * 0xA0761D6478BD642FULL);
    next(s);
    return s;
}

// One field's value: a plausible draw within the declared range.
QJsonValue fieldValue(const FieldSpec &f, quint64 &state)
{
    switch (f.type) {
    case FieldSpec::Type::Enum:
        return f.options.isEmpty() ? QJsonValue() : QJsonValue(pick(state, f.options).value);
    case FieldSpec::Type::Bool:
        return below(state, 2) == 1;
    case FieldSpec::Type::Int: {
        const int lo = f.hasMinimum ? int(f.minimum) : 0;
        const int hi = f.hasMaximum ? int(f.maximum) : lo + 3;
        return lo + below(state, qMax(1, hi - lo + 1));
    }
    case FieldSpec::Type::Number: {
        const double lo = f.hasMinimum ? qMax(1.0, f.minimum) : 1.0;
        const double hi = f.hasMaximum ? f.maximum : lo + (f.name.contains(QLatin1String("hour"), Qt::CaseInsensitive) ? 23 : 4);
        return lo + below(state, qMax(1, int(hi - lo) + 1));
    }
    case FieldSpec::Type::Date:
        return QStringLiteral("2025-06-30");
    case FieldSpec::Type::Text:
        return QStringLiteral("示例");
    }
    return QJsonValue();
}
} // namespace

DemoData::DemoData(const Options &options, const QString &ruleSetId, const QDate &today)
    : m_options(options), m_ruleSetId(ruleSetId), m_today(today)
{
}

QList<int> DemoData::years() const
{
    QList<int> out;
    for (int y = m_today.year() - m_options.years + 1; y <= m_today.year(); ++y)
        out << y;
    return out;
}

const RuleSet *DemoData::ruleSetFor(int year) const
{
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    const RuleSet *set = reg.inForce(m_ruleSetId, year);
    return set ? set : reg.find(m_ruleSetId);
}

Staff DemoData::makePerson(quint64 state, QSet<QString> &ids) const
{
    Staff s;
    // Adults born 22 to 59 years before this year (so at least 21 today, never in the future); the
    // people depend on the seed and today's year only.
    const int year = m_today.year();
    const QDate birth = QDate(year - 22 - below(state, 38), 1, 1).addDays(below(state, 365));
    const QString area = pick(state, DemoNames::areaCodes());
    int sequence = below(state, 1000);
    for (int tries = 0;; ++tries) {
        const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        s.idNumber = first17 + IdNumber::checkCharacter(first17);
        if (!ids.contains(s.idNumber) || tries > 1000)
            break;
        sequence = (sequence + 2) % 1000; // keeps the gender
    }
    ids.insert(s.idNumber);
    s.gender = IdNumber::genderText(IdNumber::gender(s.idNumber));
    s.birthDate = birth;
    s.name = pick(state, DemoNames::surnames()) + pick(state, DemoNames::givenCharacters());
    if (below(state, 3) > 0)
        s.name += pick(state, DemoNames::givenCharacters());
    s.ethnicity = below(state, 10) < 9 ? DemoNames::ethnicities().first() : pick(state, DemoNames::ethnicities());
    s.department = pick(state, DemoNames::departments());
    const int series = below(state, int(DemoNames::series().size()));
    const int age = year - 1 - birth.year();
    const int level = qBound(0, (age - 22) / 8 - below(state, 2), 3);
    s.titleSeries = DemoNames::series().at(series);
    s.title = DemoNames::titlesOf(series).at(level);
    s.titleLevel = Staff::titleLevels().at(level);
    if (level < 3 && below(state, 4) == 0)
        s.titleSought = DemoNames::titlesOf(series).at(level + 1);
    s.education = pick(state, DemoNames::educations());
    s.phone = QStringLiteral("1%1%2").arg(3 + below(state, 6)).arg(below(state, 1000000000), 9, 10, QLatin1Char('0'));
    s.joinedOn = qMin(QDate(year - 1, 12, 31), birth.addYears(22 + below(state, qMax(1, age - 21))).addDays(below(state, 300)));
    s.status = below(state, 50) == 0 ? Staff::statuses().at(1) : Staff::statuses().first();
    return s;
}

bool DemoData::makeVariants(const RuleSet &set, QString *error)
{
    for (const ActivityKind &kind : set.kinds()) {
        const QString key = set.id() + QLatin1Char('/') + kind.id;
        if (m_variants.contains(key))
            continue;
        QList<QJsonObject> accepted;
        quint64 state = mix(m_options.seed, qHash(key));
        for (int attempt = 0; attempt < 64 && accepted.size() < 6; ++attempt) {
            QJsonObject params;
            for (const FieldSpec &f : kind.fields) {
                // Required fields always, optional ones now and then (later attempts: only the required).
                if (!f.required && (attempt >= 32 || below(state, 2) == 0))
                    continue;
                const QJsonValue v = fieldValue(f, state);
                if (!v.isNull() && !v.isUndefined())
                    params.insert(f.name, v);
            }
            ActivityInput in;
            in.kind = kind.id;
            in.year = qMax(set.validFrom(), m_today.year());
            in.params = params;
            in.subject = Subject::Professional;
            QString why;
            const QJsonObject valid = CreditCalculator::validatedParams(kind, params, &why);
            if (!why.isEmpty() || !CreditCalculator::calculate(set, in).ok())
                continue;
            accepted << valid;
        }
        if (accepted.isEmpty())
            m_skipped << key;
        m_variants.insert(key, accepted);
    }
    Q_UNUSED(error)
    return true;
}

bool DemoData::prepare(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_options.staff < 1 || m_options.staff > 2000000)
        return fail(tr("--staff must be between 1 and 2000000"));
    if (m_options.years < 1 || m_options.years > 30)
        return fail(tr("--years must be between 1 and 30"));
    if (m_options.perYear < 0 || m_options.perYear > 100)
        return fail(tr("--per-year must be between 0 and 100"));
    if (m_options.eventsPerYear < 0 || m_options.eventSize < 0)
        return fail(tr("--events and --event-size must not be negative"));
    for (int year : years()) {
        const RuleSet *set = ruleSetFor(year);
        if (!set)
            return fail(tr("Unknown rule set %1").arg(m_ruleSetId));
        makeVariants(*set, error);
    }
    QSet<QString> ids;
    ids.reserve(m_options.staff);
    m_people.reserve(m_options.staff);
    for (int i = 0; i < m_options.staff; ++i)
        m_people << makePerson(mix(m_options.seed, quint64(i) + 1), ids);

    const int size = qMin(m_options.eventSize, m_options.staff);
    int serial = 0;
    for (int year : years()) {
        const RuleSet *set = ruleSetFor(year);
        const ActivityKind *kind = set->kind(QStringLiteral("training"));
        if (!kind || m_variants.value(set->id() + QStringLiteral("/training")).isEmpty())
            continue;
        for (int e = 0; e < m_options.eventsPerYear && size > 0; ++e, ++serial) {
            quint64 state = mix(m_options.seed, 0xE7E7, quint64(serial));
            Event ev;
            TrainingEvent &t = ev.event;
            t.title = QStringLiteral("%1年%2专题培训班（第%3期）").arg(year).arg(pick(state, DemoNames::topics())).arg(serial + 1);
            t.organizer = pick(state, DemoNames::organizers());
            t.host = QStringLiteral("本院继续教育办公室");
            t.kind = kind->id;
            t.subject = kind->subject == SubjectPolicy::PersonChooses ? QStringLiteral("professional") : QString();
            const int days = 1 + below(state, 5);
            t.startDate = QDate(year, 3 + below(state, 8), 1 + below(state, 20));
            if (t.startDate.addDays(days - 1) > m_today)
                t.startDate = m_today.addDays(-days - 30);
            t.endDate = t.startDate.addDays(days - 1);
            QJsonObject params = m_variants.value(set->id() + QStringLiteral("/training")).first();
            params.insert(QStringLiteral("days"), days);
            QString why;
            t.params = CreditCalculator::validatedParams(*kind, params, &why);
            t.mode = QStringLiteral("线下");
            t.place = QStringLiteral("本院学术报告厅");
            t.filingNumber = QStringLiteral("继教备〔%1〕%2号").arg(year).arg(serial + 1, 3, 10, QLatin1Char('0'));
            t.filingDate = t.startDate.addDays(-14);
            t.filingAuthority = QStringLiteral("市人力资源和社会保障局");
            const int start = (serial * size) % m_options.staff;
            for (int j = 0; j < size; ++j) {
                if (m_people.at((start + j) % m_options.staff).status != Staff::statuses().first())
                    continue; // left the unit
                ev.people << (start + j) % m_options.staff;
                const int r = below(state, 100);
                ev.results << (r < 90 ? QStringLiteral("合格") : r < 95 ? QStringLiteral("不合格") : r < 98 ? QStringLiteral("缺考") : QStringLiteral("无需考核"));
            }
            m_events << ev;
        }
    }
    return true;
}

Activity DemoData::makeActivity(const RuleSet &set, int kindIndex, int year, quint64 &state) const
{
    const ActivityKind &kind = set.kinds().at(kindIndex);
    Activity a;
    a.year = year;
    a.kind = kind.id;
    a.params = pick(state, m_variants.value(set.id() + QLatin1Char('/') + kind.id));
    if (kind.subject == SubjectPolicy::PersonChooses)
        a.subject = below(state, 3) == 0 ? QStringLiteral("public") : QStringLiteral("professional");
    a.title = QStringLiteral("%1%2（%3）").arg(pick(state, DemoNames::topics()), kind.label).arg(1 + below(state, 9999));
    int length = qMax(1, a.params.value(QStringLiteral("days")).toInt(1));
    if (!kind.duration.field.isEmpty())
        length = qMax(length, int(a.params.value(kind.duration.field).toDouble(1) * 30));
    const QDate last = year == m_today.year() ? m_today : QDate(year, 12, 31);
    const int room = qMax(1, QDate(year, 1, 1).daysTo(last) - length);
    a.startDate = QDate(year, 1, 1).addDays(below(state, room));
    a.endDate = qMin(last, a.startDate.addDays(length - 1));
    return a;
}

QList<Activity> DemoData::activitiesOf(int index, int year) const
{
    QList<Activity> out;
    const RuleSet *set = ruleSetFor(year);
    // People who left (离职) take no new activities (the importer refuses them too).
    if (!set || set->kinds().isEmpty() || m_people.at(index).status != Staff::statuses().first())
        return out;
    quint64 state = mix(m_options.seed, quint64(index) + 1, quint64(year));
    const int kinds = int(set->kinds().size());
    for (int j = 0; j < m_options.perYear; ++j) {
        // Consecutive people start at consecutive kinds: every kind occurs once the unit has enough rows.
        int k = (index * m_options.perYear + j + year) % kinds;
        for (int tries = 0; tries < kinds && m_variants.value(set->id() + QLatin1Char('/') + set->kinds().at(k).id).isEmpty(); ++tries)
            k = (k + 1) % kinds;
        if (m_variants.value(set->id() + QLatin1Char('/') + set->kinds().at(k).id).isEmpty())
            break;
        out << makeActivity(*set, k, year, state);
    }
    return out;
}
