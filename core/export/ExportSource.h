#pragma once
#include "export/ExportData.h"

#include <QSqlDatabase>
#include <QStringList>

class RuleSet;
struct YearResult;
struct Activity;

// The adapter between the registry (storage) + rules engine and the exporters/forms: fills the plain
// rows (PersonYearRow, ActivityRow) with the engine's per-person-year figures and explanations.
class ExportSource
{
public:
    explicit ExportSource(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Selection
    {
        QStringList idNumbers;   // empty = everybody 在职, plus anyone with activities in the years
        QString department;      // empty = all departments
    };

    // Person-years and activities for [fromYear, toYear] under the unit's rule set (the set of its
    // family in force for each year). Problems of a person-year go to PersonYearRow::errors.
    bool load(int fromYear, int toYear, const Selection &selection, ExportDataSet *out, QString *error) const;

    // The unit (first unit of the registry).
    bool unit(Unit *out, QString *error) const;
    // The rule set for the unit in a year, or nullptr with *error.
    static const RuleSet *ruleSetFor(const Unit &unit, int year, QString *error);

    // Pure conversion of one engine result (tests and other callers that credit in memory).
    static PersonYearRow personYear(const PersonInfo &person, const YearResult &result);
    static QList<ActivityRow> activityRows(const PersonInfo &person, const YearResult &result,
                                           const QList<Activity> &activities);
    // 继续教育形式 of an activity: its "form" parameter, else the kind's label.
    static QString formOf(const Activity &activity, const QString &kindLabel);

private:
    QSqlDatabase m_db;
};
