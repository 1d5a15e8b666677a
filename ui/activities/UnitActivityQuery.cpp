#include "UnitActivityQuery.h"

#include "rules/ActivityInput.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSet.h"
#include "rules/YearAggregator.h"
#include "storage/ActivityRepository.h"
#include "storage/YearLockRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace {
// Our own constant expressions, chosen by enum (never from user text).
QString orderBy(UnitActivityQuery::Order order, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (order) {
    case UnitActivityQuery::Order::Person: return QStringLiteral("s.name_key") + dir + QStringLiteral(", a.id");
    case UnitActivityQuery::Order::Department: return QStringLiteral("s.department") + dir + QStringLiteral(", s.name_key, a.id");
    case UnitActivityQuery::Order::Kind: return QStringLiteral("a.kind") + dir + QStringLiteral(", s.name_key, a.id");
    case UnitActivityQuery::Order::Title: return QStringLiteral("a.title") + dir + QStringLiteral(", s.name_key, a.id");
    case UnitActivityQuery::Order::Date:
        return QStringLiteral("COALESCE(a.end_date, a.start_date, '')") + dir + QStringLiteral(", s.name_key, a.id");
    case UnitActivityQuery::Order::Evidence: return QStringLiteral("13") + dir + QStringLiteral(", s.name_key, a.id");
    case UnitActivityQuery::Order::Default: break;
    }
    return QStringLiteral("s.department, s.name_key, a.id");
}
}

QString UnitActivityQuery::where(const QString &search, QVariantList *values) const
{
    QString sql = QStringLiteral(" FROM activity a JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = ? AND a.year = ?");
    values->append(m_unitId);
    values->append(m_year);
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        sql += QStringLiteral(" AND (s.name LIKE ? ESCAPE '\\' OR s.department LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\'"
                              " OR s.name_initials LIKE ? ESCAPE '\\')");
        *values << pattern << pattern << pattern << escaped + QLatin1Char('%');
    }
    return sql;
}

int UnitActivityQuery::count(const QString &search) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    // The filter clause holds only placeholders; the values are bound below.
    const QString sql = QStringLiteral("SELECT COUNT(*)") + where(search, &values);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<UnitActivityQuery::Row> UnitActivityQuery::page(const QString &search, Order order, bool descending, int offset, int limit) const
{
    QList<Row> rows;
    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The filter clauses hold only placeholders; the values are bound below.
    const QString sql = QStringLiteral("SELECT a.id, a.staff_id, a.year, a.start_date, a.end_date, a.kind, a.title, a.params,"
                                       " a.subject, a.status, s.name, s.department,"
                                       " (SELECT COUNT(*) FROM evidence e WHERE e.activity_id = a.id)"
                                       " + (SELECT COUNT(*) FROM event_evidence ee WHERE ee.event_id = a.event_id), s.name_key,"
                                       " a.event_id, (SELECT t.title FROM training_event t WHERE t.id = a.event_id)")
        + where(search, &values) + QStringLiteral(" ORDER BY ") + orderBy(order, descending) + QStringLiteral(" LIMIT ? OFFSET ?");
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.activity = ActivityRepository::fromRow(q);
        r.person = q.value(10).toString();
        r.department = q.value(11).toString();
        r.evidence = q.value(12).toInt();
        r.personKey = q.value(13).toString();
        r.eventId = q.value(14).toLongLong();
        r.eventTitle = q.value(15).toString();
        r.kindLabel = r.activity.kind;
        if (m_set) {
            const CreditResult c = CreditCalculator::calculate(*m_set, ActivityInput::fromActivity(r.activity));
            r.error = !c.ok();
            if (c.ok()) {
                r.kindLabel = c.kindLabel;
                r.hours = c.hours;
                r.credit = QString::number(c.hours, 'g', 6);
                r.subject = subjectLabel(c.subject);
                r.explanation = c.explanation;
            } else {
                r.explanation = c.error;
            }
        }
        rows << r;
    }
    addYearVerdicts(rows);
    return rows;
}

void UnitActivityQuery::addYearVerdicts(QList<Row> &rows) const
{
    // Whether an item counts depends on the person's whole year (highest conversion only, caps).
    QHash<qint64, QHash<QString, YearItem>> byPerson;
    QHash<qint64, bool> locked;
    YearLockRepository locks(m_db);
    ActivityRepository activities(m_db);
    for (Row &r : rows) {
        const qint64 staffId = r.activity.staffId;
        if (!byPerson.contains(staffId)) {
            QHash<QString, YearItem> items;
            if (m_set) {
                QList<ActivityInput> inputs;
                for (const Activity &a : activities.list(staffId, m_year))
                    inputs << ActivityInput::fromActivity(a);
                for (const YearItem &item : YearAggregator::aggregate(*m_set, m_year, inputs).items)
                    items.insert(item.input.id, item);
            }
            byPerson.insert(staffId, items);
            locked.insert(staffId, locks.isLocked(staffId, m_year));
        }
        r.locked = locked.value(staffId);
        const QHash<QString, YearItem> &items = byPerson[staffId];
        const auto item = items.constFind(QString::number(r.activity.id));
        if (r.error || item == items.constEnd())
            continue;
        r.counted = !item->counted ? 0 : (item->reason.isEmpty() ? 1 : 2);
        r.reason = item->reason;
    }
}
