#include "UnitActivityModel.h"

#include "storage/ActivityRepository.h"

#include "AppContext.h"
#include "rules/ActivityInput.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSet.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QSqlQuery>

UnitActivityModel::UnitActivityModel(AppContext *context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    reload();
}

void UnitActivityModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

QString UnitActivityModel::where(QVariantList *values) const
{
    QString sql = QStringLiteral(" FROM activity a JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = ? AND a.year = ?");
    values->append(m_context->unitId());
    values->append(m_context->year());
    if (!m_search.isEmpty()) {
        QString escaped = m_search;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        sql += QStringLiteral(" AND (s.name LIKE ? ESCAPE '\\' OR s.department LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\')");
        *values << pattern << pattern << pattern;
    }
    return sql;
}

void UnitActivityModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_context->hasUnit()) {
        QVariantList values;
        QSqlQuery q(m_context->connection());
        const QString sql = QStringLiteral("SELECT COUNT(*)") + where(&values);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec() && q.next())
            m_total = q.value(0).toInt();
        m_rows = page(0, kPageSize);
    }
    endResetModel();
    m_fetching = false;
    emit totalCountChanged(m_total);
}

QList<UnitActivityModel::Row> UnitActivityModel::page(int offset, int limit) const
{
    QList<Row> rows;
    QVariantList values;
    QSqlQuery q(m_context->connection());
    q.setForwardOnly(true);
    // The filter clauses hold only placeholders; the values are bound below.
    const QString sql = QStringLiteral("SELECT a.id, a.staff_id, a.year, a.start_date, a.end_date, a.kind, a.title, a.params,"
                                       " a.subject, a.status, s.name, s.department,"
                                       " (SELECT COUNT(*) FROM evidence e WHERE e.activity_id = a.id)"
                                       " + (SELECT COUNT(*) FROM event_evidence ee WHERE ee.event_id = a.event_id),"
                                       " a.event_id, (SELECT t.title FROM training_event t WHERE t.id = a.event_id)")
        + where(&values) + QStringLiteral(" ORDER BY s.department, s.name, a.id LIMIT ? OFFSET ?");
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return rows;
    const RuleSet *set = m_context->ruleSet();
    while (q.next()) {
        Row r;
        r.activity = ActivityRepository::fromRow(q);
        const Activity &a = r.activity;
        r.person = q.value(10).toString();
        r.department = q.value(11).toString();
        r.evidence = q.value(12).toInt();
        r.eventId = q.value(13).toLongLong();
        r.eventTitle = q.value(14).toString();
        r.kindLabel = a.kind;
        if (set) {
            const CreditResult c = CreditCalculator::calculate(*set, ActivityInput::fromActivity(a));
            r.error = !c.ok();
            if (c.ok()) {
                r.kindLabel = c.kindLabel;
                r.credit = QString::number(c.hours, 'g', 6);
                r.subject = subjectLabel(c.subject);
                r.explanation = c.explanation;
            } else {
                r.explanation = c.error;
            }
        }
        rows << r;
    }
    return rows;
}

qint64 UnitActivityModel::staffId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).activity.staffId : 0;
}

qint64 UnitActivityModel::eventId(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).eventId : 0;
}

Activity UnitActivityModel::activity(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).activity : Activity();
}

int UnitActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return r.explanation;
    if (role == Qt::ForegroundRole && r.error)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == Credit || index.column() == Evidence))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
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
    case Evidence: return r.evidence;
    case Event: return r.eventTitle;
    default: return {};
    }
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
    case Evidence: return tr("Evidence");
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
    const QList<Row> more = page(int(m_rows.size()), kPageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    m_fetching = false;
}
