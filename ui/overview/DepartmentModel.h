#pragma once
#include "OverviewData.h"

#include <QAbstractTableModel>

// Compliance by department for the year: people, compliant, rate, hours still missing.
class DepartmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Staff, Compliant, Rate, Gap, ColumnCount };

    explicit DepartmentModel(QObject *parent = nullptr);
    void setOverview(const OverviewData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OverviewData::Department> m_rows;
};
