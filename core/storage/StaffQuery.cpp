#include "storage/StaffQuery.h"

#include "storage/VerdictStore.h"

#include <QSqlQuery>
#include <algorithm>
#include <QVariant>

namespace {

// LIKE pattern for a substring search; the user's text is a bound value, wildcards escaped.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Our own constant expressions, chosen by column number (never from user text).
QString sortExpression(int column)
{
    switch (column) {
    case StaffQuery::IdNumber: return QStringLiteral("s.id_number");
    case StaffQuery::Gender: return QStringLiteral("s.gender");
    case StaffQuery::Department: return QStringLiteral("s.department");
    case StaffQuery::Title: return QStringLiteral("s.title");
    case StaffQuery::TitleLevel:
        return QStringLiteral("CASE s.title_level WHEN '初级' THEN 1 WHEN '中级' THEN 2 WHEN '副高级' THEN 3"
                              " WHEN '正高级' THEN 4 ELSE 0 END");
    case StaffQuery::Status: return QStringLiteral("s.status");
    case StaffQuery::TotalHours: return QStringLiteral("CASE WHEN y.year IS NULL THEN -1 ELSE COALESCE(c.total_hours, 0) END");
    case StaffQuery::Verdict: return QStringLiteral("COALESCE(c.compliant, y.compliant, -1)");
    default: return QStringLiteral("s.name_key");
    }
}

QString complianceJoin()
{
    // The chosen year (one row, or none: not computed) and that year's stored verdict of each person;
    // a person without a stored verdict has the year's empty-year result (y.shortfall, y.compliant).
    return QStringLiteral(" FROM staff s LEFT JOIN temp.ce_verdict_year y"
                          " LEFT JOIN person_year_verdict c ON c.staff_id = s.id AND c.year = y.year");
}

} // namespace

StaffQuery::StaffQuery(QSqlDatabase db, qint64 unitId) : m_db(std::move(db)), m_unitId(unitId)
{
    ensureComplianceTable(m_db);
}

bool StaffQuery::ensureComplianceTable(QSqlDatabase db)
{
    return VerdictStore::ensureYearTable(db);
}


QString StaffQuery::where(const Filter &f, QVariantList *values) const
{
    QString sql = QStringLiteral(" WHERE s.unit_id = ?");
    values->append(m_unitId);
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        // Pinyin initials ("zmp" finds 周明平) and ID numbers typed with spaces match too.
        QString compact = text.toUpper();
        compact.remove(QLatin1Char(' '));
        sql += QStringLiteral(" AND (s.name LIKE ? ESCAPE '\\' OR s.id_number LIKE ? ESCAPE '\\' OR s.department LIKE ? ESCAPE '\\'"
                              " OR s.name_initials LIKE ? ESCAPE '\\')");
        values->append(likePattern(text));
        values->append(likePattern(compact));
        values->append(likePattern(text));
        const bool letters = std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
        // Initials (two letters or more) match as a prefix; other text never matches them.
        values->append(letters && compact.size() >= 2 ? likePattern(compact).mid(1) : QStringLiteral("\x01"));
    }
    if (!f.department.isEmpty()) {
        sql += QStringLiteral(" AND s.department = ?");
        values->append(f.department);
    }
    if (!f.titleLevel.isEmpty()) {
        sql += QStringLiteral(" AND s.title_level = ?");
        values->append(f.titleLevel);
    }
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND s.status = ?");
        values->append(f.status);
    }
    if (f.compliance == Compliance::Compliant)
        sql += QStringLiteral(" AND COALESCE(c.compliant, y.compliant) = 1");
    else if (f.compliance == Compliance::Short)
        sql += QStringLiteral(" AND COALESCE(c.compliant, y.compliant, 0) = 0");
    return sql;
}

int StaffQuery::count(const Filter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*)") + complianceJoin() + where(filter, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<StaffQuery::Row> StaffQuery::page(const Filter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit) const
{
    QVariantList values;
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.id_number, s.name, s.gender, s.department, s.title, s.title_level, s.status,"
                             " y.year IS NOT NULL, COALESCE(c.public_hours, 0), COALESCE(c.professional_hours, 0),"
                             " COALESCE(c.total_hours, 0), COALESCE(c.shortfall, y.shortfall, 0), COALESCE(c.compliant, y.compliant, 0)")
              + complianceJoin() + where(filter, &values) + QStringLiteral(" ORDER BY ") + sortExpression(sortColumn) + direction
              + QStringLiteral(", s.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.idNumber = q.value(1).toString();
        r.name = q.value(2).toString();
        r.gender = q.value(3).toString();
        r.department = q.value(4).toString();
        r.title = q.value(5).toString();
        r.titleLevel = q.value(6).toString();
        r.status = q.value(7).toString();
        r.computed = q.value(8).toBool();
        r.publicHours = q.value(9).toDouble();
        r.professionalHours = q.value(10).toDouble();
        r.totalHours = q.value(11).toDouble();
        r.shortfall = q.value(12).toDouble();
        r.compliant = q.value(13).toBool();
        rows.append(r);
    }
    return rows;
}

QStringList StaffQuery::departments() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT department FROM staff WHERE unit_id = ? AND department <> '' ORDER BY department"));
    q.addBindValue(m_unitId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
