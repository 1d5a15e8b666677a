#pragma once
#include "rules/YearAggregator.h"
#include "storage/YearLockRepository.h"

#include <QAbstractTableModel>

// A person's years: 公需 / 专业 / 合计 / 达标 / shortfall and the declaration state, one row per
// year that has activities (and the chosen year), newest first.
class PersonYearsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Year, Public, Professional, Total, Verdict, Shortfall, Declaration, ColumnCount };
    struct Row
    {
        int year = 0;
        bool computed = false;
        YearResult result;
        YearLockRepository::State lock;
    };

    explicit PersonYearsModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows);
    const Row *row(int index) const;
    int rowOfYear(int year) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
