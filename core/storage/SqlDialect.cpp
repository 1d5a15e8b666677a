#include "storage/SqlDialect.h"

#include "storage/PostgresDialect.h"
#include "storage/SqliteDialect.h"

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::postgres()
{
    static const PostgresDialect dialect;
    return dialect;
}

bool SqlDialect::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return isPostgres(db) ? postgres() : sqlite();
}
