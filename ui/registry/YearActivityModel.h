#pragma once
#include "domain/Activity.h"
#include "rules/YearAggregator.h"

#include <QAbstractTableModel>

// The activities of one person's year with the credited hours, whether they counted (and why
// not) and the explanation as text, plus the evidence count per activity.
class YearActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Kind, Date, Subject, Hours, Counted, Evidence, Explanation, Event, ColumnCount };
    struct Row
    {
        Activity activity;
        YearItem item;
        bool computed = false;
        int evidenceCount = 0;
        qint64 eventId = 0;   // the training event (培训班) that owns the activity, 0 = none
        QString eventTitle;
    };

    explicit YearActivityModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows);
    const Row *row(int index) const;
    int rowOfActivity(qint64 activityId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
