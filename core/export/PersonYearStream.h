#pragma once
#include "domain/Activity.h"
#include "rules/ActivityInput.h"
#include "rules/CreditResult.h"
#include "rules/YearAggregator.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

class RuleSet;

// The exports' and forms' reading and crediting, one person at a time (ExportSource): a person's
// activities of a year range through one prepared forward-only query (index activity(staff_id, year)),
// each distinct parameter text JSON-decoded once, each distinct activity (rule set, kind, year,
// subject, parameters; plus the dates where the kind's hours follow them) credited once, then the
// explained year result (YearAggregator semantics: the same figures, reasons and explanations).
// Nothing is held beyond the person being read but the two bounded caches.
class PersonYearStream
{
public:
    explicit PersonYearStream(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Year
    {
        QList<Activity> activities;   // ordered as ActivityRepository::listForYear: start date, id
        QList<QByteArray> paramsText; // the stored parameter text of each
    };
    // The person's activities per year in [fromYear, toYear] (years without any are absent).
    // Served from the last prefetch() when it read this person for the same years.
    bool read(qint64 staffId, int fromYear, int toYear, QHash<int, Year> *out, QString *error);
    // Reads the activities of these people (at most kPrefetch) in one query, held until read()
    // takes each (the caller reads them in the order it wants; one query instead of one a person).
    static constexpr int kPrefetch = 64;
    bool prefetch(const QList<qint64> &staffIds, int fromYear, int toYear, QString *error);
    bool holdsPrefetched(qint64 staffId) const { return m_prefetched.contains(staffId); }
    // = YearAggregator::aggregate(set, year, inputs); paramsText.at(i) is the stored text of inputs[i].params.
    YearResult aggregate(const RuleSet &set, int year, const QList<ActivityInput> &inputs,
                         const QList<QByteArray> &paramsText);

private:
    QJsonObject paramsOf(const QByteArray &text);
    bool prepare(QSqlQuery *query, const QString &where, QString *error);
    bool run(QSqlQuery *query, QString *error);
    void take(const QSqlQuery &query, qint64 staffId, QHash<int, Year> *out);

    QSqlDatabase m_db;
    QSqlQuery m_query{m_db};
    bool m_prepared = false;
    QSqlQuery m_batchQuery{m_db};
    bool m_batchPrepared = false;
    QHash<qint64, QHash<int, Year>> m_prefetched;   // staff id -> years, of the last prefetch()
    int m_prefetchedFrom = 0, m_prefetchedTo = 0;
    QHash<QByteArray, QJsonObject> m_params;
    // What CreditCalculator::calculate reads of an activity: the key of the credit cache.
    struct CreditKey
    {
        const RuleSet *set = nullptr;
        QString kind;
        int year = 0;
        Subject subject = Subject::None;
        QByteArray params;       // the stored parameter text
        qint64 startDay = 0;     // the dates (Julian days), only for a kind whose hours follow them
        qint64 endDay = 0;
        bool operator==(const CreditKey &o) const
        {
            return set == o.set && year == o.year && subject == o.subject && startDay == o.startDay && endDay == o.endDay
                && kind == o.kind && params == o.params;
        }
    };
    friend size_t qHash(const CreditKey &k, size_t seed)
    {
        return qHashMulti(seed, quintptr(k.set), k.kind, k.year, int(k.subject), k.params, k.startDay, k.endDay);
    }
    QHash<CreditKey, CreditResult> m_credits;
};
