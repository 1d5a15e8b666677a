#pragma once
#include "domain/Activity.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class RuleSet;

// Reads the 学时登记 list: a unit's activities of one year, searched in SQL (bound values) and
// paged, each with its own credit and — from the person's whole year (YearAggregator) — whether
// it counts and why not, and whether the person's year is locked.
class UnitActivityQuery
{
    Q_DECLARE_TR_FUNCTIONS(UnitActivityQuery)

public:
    struct Row
    {
        Activity activity;
        QString person, personKey, department, kindLabel, subject, credit, explanation;
        double hours = 0;
        int counted = -1;        // 1 counted, 0 not, 2 partly, -1 unknown (error / no rule set)
        QString reason;          // why not (fully) counted
        int evidence = 0;
        qint64 eventId = 0; // the training event that owns the activity, 0 = none
        QString eventTitle;
        bool error = false;
        bool locked = false;
    };
    // SQL-sortable columns of the list (others are sorted in memory).
    enum class Order { Default, Person, Department, Kind, Title, Date, Evidence };

    UnitActivityQuery(QSqlDatabase db, qint64 unitId, int year, const RuleSet *set)
        : m_db(std::move(db)), m_unitId(unitId), m_year(year), m_set(set) {}

    int count(const QString &search) const;
    QList<Row> page(const QString &search, Order order, bool descending, int offset, int limit) const;

private:
    QString where(const QString &search, QVariantList *values) const;
    void addYearVerdicts(QList<Row> &rows) const;

    QSqlDatabase m_db;
    qint64 m_unitId;
    int m_year;
    const RuleSet *m_set;
};
