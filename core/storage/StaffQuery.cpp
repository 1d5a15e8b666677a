#include "storage/StaffQuery.h"

#include "storage/SqlDialect.h"
#include "storage/VerdictStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <QVariant>

namespace {

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

// A GLOB pattern matching text as a prefix (GLOB's own wildcards escaped): the LIKE-free form SQLite
// turns into an index range.
QString prefixPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            escaped += QLatin1Char('[') + c + QLatin1Char(']');
        else
            escaped += c;
    }
    return escaped + QLatin1Char('*');
}

// An FTS5 phrase: the text in double quotes, its own quotes doubled (no query syntax from the user).
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

constexpr int kTrigram = 3; // the FTS5 trigram tokenizer matches substrings of 3 characters or more

// With search text, "+" keeps SQLite from walking the whole (unit_id, name_key) index in order and
// testing every row: the search's own indexes find the few matches, which are then sorted. A search
// most people match is walked (walk): the matches are listed once, the index read until the page is full.
// (PostgreSQL has no such hint, and its planner needs none: the plain expression.)
QString orderTerm(const QSqlDatabase &db, const StaffQuery::Filter &filter, int column, bool walk)
{
    const QString expression = sortExpression(column);
    return filter.text.trimmed().isEmpty() || walk || SqlDialect::isPostgres(db) ? expression : QLatin1Char('+') + expression;
}

QString complianceJoin(const QSqlDatabase &db)
{
    // The chosen year (one row, or none: not computed) and that year's stored verdict of each person;
    // a person without a stored verdict has the year's empty-year result (y.shortfall, y.compliant).
    if (SqlDialect::isPostgres(db))
        return QStringLiteral(" FROM staff s LEFT JOIN pg_temp.ce_verdict_year y ON true"
                              " LEFT JOIN person_year_verdict c ON c.staff_id = s.id AND c.year = y.year");
    return QStringLiteral(" FROM staff s LEFT JOIN temp.ce_verdict_year y"
                          " LEFT JOIN person_year_verdict c ON c.staff_id = s.id AND c.year = y.year");
}

// A LIKE pattern with LIKE's own wildcards and its escape character escaped (PostgreSQL: backslash).
QString likeEscaped(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// PostgreSQL's form of StaffQuery::searchTerms, the same parts: 3+ characters anywhere in name,
// department or ID number by ILIKE (served by the pg_trgm GIN index of schema step "search indexes");
// shorter text and pinyin initials as prefixes by LIKE (case-sensitive, as SQLite's GLOB).
QString serverSearchTerms(const QString &text, qint64 unitId, QVariantList *values)
{
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    QStringList parts;
    if (text.size() >= kTrigram) {
        QString part = QStringLiteral("SELECT id FROM staff WHERE unit_id = ? AND (name ILIKE ? OR department ILIKE ?");
        const QString anywhere = QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
        *values << unitId << anywhere << anywhere;
        if (compact.size() >= kTrigram) {
            part += QStringLiteral(" OR id_number ILIKE ?");
            values->append(QLatin1Char('%') + likeEscaped(compact) + QLatin1Char('%'));
        }
        parts << part + QLatin1Char(')');
    } else {
        for (const char *column : {"name", "department", "id_number"}) {
            parts << QStringLiteral("SELECT id FROM staff WHERE unit_id = ? AND %1 LIKE ?").arg(QLatin1String(column));
            *values << unitId << likeEscaped(qstrcmp(column, "id_number") == 0 ? compact : text) + QLatin1Char('%');
        }
    }
    const bool letters = std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
    if (letters && compact.size() >= 2) {
        parts << QStringLiteral("SELECT id FROM staff WHERE unit_id = ? AND name_initials LIKE ?");
        *values << unitId << likeEscaped(compact) + QLatin1Char('%');
    }
    return QStringLiteral("s.id IN (") + parts.join(QStringLiteral(" UNION ")) + QLatin1Char(')');
}

} // namespace

QString StaffQuery::searchTerms(const QString &text, qint64 unitId, QVariantList *values)
{
    return QStringLiteral("s.id IN (") + searchUnion(text, unitId, values) + QLatin1Char(')');
}

