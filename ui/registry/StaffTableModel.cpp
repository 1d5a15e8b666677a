#include "StaffTableModel.h"

#include "AppContext.h"

#include <QBrush>
#include <QColor>

StaffTableModel::StaffTableModel(AppContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(context, &AppContext::maskIdsChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, StaffQuery::IdNumber), index(int(m_rows.size()) - 1, StaffQuery::IdNumber));
    });
    reload();
}

namespace {
QString filterKey(const StaffQuery::Filter &f)
{
    return QStringList{f.text.trimmed(), f.department, f.titleLevel, f.status, QString::number(int(f.compliance))}.join(QChar(0x1f));
}
} // namespace

void StaffTableModel::setFilter(const StaffQuery::Filter &filter)
{
    m_filter = filter;
    refresh(); // the data did not change: counts seen before still hold
}

void StaffTableModel::reload()
{
    m_counts.clear(); // rows or the year changed: every count may have
    refresh();
}

int StaffTableModel::countFor(const StaffQuery::Filter &filter)
{
    const QString key = filterKey(filter);
    const auto cached = m_counts.constFind(key);
    if (cached != m_counts.constEnd())
        return *cached;
    const int total = StaffQuery(m_context->connection(), m_context->unitId()).count(filter);
    ++m_countQueries;
    if (total < 0) { // not cached: the next reload asks again
        m_readFailed = true;
        return 0;
    }
    m_counts.insert(key, total);
    return total;
}

void StaffTableModel::refresh()
{
    m_fetching = true; // no fetchMore() from handlers of the reset signals
    beginResetModel();
    m_rows.clear();
    m_readFailed = false;
    m_total = m_context->hasUnit() ? countFor(m_filter) : 0;
    if (m_total > 0) {
        bool ok = false;
        m_rows = StaffQuery(m_context->connection(), m_context->unitId()).page(m_filter, m_sortColumn, m_order, 0, kPageSize, &ok, m_total);
        if (!ok) { // rows that cannot be read: nothing to fetch, and not "an empty registry" either
            m_readFailed = true;
            m_total = 0;
        }
    }
    endResetModel();
    m_fetching = false;
    emit totalCountChanged(m_total);
}

qint64 StaffTableModel::staffId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).id : 0;
}

int StaffTableModel::rowOfStaff(qint64 staffId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == staffId)
            return i;
    }
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StaffQuery::ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffQuery::Row &r = m_rows.at(index.row());
    if (role == StaffIdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StaffQuery::Name: return r.name;
        case StaffQuery::IdNumber: return role == Qt::ToolTipRole ? QVariant() : QVariant(m_context->displayId(r.idNumber));
        case StaffQuery::Gender: return r.gender;
        case StaffQuery::Department: return r.department;
        case StaffQuery::Title: return r.title;
        case StaffQuery::TitleLevel: return r.titleLevel;
        case StaffQuery::Status: return r.status;
        case StaffQuery::TotalHours:
            return r.computed ? QVariant(QString::number(r.totalHours, 'g', 6)) : QVariant();
        case StaffQuery::Verdict:
            if (!r.computed)
                return QVariant();
            if (r.compliant)
                return tr("Compliant");
            return tr("Short %1 h").arg(QString::number(r.shortfall, 'g', 6));
        default: break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StaffQuery::Verdict && r.computed)
        return QBrush(r.compliant ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ForegroundRole && r.status == QStringLiteral("离职"))
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::TextAlignmentRole && index.column() == StaffQuery::TotalHours)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffQuery::Name: return tr("Name");
    case StaffQuery::IdNumber: return tr("ID number");
    case StaffQuery::Gender: return tr("Gender");
    case StaffQuery::Department: return tr("Department");
    case StaffQuery::Title: return tr("Title");
    case StaffQuery::TitleLevel: return tr("Title level");
    case StaffQuery::Status: return tr("Status");
    case StaffQuery::TotalHours: return tr("Hours %1").arg(m_context->year());
    case StaffQuery::Verdict: return tr("Verdict %1").arg(m_context->year());
    default: return {};
    }
}

bool StaffTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void StaffTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask again while rowsInserted is being delivered: one page at a time.
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    bool ok = false;
    const QList<StaffQuery::Row> more = StaffQuery(m_context->connection(), m_context->unitId())
                                            .page(m_filter, m_sortColumn, m_order, int(m_rows.size()), kPageSize, &ok, m_total);
    if (!ok)
        m_readFailed = true;
    if (more.isEmpty()) {
        // The table shrank under us: stop asking.
        m_total = int(m_rows.size());
        m_counts.insert(filterKey(m_filter), m_total);
        m_fetching = false;
        emit totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= StaffQuery::ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    // A new order changes which rows are in the fetched window: reload it (as many rows as before).
    m_fetching = true;
    beginResetModel();
    const int wanted = int(qMax<qsizetype>(m_rows.size(), kPageSize));
    m_rows = m_context->hasUnit()
        ? StaffQuery(m_context->connection(), m_context->unitId()).page(m_filter, m_sortColumn, m_order, 0, wanted, nullptr, m_total)
        : QList<StaffQuery::Row>();
    endResetModel();
    m_fetching = false;
}
