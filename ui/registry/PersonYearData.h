#pragma once
#include "PersonYearsModel.h"
#include "YearActivityModel.h"

class AppContext;

// Reads what the person page shows: one row per year (those with activities, and the chosen one;
// newest first) with its result and lock state, and the chosen year's activities with whether each
// counts and its evidence count.
class PersonYearData
{
public:
    static QList<PersonYearsModel::Row> load(AppContext *context, qint64 staffId, int year, QList<YearActivityModel::Row> *activities,
                                             YearResult *chosen, bool *chosenComputed);
};
