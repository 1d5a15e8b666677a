#pragma once
#include <QSqlDatabase>
#include <QStringList>

// Filtered, sorted, paged reads of the staff registry for list views (10,000+ rows): the filter
// becomes a WHERE clause with bound values only; sorting uses a fixed column list.
// Yearly compliance comes from the stored verdicts (person_year_verdict) of the year chosen on this
// connection (VerdictStore::selectYear / ComplianceTable::fill); no year chosen: "not computed".
class StaffQuery
{
public:
    enum Column { Name, IdNumber, Gender, Department, Title, TitleLevel, Status, TotalHours, Verdict, ColumnCount };
    enum class Compliance { Any, Compliant, Short };

    struct Filter
    {
        QString text;        // name, ID number or department: substring from 3 characters, prefix below; pinyin initials
        QString department;  // exact, empty = any
        QString titleLevel;  // exact, empty = any
        QString status;      // exact, empty = any
        Compliance compliance = Compliance::Any;
    };

    struct Row
    {
        qint64 id = 0;
        QString idNumber, name, gender, department, title, titleLevel, status;
        bool computed = false;  // compliance row present for the year
        double publicHours = 0, professionalHours = 0, totalHours = 0, shortfall = 0;
        bool compliant = false;
    };

    StaffQuery(QSqlDatabase db, qint64 unitId);

    // -1 when the query fails (a damaged or unreadable file), never a false 0.
    int count(const Filter &filter) const;
    // *ok (when given) is false when the query failed: an empty page is then not "no more rows".
    // matches: the filter's count() when the caller knows it. A search that more than WalkAbove people
    // match (a common ID prefix) is read by walking the sort column's index until the page is full;
    // a rarer one through the search's own indexes, the few matches then sorted.
    QList<Row> page(const Filter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit, bool *ok = nullptr,
                    int matches = -1) const;
    static constexpr int WalkAbove = 2000;
    // Whether page() walks the sort column's index for a search with this many matches.
    static bool walksSortIndex(const Filter &filter, int sortColumn, int matches);
    QStringList departments() const;

    // Creates the (empty) temporary table of the chosen year if this connection has none yet.
    static bool ensureComplianceTable(QSqlDatabase db);

    // The search condition for the text ("s.id IN (…)", bound values appended), through indexes only.
    static QString searchTerms(const QString &text, qint64 unitId, QVariantList *values);
    // Its parts alone: a UNION of SELECTs of person ids.
    static QString searchUnion(const QString &text, qint64 unitId, QVariantList *values);

private:
    QString where(const Filter &filter, QVariantList *values, bool walk = false) const;
    // Whether count() may count the search's ids alone (text only, every person of the file the unit's).
    bool searchAloneIsCountable(const Filter &filter) const;
    QSqlDatabase m_db;
    qint64 m_unitId;
};
