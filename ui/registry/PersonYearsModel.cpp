#include "PersonYearsModel.h"
#include "LockBanner.h"

#include <QBrush>
#include <QColor>

namespace {
QString hours(double h)
{
    return QString::number(h, 'g', 6);
}
}

PersonYearsModel::PersonYearsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PersonYearsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const PersonYearsModel::Row *PersonYearsModel::row(int index) const
{
    return (index >= 0 && index < m_rows.size()) ? &m_rows.at(index) : nullptr;
}

int PersonYearsModel::rowOfYear(int year) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).year == year)
            return i;
    }
    return -1;
}

int PersonYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonYearsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const YearResult &y = r.result;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Year: return r.year;
        case Public: return r.computed ? hours(y.publicHours) : QString();
        case Professional: return r.computed ? hours(y.professionalHours) : QString();
        case Total: return r.computed ? hours(y.total) : QString();
        case Verdict:
            if (!r.computed)
                return tr("(no rule set)");
            return y.compliant ? tr("Compliant") : tr("Not compliant");
        case Shortfall: {
            if (!r.computed || y.compliant)
                return QString();
            QStringList parts;
            if (y.shortfallTotal > 0)
                parts << tr("total %1").arg(hours(y.shortfallTotal));
            if (y.shortfallPublic > 0)
                parts << tr("public %1").arg(hours(y.shortfallPublic));
            if (y.shortfallProfessional > 0)
                parts << tr("professional %1").arg(hours(y.shortfallProfessional));
            return parts.join(QStringLiteral("; "));
        }
        case Declaration:
            if (r.lock.locked)
                return tr("Submitted %1 (locked)").arg(r.lock.submittedAt.left(10));
            if (r.lock.declared)
                return tr("Reopened %1").arg(r.lock.reopenedAt.left(10));
            return tr("Not submitted");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Verdict && r.computed)
        return y.verdictText();
    if (role == Qt::ToolTipRole && index.column() == Declaration && r.lock.declared && !r.lock.locked)
        return tr("Reopened by %1: %2").arg(LockBanner::who(r.lock.reopenedBy), r.lock.reopenReason);
    if (role == Qt::ForegroundRole && index.column() == Verdict && r.computed)
        return QBrush(y.compliant ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() >= Public && index.column() <= Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PersonYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year: return tr("Year");
    case Public: return tr("Public");
    case Professional: return tr("Professional");
    case Total: return tr("Total");
    case Verdict: return tr("Compliant");
    case Shortfall: return tr("Shortfall (h)");
    case Declaration: return tr("Declaration");
    default: return {};
    }
}
