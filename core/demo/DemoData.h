#pragma once
#include <QCoreApplication>
#include "domain/Activity.h"
#include "domain/Staff.h"
#include "events/TrainingEvent.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class RuleSet;

// Deterministic demo data for a unit (cehours-cli demo-data, the benchmarks): for one seed the same
// people, activities and events every run, on every platform (own SplitMix64 generator, no std
// distributions). People have valid 18-digit ID numbers (real area codes, check character) of adults
// born 22 to 59 years before the clock's today; realistic names, departments and titles. Each
// person-year gets `perYear` activities of the rule set in force that year, cycling through every
// kind with parameters the engine accepts; each year has `eventsPerYear` training events whose
// participants (a block of `eventSize` people) get the event's activity when their result credits.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int staff = 100;
        int years = 1;         // the last `years` years up to today's year
        int perYear = 8;       // activities per person-year besides the events'
        quint64 seed = 1;
        int eventsPerYear = 2;
        int eventSize = 100;   // participants per event (at most staff)
    };
    struct Event
    {
        TrainingEvent event;
        QList<int> people;        // indexes into people()
        QStringList results;      // 考试结果 per participant
    };

    DemoData(const Options &options, const QString &ruleSetId, const QDate &today);
    // Generates people and events, and the parameter variants of every kind; false with *error when
    // the options or the rule set do not allow it.
    bool prepare(QString *error);

    const Options &options() const { return m_options; }
    const QList<Staff> &people() const { return m_people; }
    QList<int> years() const;
    const RuleSet *ruleSetFor(int year) const;
    const QList<Event> &events() const { return m_events; }
    // The standalone activities of person `index` in `year` (staffId 0: the writer sets it).
    QList<Activity> activitiesOf(int index, int year) const;
    // Kinds of every year's rule set that got no valid parameters (should stay empty).
    QStringList skippedKinds() const { return m_skipped; }

private:
    Staff makePerson(quint64 state, QSet<QString> &ids) const;
    bool makeVariants(const RuleSet &set, QString *error);
    Activity makeActivity(const RuleSet &set, int kindIndex, int year, quint64 &state) const;
    Options m_options;
    QString m_ruleSetId;
    QDate m_today;
    QList<Staff> m_people;
    QList<Event> m_events;
    QHash<QString, QList<QJsonObject>> m_variants; // "set/kind" -> accepted params
    QStringList m_skipped;
};
