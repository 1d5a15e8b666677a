#include "YearActivityModel.h"

#include <QBrush>
#include <QColor>

YearActivityModel::YearActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void YearActivityModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const YearActivityModel::Row *YearActivityModel::row(int index) const
{
    return (index >= 0 && index < m_rows.size()) ? &m_rows.at(index) : nullptr;
}

int YearActivityModel::rowOfActivity(qint64 activityId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).activity.id == activityId)
            return i;
    }
    return -1;
}

int YearActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const CreditResult &c = r.item.credit;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title: return r.activity.title;
        case Kind: return c.kindLabel.isEmpty() ? r.activity.kind : c.kindLabel;
        case Date: {
            const QDate d = r.activity.endDate.isValid() ? r.activity.endDate : r.activity.startDate;
            return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        }
        case Subject: return subjectLabel(c.ok() ? c.subject : subjectFromId(r.activity.subject));
        case Hours:
            if (!r.computed || !c.ok())
                return QString();
            return QString::number(r.item.countedHours, 'g', 6);
        case Counted:
            if (!r.computed)
                return QString();
            if (!c.ok())
                return tr("Error");
            if (role == Qt::ToolTipRole)
                return r.item.reason;
            if (r.item.counted && r.item.reason.isEmpty())
                return tr("Yes");
            return r.item.counted ? tr("Partly") : tr("No");
        case Evidence: return r.evidenceCount;
        case Explanation: return c.ok() ? c.explanation : c.error;
        case Event: return r.eventTitle;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && r.computed && (!c.ok() || !r.item.counted)
        && (index.column() == Counted || index.column() == Explanation))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == Hours || index.column() == Evidence))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant YearActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Date: return tr("Date");
    case Subject: return tr("Subject");
    case Hours: return tr("Credited h");
    case Counted: return tr("Counted");
    case Evidence: return tr("Evidence");
    case Explanation: return tr("Explanation");
    case Event: return tr("Training event");
    default: return {};
    }
}
