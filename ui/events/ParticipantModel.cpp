#include "ParticipantModel.h"

#include "AppContext.h"
#include "events/EventActivities.h"
#include "events/EventRepository.h"
#include "export/ExportData.h"
#include "rules/RuleSet.h"

#include <QBrush>
#include <QColor>

ParticipantModel::ParticipantModel(AppContext *context, QObject *parent) : QAbstractTableModel(parent), m_context(context) {}

void ParticipantModel::setEvent(qint64 eventId)
{
    m_event = TrainingEvent();
    m_event.id = 0;
    if (eventId)
        EventRepository(m_context->connection()).byId(eventId, &m_event);
    reload();
}

ParticipantModel::Row ParticipantModel::rowFor(const EventParticipant &p) const
{
    Row r;
    r.p = p;
    const RuleSet *set = m_context->ruleSet(m_event.year());
    if (!set)
        return r;
    const CreditResult c = EventActivities::credit(*set, m_event, p);
    r.error = !c.ok();
    r.hours = c.ok() ? ExportText::hours(c.hours) : tr("Error");
    r.explanation = c.ok() ? c.explanation : c.error;
    return r;
}

void ParticipantModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_event.id) {
        EventRepository(m_context->connection()).byId(m_event.id, &m_event);
        for (const EventParticipant &p : EventRepository(m_context->connection()).participants(m_event.id))
            m_rows << rowFor(p);
    }
    endResetModel();
}

EventParticipant ParticipantModel::participant(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).p : EventParticipant();
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return r.explanation;
    if (role == Qt::ForegroundRole && (r.error || !r.p.credited()))
        return QBrush(r.error ? QColor(0xb0, 0x00, 0x20) : QColor(0x80, 0x50, 0x00));
    if (role == Qt::TextAlignmentRole && (index.column() == Position || index.column() == Days || index.column() == Hours))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Position: return r.p.position;
    case Name: return r.p.name;
    case Department: return r.p.department;
    case IdNumber: return role == Qt::EditRole ? r.p.idNumber : m_context->displayId(r.p.idNumber);
    case Title: return r.p.title.isEmpty() ? r.p.titleLevel : r.p.title;
    case Result: return r.p.result;
    case Days: return r.p.daysAttended > 0 ? QVariant(r.p.daysAttended) : (role == Qt::EditRole ? QVariant(0.0) : QVariant(QString()));
    case Hours: return r.hours;
    case Remark: return r.p.remark;
    default: return {};
    }
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EventParticipant p = m_rows.at(index.row()).p;
    switch (index.column()) {
    case Result: p.result = value.toString().trimmed(); break;
    case Days: {
        bool ok = false;
        const double days = value.toString().trimmed().isEmpty() ? 0 : value.toDouble(&ok);
        if (!value.toString().trimmed().isEmpty() && (!ok || days < 0)) {
            emit editFailed(tr("实际参加天数 must be a number of days (empty = the whole event)"));
            return false;
        }
        p.daysAttended = days;
        break;
    }
    case Remark: p.remark = value.toString().trimmed(); break;
    default: return false;
    }
    QString error;
    if (!EventRepository(m_context->connection()).updateParticipant(p, &error)) {
        emit editFailed(error);
        return false;
    }
    m_rows[index.row()] = rowFor(EventRepository(m_context->connection()).participants(m_event.id).value(index.row(), p));
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit participantsChanged();
    return true;
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Result || index.column() == Days || index.column() == Remark))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position: return tr("No.");
    case Name: return tr("Name");
    case Department: return tr("Department");
    case IdNumber: return tr("ID number");
    case Title: return tr("Title");
    case Result: return tr("Exam result");
    case Days: return tr("Days attended");
    case Hours: return tr("Credited h");
    case Remark: return tr("Remark");
    default: return {};
    }
}
