#include "storage/VerdictReplacement.h"

#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
constexpr qsizetype kBulkRows = 10000;
} // namespace

VerdictReplacement::VerdictReplacement(QSqlDatabase db) : m_db(db), m_writer(db)
{
}

VerdictReplacement::~VerdictReplacement()
{
    restoreCache();
}

bool VerdictReplacement::begin(int year, qsizetype expectedRows, QString *error)
{
    m_year = year;
    QSqlQuery q(m_db);
    // The table and its two indexes of 50,000 rows are larger than SQLite's default 2 MB page cache:
    // a larger cache for the writes (the DELETE's too), the connection's own size again afterwards.
    const bool sqlite = SqlDialect::of(m_db).hasPragmas(); // the cache and the index rebuild are SQLite's
    if (sqlite && expectedRows > kBulkRows && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheSize = q.value(0).toLongLong();
    if (m_cacheSize != 0)
        q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // KiB
    // A full replace of many rows: the two secondary indexes are dropped first and built again after
    // the inserts (one sort each instead of a B-tree descent per row and index: most of the write's
    // time). Their definitions come from the schema itself. Dropped BEFORE the DELETE: with
    // foreign_keys on, SQLite deletes the rows of this child table one by one (no truncate), and
    // with the indexes in place that rewrote ~270,000 pages into the WAL at 100,000 staff.
    if (sqlite && year == 0 && expectedRows > kBulkRows) {
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person_year_verdict'"
                                   " AND sql IS NOT NULL")))
            return fail(q, error);
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            m_indexes << q.value(1).toString();
        }
        for (const QString &name : qAsConst(names)) {
            // The name comes from sqlite_master (our own schema), quoted as an identifier.
            const QString drop = QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
            if (!q.exec(drop))
                return fail(q, error);
        }
    }
    if (!q.prepare(year == 0 ? QStringLiteral("DELETE FROM person_year_verdict") : QStringLiteral("DELETE FROM person_year_verdict WHERE year = ?")))
        return fail(q, error);
    if (year != 0)
        q.addBindValue(year);
    return q.exec() || fail(q, error);
}

bool VerdictReplacement::append(const QList<PersonYearVerdict> &rows, QString *error)
{
    return m_writer.write(rows, error);
}

bool VerdictReplacement::finish(QString *error)
{
    QSqlQuery q(m_db);
    for (const QString &sql : qAsConst(m_indexes)) {
        if (!q.exec(sql)) // the schema's own CREATE INDEX text
            return fail(q, error);
    }
    m_indexes.clear();
    restoreCache();
    QSqlQuery clear(m_db);
    if (!clear.prepare(QStringLiteral("DELETE FROM person_year_dirty WHERE ? = 0 OR year = ?")))
        return fail(clear, error);
    clear.addBindValue(m_year);
    clear.addBindValue(m_year);
    return clear.exec() || fail(clear, error);
}

void VerdictReplacement::restoreCache()
{
    if (m_cacheSize == 0)
        return;
    QSqlQuery q(m_db);
    const QString restore = QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize); // the number SQLite gave, not user text
    q.exec(restore);
    m_cacheSize = 0;
}