QString StaffQuery::searchUnion(const QString &text, qint64 unitId, QVariantList *values)
{
    // ID numbers typed with spaces or a small x match; pinyin initials ("zmp" finds 周明平) match
    // as a prefix (two letters or more). Every part goes through an index (schema step "search
    // indexes"): 3+ characters anywhere in name, department or ID number (FTS5 trigram); shorter
    // text at the start of them ((unit_id, column) ranges). The parts' ids are united, so that
    // SQLite never walks every person of the unit testing each one.
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    QStringList parts;
    if (text.size() >= kTrigram) {
        // The trigram tokenizer folds case, so the ID number's form differs from the text only by
        // spaces: without any, one phrase over every column (each posting list read once, not twice:
        // an 8-digit ID prefix at 100,000 staff 13 → 6 ms).
        QString match = ftsPhrase(text);
        if (text.contains(QLatin1Char(' '))) {
            match = QStringLiteral("{name department} : ") + match;
            if (compact.size() >= kTrigram)
                match += QStringLiteral(" OR id_number : ") + ftsPhrase(compact);
        }
        parts << QStringLiteral("SELECT rowid FROM staff_search WHERE staff_search MATCH ?");
        values->append(match);
    } else {
        for (const char *column : {"name", "department", "id_number"}) {
            parts << QStringLiteral("SELECT id FROM staff WHERE unit_id = ? AND %1 GLOB ?").arg(QLatin1String(column));
            values->append(unitId);
            values->append(prefixPattern(qstrcmp(column, "id_number") == 0 ? compact : text));
        }
    }
    const bool letters = std::all_of(compact.cbegin(), compact.cend(), [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
    if (letters && compact.size() >= 2) {
        parts << QStringLiteral("SELECT id FROM staff WHERE unit_id = ? AND name_initials GLOB ?");
        values->append(unitId);
        values->append(prefixPattern(compact));
    }
    return parts.join(QStringLiteral(" UNION "));
}

bool StaffQuery::searchAloneIsCountable(const Filter &f) const
{
    // The search's parts name only this unit's people when every person of the file is the unit's
    // (one unit a file, as init makes it): then their ids can be counted without reading each row.
    if (f.text.trimmed().isEmpty() || !f.department.isEmpty() || !f.titleLevel.isEmpty() || !f.status.isEmpty()
        || f.compliance != Compliance::Any || SqlDialect::isPostgres(m_db))
        return false;
    QSqlQuery q(m_db);
    // Two seeks of the (unit_id, …) index: MIN and MAX in one SELECT would scan it.
    q.prepare(QStringLiteral("SELECT (SELECT MIN(unit_id) FROM staff), (SELECT MAX(unit_id) FROM staff)"));
    if (!q.exec() || !q.next())
        return false;
    return q.value(0).isNull() || (q.value(0).toLongLong() == m_unitId && q.value(1).toLongLong() == m_unitId);
}

StaffQuery::StaffQuery(QSqlDatabase db, qint64 unitId) : m_db(std::move(db)), m_unitId(unitId)
{
    ensureComplianceTable(m_db);
}

bool StaffQuery::ensureComplianceTable(QSqlDatabase db)
{
    return VerdictStore::ensureYearTable(db);
}


bool StaffQuery::walksSortIndex(const Filter &filter, int sortColumn, int matches)
{
    // The columns with a (unit_id, column) index: at 100,000 staff a 16,606-person ID prefix takes
    // 19 ms walked against 45 ms sorted; a 3,000-person one about the same either way.
    const bool indexed = sortColumn == Name || sortColumn == Department;
    return indexed && matches > WalkAbove && !filter.text.trimmed().isEmpty() && filter.compliance == Compliance::Any;
}

QString StaffQuery::where(const Filter &f, QVariantList *values, bool walk) const
{
    const QString text = f.text.trimmed();
    // With search text the matches come from the search's indexes ("+": not from walking the unit).
    const bool server = SqlDialect::isPostgres(m_db);
    QString sql = text.isEmpty() || walk || server ? QStringLiteral(" WHERE s.unit_id = ?") : QStringLiteral(" WHERE +s.unit_id = ?");
    values->append(m_unitId);
    if (!text.isEmpty())
        sql += QStringLiteral(" AND ") + (server ? serverSearchTerms(text, m_unitId, values) : searchTerms(text, m_unitId, values));
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
    // Constant SQL fragments; the filter's values are bound below.
    // The verdict joins only when the compliance filter reads them: without, the count is the
    // (unit_id, …) index's range alone (joining every person's verdict made it 15× slower).
    // A search alone counts the ids its indexes give: a 16,606-person ID prefix at 100,000 staff
    // took 28 ms reading every match's row for its unit, 10 ms without.
    const QString sql = searchAloneIsCountable(filter)
        ? QStringLiteral("SELECT COUNT(*) FROM (") + searchUnion(filter.text.trimmed(), m_unitId, &values) + QLatin1Char(')')
        : QStringLiteral("SELECT COUNT(*)") + (filter.compliance == Compliance::Any ? QStringLiteral(" FROM staff s") : complianceJoin(m_db))
            + where(filter, &values);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<StaffQuery::Row> StaffQuery::page(const Filter &filter, int sortColumn, Qt::SortOrder order, int offset, int limit, bool *ok,
                                        int matches) const
{
    const bool walk = walksSortIndex(filter, sortColumn, matches);
    if (ok)
        *ok = false;
    QVariantList values;
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.id_number, s.name, s.gender, s.department, s.title, s.title_level, s.status,"
                             " y.year IS NOT NULL, COALESCE(c.public_hours, 0), COALESCE(c.professional_hours, 0),"
                             " COALESCE(c.total_hours, 0), COALESCE(c.shortfall, y.shortfall, 0), COALESCE(c.compliant, y.compliant, 0)")
              + complianceJoin(m_db) + where(filter, &values, walk) + QStringLiteral(" ORDER BY ") + orderTerm(m_db, filter, sortColumn, walk) + direction
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
    if (ok) // a step that failed part-way (a damaged page) ends next() with an error
        *ok = q.lastError().type() == QSqlError::NoError;
    return rows;
}

QStringList StaffQuery::departments() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One index seek per department ((unit_id, department): the next one after the last), not a walk of
    // every person's entry: 0.7 ms instead of 24 ms for the 37 departments of 100,000 staff.
    q.prepare(QStringLiteral("WITH RECURSIVE d(department) AS ("
                             " SELECT MIN(department) FROM staff WHERE unit_id = ? AND department > ''"
                             " UNION ALL SELECT (SELECT MIN(department) FROM staff WHERE unit_id = ? AND department > d.department)"
                             " FROM d WHERE d.department IS NOT NULL)"
                             " SELECT department FROM d WHERE department IS NOT NULL"));
    q.addBindValue(m_unitId);
    q.addBindValue(m_unitId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
