#pragma once
#include "OverviewData.h"

#include <QAbstractTableModel>

// The people still short in the year, largest gap first: 公需 / 专业 / 合计 and what is missing.
class ShortfallModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Department, Public, Professional, Total, Gap, ColumnCount };

    explicit ShortfallModel(QObject *parent = nullptr);
    void setOverview(const OverviewData &data);
    qint64 staffId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OverviewData::Person> m_rows;
};
