#include "storage/BulkWritePragmas.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace {
constexpr int kCacheKiB = 65536;

// PRAGMAs take no bound values: the names are this file's own and the values integers.
QVariant pragmaValue(QSqlDatabase db, const char *name)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("PRAGMA %1").arg(QLatin1String(name));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

bool setPragma(QSqlDatabase db, const char *name, int value)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name)).arg(value);
    return q.exec(sql);
}

// Changing temp_store drops the connection's temporary tables (e.g. the registry's year table).
bool hasTemporaryTables(QSqlDatabase db)
{
    QSqlQuery q(db);
    return !q.exec(QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master")) || !q.next() || q.value(0).toInt() > 0;
}
} // namespace

BulkWritePragmas::BulkWritePragmas(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.isOpen() || !SqlDialect::of(m_db).hasPragmas()) // PostgreSQL: nothing to set
        return;
    const QVariant cache = pragmaValue(m_db, "cache_size");
    // Only a larger cache (negative: KiB); a connection set up bigger keeps its own.
    if (cache.isValid() && cache.toInt() < 0 && cache.toInt() > -kCacheKiB && setPragma(m_db, "cache_size", -kCacheKiB))
        m_cacheSize = cache;
    const QVariant temp = pragmaValue(m_db, "temp_store");
    if (temp.isValid() && temp.toInt() != 2 && !hasTemporaryTables(m_db) && setPragma(m_db, "temp_store", 2)) // 2: MEMORY
        m_tempStore = temp;
}

BulkWritePragmas::~BulkWritePragmas()
{
    if (!m_db.isOpen())
        return;
    if (m_cacheSize.isValid())
        setPragma(m_db, "cache_size", m_cacheSize.toInt());
    if (m_tempStore.isValid())
        setPragma(m_db, "temp_store", m_tempStore.toInt());
}
