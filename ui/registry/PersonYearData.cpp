#include "PersonYearData.h"

#include "AppContext.h"
#include "events/EventRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/ComplianceTable.h"
#include "storage/YearLockRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

QList<PersonYearsModel::Row> PersonYearData::load(AppContext *context, qint64 staffId, int year, QList<YearActivityModel::Row> *rows,
                                                  YearResult *chosen, bool *chosenComputed)
{
    QSqlDatabase db = context->connection();
    ComplianceTable compliance(db);
    YearLockRepository locks(db);
    ActivityRepository activities(db);

    // Years: those with activities, and the chosen one.
    const QList<Activity> all = staffId ? activities.list(staffId) : QList<Activity>();
    QSet<int> yearSet{year};
    for (const Activity &a : all)
        yearSet.insert(a.year);
    QList<int> years = yearSet.values();
    std::sort(years.begin(), years.end(), std::greater<int>());
    QList<PersonYearsModel::Row> yearRows;
    *chosenComputed = false;
    for (int y : years) {
        PersonYearsModel::Row row;
        row.year = y;
        row.lock = locks.state(staffId, y);
        if (const RuleSet *set = staffId ? context->ruleSet(y) : nullptr) {
            row.result = compliance.personYear(*set, staffId, y);
            row.computed = true;
        }
        if (y == year) {
            *chosen = row.result;
            *chosenComputed = row.computed;
        }
        yearRows << row;
    }

    QHash<QString, YearItem> items;
    for (const YearItem &it : std::as_const(chosen->items))
        items.insert(it.input.id, it);
    rows->clear();
    for (const Activity &a : all) {
        if (a.year != year)
            continue;
        YearActivityModel::Row row;
        row.activity = a;
        row.computed = *chosenComputed;
        row.item = items.value(QString::number(a.id));
        row.evidenceCount = activities.evidenceCount(a.id);
        *rows << row;
    }
    QList<qint64> ids;
    for (const YearActivityModel::Row &r : std::as_const(*rows))
        ids << r.activity.id;
    const QHash<qint64, EventRepository::EventLink> links = EventRepository(context->connection()).eventsOfActivities(ids);
    for (YearActivityModel::Row &r : *rows) {
        r.eventId = links.value(r.activity.id).eventId;
        r.eventTitle = links.value(r.activity.id).title;
    }
    return yearRows;
}
