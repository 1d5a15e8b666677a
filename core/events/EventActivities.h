#pragma once
#include <QCoreApplication>
#include "domain/Activity.h"
#include "events/EventParticipant.h"
#include "events/TrainingEvent.h"
#include "rules/CreditResult.h"

#include <QSqlDatabase>

class RuleSet;

// How an event turns into its participants' activities and credit. Pure functions (plus the rule-set
// and lock look-ups), shared by EventRepository, the importer, the 汇总表 and the UI.
class EventActivities
{
    Q_DECLARE_TR_FUNCTIONS(EventActivities)

public:
    // The activity a credited participant gets: the event's kind, title, dates, subject and params;
    // partial attendance (daysAttended > 0) replaces the kind's "days" field (credit follows the days
    // attended). Fails when the kind has no "days" field or the days exceed the event's.
    static bool activityFor(const TrainingEvent &event, const EventParticipant &p, Activity *out, QString *error);
    // Hours the participant is credited with (0 for 不合格/缺考, with the result as reason).
    static CreditResult credit(const RuleSet &set, const TrainingEvent &event, const EventParticipant &p);
    // The rule set in force for the unit in the event's year (ExportSource::ruleSetFor).
    static const RuleSet *ruleSet(QSqlDatabase db, int year, QString *error);
    // Checks the event itself: title, dates, mode, the kind exists and its params validate.
    static bool validate(QSqlDatabase db, TrainingEvent &event, QString *error);
    // "姓名（身份证号码）" of every staffId whose year is locked; pairs are (staffId, year).
    static QStringList lockedPeople(QSqlDatabase db, const QList<QPair<qint64, int>> &staffYears);
    static QString lockedMessage(const QStringList &people);
};
