#include "EventListModel.h"

#include "AppContext.h"
#include "rules/RuleSet.h"

EventListModel::EventListModel(AppContext *context, QObject *parent) : QAbstractTableModel(parent), m_context(context)
{
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_rows = m_context->hasUnit() ? EventRepository(m_context->connection()).list(m_context->year()) : QList<EventRepository::Summary>();
    endResetModel();
}

qint64 EventListModel::eventId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event.id : 0;
}

int EventListModel::rowOfEvent(qint64 eventId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).event.id == eventId)
            return i;
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRepository::Summary &s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Participants || index.column() == Passed))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start: return s.event.startDate.toString(QStringLiteral("yyyy-MM-dd"));
    case End: return s.event.endDate.toString(QStringLiteral("yyyy-MM-dd"));
    case Title: return s.event.title;
    case Kind: {
        const RuleSet *set = m_context->ruleSet(s.event.year());
        const ActivityKind *kind = set ? set->kind(s.event.kind) : nullptr;
        return kind ? kind->label : s.event.kind;
    }
    case Participants: return s.participants;
    case Passed: return s.passed;
    default: return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return tr("Start");
    case End: return tr("End");
    case Title: return tr("Theme");
    case Kind: return tr("Kind");
    case Participants: return tr("Participants");
    case Passed: return tr("Passed");
    default: return {};
    }
}
