#include "storage/BulkWritePragmas.h"

#include <QSqlQuery>

namespace {
constexpr int kCacheKiB = 65536;

QVariant pragmaValue(QSqlDatabase db, const char *name)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0) : QVariant();
}
} // namespace

BulkWritePragmas::BulkWritePragmas(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    const QVariant cache = pragmaValue(m_db, "cache_size");
    // Only a larger cache (negative: KiB); a connection set up bigger keeps its own.
    if (cache.isValid() && cache.toInt() < 0 && cache.toInt() > -kCacheKiB
        && q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kCacheKiB)))
        m_cacheSize = cache;
    const QVariant temp = pragmaValue(m_db, "temp_store");
    if (temp.isValid() && temp.toInt() != 2 && q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        m_tempStore = temp;
}

BulkWritePragmas::~BulkWritePragmas()
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    if (m_cacheSize.isValid())
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toInt()));
    if (m_tempStore.isValid())
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()));
}
