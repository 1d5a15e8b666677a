#pragma once
#include "storage/StaffQuery.h"

#include <QAbstractTableModel>
#include <QHash>

class AppContext;

// The staff registry as a table: filtered and sorted in SQL (bound values only), fetched lazily
// in pages, with the total count from SELECT COUNT(*). ID numbers masked per the settings.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { StaffIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit StaffTableModel(AppContext *context, QObject *parent = nullptr);

    void setFilter(const StaffQuery::Filter &filter);
    const StaffQuery::Filter &filter() const { return m_filter; }
    // Rows matching the filter (all of them, not only the fetched ones).
    int totalCount() const { return m_total; }
    // The last reload could not read the registry (the count failed): not "the registry is empty".
    bool readFailed() const { return m_readFailed; }
    qint64 staffId(int row) const;
    int rowOfStaff(qint64 staffId) const; // -1 when not fetched
    // Re-reads rows and counts (the data changed). A new filter re-reads the rows only; its count
    // comes from SELECT COUNT(*) once per filter until the next reload().
    void reload();
    int countQueries() const { return m_countQueries; }

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
    void refresh();
    int countFor(const StaffQuery::Filter &filter);
    AppContext *m_context;
    QHash<QString, int> m_counts; // per filter, until reload()
    int m_countQueries = 0;
    StaffQuery::Filter m_filter;
    QList<StaffQuery::Row> m_rows;
    int m_total = 0;
    bool m_readFailed = false;
    bool m_fetching = false;
    int m_sortColumn = StaffQuery::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
