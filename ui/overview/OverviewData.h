#pragma once
#include "rules/YearAggregator.h"

#include <QList>
#include <QString>

class AppContext;

// The chosen year's results for every active person of the unit, computed once per refresh and
// shared by the overview's tables, chart and deadlines.
struct OverviewData
{
    struct Person
    {
        qint64 staffId = 0;
        QString name;
        QString department;
        YearResult result;
        double gap() const; // hours still missing (largest of total and the subjects' sum)
    };
    struct Department
    {
        QString name;
        int staff = 0;
        int compliant = 0;
        double gap = 0;
        double rate() const { return staff ? double(compliant) / staff : 0; }
    };

    int year = 0;
    bool computed = false; // false when the unit has no rule set for the year
    QList<Person> people;
    QList<Department> departments;
    int compliant = 0;

    double rate() const { return people.isEmpty() ? 0 : double(compliant) / people.size(); }
    static OverviewData compute(const AppContext &context);
};
