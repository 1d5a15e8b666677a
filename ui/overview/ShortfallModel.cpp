#include "ShortfallModel.h"

#include <algorithm>

namespace {
QString hours(double h)
{
    return QString::number(h, 'g', 6);
}
}

ShortfallModel::ShortfallModel(QObject *parent) : QAbstractTableModel(parent) {}

void ShortfallModel::setOverview(const OverviewData &data)
{
    beginResetModel();
    m_rows.clear();
    for (const OverviewData::Person &p : data.people) {
        if (data.computed && !p.result.compliant)
            m_rows << p;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const OverviewData::Person &a, const OverviewData::Person &b) { return a.gap() > b.gap(); });
    endResetModel();
}

qint64 ShortfallModel::staffId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).staffId : 0;
}

int ShortfallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShortfallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortfallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewData::Person &p = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return p.result.verdictText();
    if (role == Qt::TextAlignmentRole && index.column() >= Public)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case Department: return p.department;
    case Public: return hours(p.result.publicHours);
    case Professional: return hours(p.result.professionalHours);
    case Total: return hours(p.result.total);
    case Gap: return hours(p.gap());
    default: return {};
    }
}

QVariant ShortfallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Department: return tr("Department");
    case Public: return tr("Public");
    case Professional: return tr("Professional");
    case Total: return tr("Total");
    case Gap: return tr("Missing (h)");
    default: return {};
    }
}
