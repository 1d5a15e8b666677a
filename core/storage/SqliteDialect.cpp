#include "storage/SqliteDialect.h"

#include <QSqlError>
#include <QVariant>

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

bool SqliteDialect::isBusy(const QSqlQuery &failed) const
{
    return failed.lastError().nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
}

QString SqliteDialect::insertOrIgnore(const QString &table, const QString &rest) const
{
    return QStringLiteral("INSERT OR IGNORE INTO %1 %2").arg(table, rest);
}

QString SqliteDialect::insertOrReplace(const QString &table, const QStringList &columns, const QString &values,
                                       const QStringList &keyColumns) const
{
    Q_UNUSED(keyColumns);
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) %3").arg(table, columns.join(QStringLiteral(", ")), values);
}

qint64 SqliteDialect::insertedId(QSqlQuery &q) const
{
    return q.lastInsertId().toLongLong();
}

QString SqliteDialect::stringAgg(const QString &expression, const QString &separatorLiteral) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separatorLiteral);
}

QString SqliteDialect::packedArrays(const QString &fieldList) const
{
    return QStringLiteral("json_group_array(json_array(%1))").arg(fieldList);
}

bool SqliteDialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

bool SqliteDialect::tables(const QSqlDatabase &db, QStringList *out, QString *error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

int SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const
{
    // PRAGMA cannot take bound values; the version is our own step number, not user text.
    QSqlQuery q(db);
    const QString sql = QStringLiteral("PRAGMA user_version = %1").arg(version);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

qint64 SqliteDialect::applicationId(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString SqliteDialect::setApplicationIdStatement(qint64 id) const
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}
