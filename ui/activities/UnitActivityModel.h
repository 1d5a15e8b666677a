#pragma once
#include "domain/Activity.h"

#include <QAbstractTableModel>

class AppContext;

// The unit's activities of one year (学时登记 section): one row per person and activity, searched
// in SQL (bound values), fetched lazily in pages; the credit of each activity from the rules engine.
class UnitActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Department, Kind, Title, Date, Subject, Credit, Evidence, Event, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit UnitActivityModel(AppContext *context, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void reload();
    int totalCount() const { return m_total; }
    qint64 staffId(int row) const;
    Activity activity(int row) const;
    qint64 eventId(int row) const; // the training event owning the activity, 0 = none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(int count);

private:
    struct Row
    {
        Activity activity;
        QString person, department, kindLabel, subject, credit, explanation;
        int evidence = 0;
        qint64 eventId = 0;
        QString eventTitle;
        bool error = false;
    };
    QList<Row> page(int offset, int limit) const;
    QString where(QVariantList *values) const;

    AppContext *m_context;
    QString m_search;
    QList<Row> m_rows;
    int m_total = 0;
    bool m_fetching = false;
};
