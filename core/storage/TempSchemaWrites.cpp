#include "storage/TempSchemaWrites.h"

#include "storage/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

TempSchemaWrites::TempSchemaWrites(QSqlDatabase db) : m_db(std::move(db))
{
    if (SqlDialect::isPostgres(m_db))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA query_only")) || !q.next() || q.value(0).toInt() == 0)
        return;
    q.finish();
    m_restore = q.exec(QStringLiteral("PRAGMA query_only=OFF"));
}

TempSchemaWrites::~TempSchemaWrites()
{
    if (m_restore)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only=ON"));
}
