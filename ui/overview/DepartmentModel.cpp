#include "DepartmentModel.h"

DepartmentModel::DepartmentModel(QObject *parent) : QAbstractTableModel(parent) {}

void DepartmentModel::setOverview(const OverviewData &data)
{
    beginResetModel();
    m_rows = data.computed ? data.departments : QList<OverviewData::Department>();
    endResetModel();
}

int DepartmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewData::Department &d = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return d.name.isEmpty() ? tr("(no department)") : d.name;
    case Staff: return d.staff;
    case Compliant: return d.compliant;
    case Rate: return QStringLiteral("%1%").arg(QString::number(d.rate() * 100, 'f', 1));
    case Gap: return QString::number(d.gap, 'g', 6);
    default: return {};
    }
}

QVariant DepartmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Department");
    case Staff: return tr("People");
    case Compliant: return tr("Compliant");
    case Rate: return tr("Rate");
    case Gap: return tr("Missing (h)");
    default: return {};
    }
}
