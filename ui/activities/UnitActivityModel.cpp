#include "UnitActivityModel.h"

#include "AppContext.h"
#include "util/ChineseName.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <algorithm>

namespace {
UnitActivityQuery::Order sqlOrder(int column)
{
    switch (column) {
    case UnitActivityModel::Person: return UnitActivityQuery::Order::Person;
    case UnitActivityModel::Department: return UnitActivityQuery::Order::Department;
    case UnitActivityModel::Kind: return UnitActivityQuery::Order::Kind;
    case UnitActivityModel::Title: return UnitActivityQuery::Order::Title;
    case UnitActivityModel::Date: return UnitActivityQuery::Order::Date;
    case UnitActivityModel::Evidence: return UnitActivityQuery::Order::Evidence;
    default: return UnitActivityQuery::Order::Default;
    }
}

bool sortedInMemory(int column)
{
    return column >= 0 && column != UnitActivityModel::Person && sqlOrder(column) == UnitActivityQuery::Order::Default;
}
}

UnitActivityModel::UnitActivityModel(AppContext *context, QObject *parent, bool load)
    : QAbstractTableModel(parent), m_context(context)
{
    if (load)
        reload();
}

UnitActivityQuery UnitActivityModel::query() const
{
    return UnitActivityQuery(m_context->connection(), m_context->unitId(), m_context->year(), m_context->ruleSet());
}

void UnitActivityModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void UnitActivityModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_context->hasUnit()) {
        const UnitActivityQuery q = query();
        m_total = q.count(m_search);
        const bool all = sortedInMemory(m_sortColumn);
        m_rows = q.page(m_search, sqlOrder(m_sortColumn), m_order == Qt::DescendingOrder, 0, all ? m_total : kPageSize);
        if (all)
            sortInMemory();
    }
    endResetModel();
    m_fetching = false;
    emit totalCountChanged(m_total);
}

void UnitActivityModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

void UnitActivityModel::sortInMemory()
{
    const int column = m_sortColumn;
    auto key = [column](const Row &r) -> QVariant {
        switch (column) {
        case Credit: return r.error ? -1.0 : r.hours;
        case Counted: return r.counted;
        case Locked: return int(r.locked);
        case Subject: return r.subject;
        case Event: return r.eventTitle;
        default: return r.reason;
        }
    };
    const bool descending = m_order == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const QVariant ka = key(a), kb = key(b);
        int c = 0;
        if (ka.typeId() == QMetaType::QString)
            c = ChineseName::lessThan(ka.toString(), kb.toString()) ? -1 : (ChineseName::lessThan(kb.toString(), ka.toString()) ? 1 : 0);
        else
            c = ka.toDouble() < kb.toDouble() ? -1 : (kb.toDouble() < ka.toDouble() ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
}

qint64 UnitActivityModel::staffId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).activity.staffId : 0;
}

Activity UnitActivityModel::activity(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).activity : Activity();
}

qint64 UnitActivityModel::eventId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).eventId : 0;
}

bool UnitActivityModel::isLocked(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).locked;
}

QList<int> UnitActivityModel::rowsOfSameEntry(int row)
{
    QList<int> out;
    if (row < 0 || row >= m_rows.size())
        return out;
    fetchAll();
    const Activity &a = m_rows.at(row).activity;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Activity &b = m_rows.at(i).activity;
        if (b.kind == a.kind && b.title == a.title && b.year == a.year && b.startDate == a.startDate && b.endDate == a.endDate
            && b.params == a.params && b.subject == a.subject)
            out << i;
    }
    return out;
}

void UnitActivityModel::fetchAll()
{
    while (canFetchMore({}) && !m_fetching)
        fetchMore({});
}

int UnitActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitActivityModel::display(const Row &r, int column) const
{
    switch (column) {
    case Person: return r.person;
    case Department: return r.department;
    case Kind: return r.kindLabel;
    case Title: return r.activity.title;
    case Date: {
        const QDate d = r.activity.endDate.isValid() ? r.activity.endDate : r.activity.startDate;
        return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
    case Subject: return r.subject;
    case Credit: return r.error ? tr("Error") : r.credit;
    case Counted:
        switch (r.counted) {
        case 1: return tr("Yes");
        case 2: return tr("Partly");
        case 0: return tr("No");
        default: return QString();
        }
    case Reason: return r.reason;
    case Evidence: return r.evidence;
    case Locked: return r.locked ? tr("Locked") : QString();
    case Event: return r.eventTitle;
    default: return {};
    }
}

QVariant UnitActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Locked && r.locked)
            return tr("The year is submitted and locked; reopen it on the person's page to change it");
        return index.column() == Counted || index.column() == Reason ? r.reason : r.explanation;
    }
    if (role == Qt::ForegroundRole && (r.error || (r.counted == 0 && (index.column() == Counted || index.column() == Reason))))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ForegroundRole && r.locked)
        return QBrush(QColor(0x60, 0x60, 0x60));
    if (role == Qt::TextAlignmentRole && (index.column() == Credit || index.column() == Evidence))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return display(r, index.column());
}

QVariant UnitActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person: return tr("Name");
    case Department: return tr("Department");
    case Kind: return tr("Kind");
    case Title: return tr("Title");
    case Date: return tr("Date");
    case Subject: return tr("Subject");
    case Credit: return tr("Credit (h)");
    case Counted: return tr("Counted");
    case Reason: return tr("Why not counted");
    case Evidence: return tr("Evidence");
    case Locked: return tr("Year status");
    case Event: return tr("Training event");
    default: return {};
    }
}

bool UnitActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void UnitActivityModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    const QList<Row> more = query().page(m_search, sqlOrder(m_sortColumn), m_order == Qt::DescendingOrder, int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    m_fetching = false;
}
