#include "events/EventActivities.h"

#include "export/ExportSource.h"
#include "rules/ActivityInput.h"
#include "rules/ActivityKind.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSet.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"

#include <QSet>

bool EventActivities::activityFor(const TrainingEvent &e, const EventParticipant &p, Activity *out, QString *error)
{
    Activity a;
    a.staffId = p.staffId;
    a.year = e.year();
    a.startDate = e.startDate;
    a.endDate = e.endDate;
    a.kind = e.kind;
    a.title = e.title;
    a.params = e.params;
    a.subject = e.subject;
    if (p.daysAttended > 0) {
        if (!e.params.contains(QStringLiteral("days"))) {
            if (error)
                *error = tr("%1: partial attendance needs the event's days (the kind has no days field)").arg(p.name);
            return false;
        }
        const double eventDays = e.params.value(QStringLiteral("days")).toDouble();
        if (p.daysAttended > eventDays) {
            if (error)
                *error = tr("%1: %2 days attended is more than the event's %3 days").arg(p.name).arg(p.daysAttended).arg(eventDays);
            return false;
        }
        a.params.insert(QStringLiteral("days"), p.daysAttended);
    }
    *out = a;
    return true;
}

CreditResult EventActivities::credit(const RuleSet &set, const TrainingEvent &e, const EventParticipant &p)
{
    CreditResult c;
    if (!p.credited()) {
        c.hours = 0;
        c.creditable = false;
        c.reason = p.result;
        c.explanation = tr("考试结果%1: not credited").arg(p.result);
        return c;
    }
    Activity a;
    QString error;
    if (!activityFor(e, p, &a, &error)) {
        c.error = error;
        return c;
    }
    return CreditCalculator::calculate(set, ActivityInput::fromActivity(a));
}

const RuleSet *EventActivities::ruleSet(QSqlDatabase db, int year, QString *error)
{
    Unit unit;
    if (!UnitRepository(db).first(&unit)) {
        if (error)
            *error = tr("The registry has no unit yet (run init with the unit's details)");
        return nullptr;
    }
    QString e;
    const RuleSet *set = ExportSource::ruleSetFor(unit, year, &e);
    if (!set && error)
        *error = e;
    return set;
}

bool EventActivities::validate(QSqlDatabase db, TrainingEvent &e, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    e.title = e.title.trimmed();
    if (e.title.isEmpty())
        return fail(tr("The training event has no theme (培训主题)"));
    if (!e.startDate.isValid() || !e.endDate.isValid())
        return fail(tr("%1: give the start and end dates").arg(e.title));
    if (e.endDate < e.startDate)
        return fail(tr("%1: the end date %2 is before the start date %3")
                        .arg(e.title, e.endDate.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate)));
    if (!e.mode.isEmpty() && !TrainingEvent::modes().contains(e.mode))
        return fail(tr("%1: 培训形式 must be 线下 or 线上, not %2").arg(e.title, e.mode));
    if (!QStringList{QString(), QStringLiteral("public"), QStringLiteral("professional")}.contains(e.subject))
        return fail(tr("Subject must be public or professional, not %1").arg(e.subject));
    QString why;
    const RuleSet *set = ruleSet(db, e.year(), &why);
    if (!set)
        return fail(why);
    const ActivityKind *kind = set->kind(e.kind);
    if (!kind)
        return fail(tr("%1: the rule set %2 has no activity kind %3").arg(e.title, set->id(), e.kind));
    const QJsonObject params = CreditCalculator::validatedParams(*kind, e.params, &why);
    if (!why.isEmpty())
        return fail(tr("%1: %2").arg(e.title, why));
    e.params = params;
    if (kind->subject == SubjectPolicy::PersonChooses && e.subject.isEmpty() && kind->defaultSubject == Subject::None)
        return fail(tr("%1: the kind %2 lets the person choose the subject: choose public or professional").arg(e.title, kind->label));
    return true;
}

QStringList EventActivities::lockedPeople(QSqlDatabase db, const QList<QPair<qint64, int>> &staffYears)
{
    QStringList out;
    QSet<qint64> seen;
    YearLockRepository locks(db);
    StaffRepository staff(db);
    for (const auto &sy : staffYears) {
        if (seen.contains(sy.first) || !locks.isLocked(sy.first, sy.second))
            continue;
        seen.insert(sy.first);
        Staff s;
        staff.byId(sy.first, &s);
        out << QStringLiteral("%1（%2，%3年）").arg(s.name, s.idNumber).arg(sy.second);
    }
    return out;
}

QString EventActivities::lockedMessage(const QStringList &people)
{
    return tr("%n participant(s) have a submitted (locked) year; reopen it before changing the event: %1", nullptr, int(people.size()))
        .arg(people.join(QStringLiteral("、")));
}
