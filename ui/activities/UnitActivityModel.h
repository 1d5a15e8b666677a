#pragma once
#include "UnitActivityQuery.h"

#include <QAbstractTableModel>

class AppContext;

// The unit's activities of one year (学时登记 section): one row per person and activity, searched
// in SQL (bound values), fetched lazily in pages (UnitActivityQuery); each row's own credit, whether
// it counts in the person's year and why not, and a lock marker for submitted years. Sorting by
// name, department, kind, title, date or evidence is done in SQL (names in pinyin order); by the
// computed columns the whole list is loaded and sorted in memory.
class UnitActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Department, Kind, Title, Date, Subject, Credit, Counted, Reason, Evidence, Locked, Event, ColumnCount };
    static constexpr int kPageSize = 200;

    // load false: empty until the first reload() (a page that loads when it is first shown).
    explicit UnitActivityModel(AppContext *context, QObject *parent = nullptr, bool load = true);

    void setSearch(const QString &text);
    void reload();
    int totalCount() const { return m_total; }
    qint64 staffId(int row) const;
    Activity activity(int row) const;
    bool isLocked(int row) const;
    qint64 eventId(int row) const; // the training event owning the activity, 0 = none
    // Rows recorded by the same (batch) entry as `row`: same kind, title, year, dates and details.
    QList<int> rowsOfSameEntry(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(int count);

private:
    using Row = UnitActivityQuery::Row;
    UnitActivityQuery query() const;
    QVariant display(const Row &r, int column) const;
    void fetchAll();
    void sortInMemory();

    AppContext *m_context;
    QString m_search;
    QList<Row> m_rows;
    int m_total = 0;
    bool m_fetching = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
