#include "storage/PostgresDialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString PostgresDialect::writeLockQuery() const
{
    return QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(kWriteLockKey);
}

bool PostgresDialect::isBusy(const QSqlQuery &failed) const
{
    // 55P03 lock_not_available, 40001 serialization_failure, 40P01 deadlock_detected: try again.
    const QString code = failed.lastError().nativeErrorCode();
    return code == QLatin1String("55P03") || code == QLatin1String("40001") || code == QLatin1String("40P01");
}

QString PostgresDialect::insertOrIgnore(const QString &table, const QString &rest) const
{
    return QStringLiteral("INSERT INTO %1 %2 ON CONFLICT DO NOTHING").arg(table, rest);
}

QString PostgresDialect::insertOrReplace(const QString &table, const QStringList &columns, const QString &values,
                                         const QStringList &keyColumns) const
{
    QStringList updates;
    for (const QString &column : columns) {
        if (!keyColumns.contains(column))
            updates << QStringLiteral("%1 = EXCLUDED.%1").arg(column);
    }
    const QString action = updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (%2) %3 ON CONFLICT (%4) DO %5")
        .arg(table, columns.join(QStringLiteral(", ")), values, keyColumns.join(QStringLiteral(", ")), action);
}

qint64 PostgresDialect::insertedId(QSqlQuery &q) const
{
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString PostgresDialect::stringAgg(const QString &expression, const QString &separatorLiteral) const
{
    return QStringLiteral("string_agg(%1, %2)").arg(expression, separatorLiteral);
}

QString PostgresDialect::packedArrays(const QString &fieldList) const
{
    return QStringLiteral("json_agg(json_build_array(%1))::text").arg(fieldList);
}

bool PostgresDialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

bool PostgresDialect::tables(const QSqlDatabase &db, QStringList *out, QString *error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

QString PostgresDialect::metaValue(const QSqlDatabase &db, const QString &key, bool *ok) const
{
    *ok = true;
    // Looked up in the catalogue first: a failed SELECT would abort the caller's transaction.
    if (!tableExists(db, QStringLiteral("cehours_meta")))
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM cehours_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *ok = false;
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

int PostgresDialect::schemaVersion(const QSqlDatabase &db) const
{
    bool ok = false;
    const QString value = metaValue(db, QStringLiteral("schema_version"), &ok);
    return !ok ? -1 : value.isEmpty() ? 0 : value.toInt();
}

QString PostgresDialect::metaTableStatement()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS cehours_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
}

bool PostgresDialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const
{
    QSqlQuery q(db);
    bool ok = q.exec(metaTableStatement());
    if (ok) {
        ok = q.prepare(QStringLiteral("INSERT INTO cehours_meta (key, value) VALUES ('schema_version', ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"));
        q.addBindValue(QString::number(version));
        ok = ok && q.exec();
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

qint64 PostgresDialect::applicationId(const QSqlDatabase &db) const
{
    bool ok = false;
    const QString value = metaValue(db, QStringLiteral("application_id"), &ok);
    return !ok ? -1 : value.toLongLong();
}

QString PostgresDialect::setApplicationIdStatement(qint64 id) const
{
    // Our own constant, not user text.
    return metaTableStatement() + QStringLiteral("; INSERT INTO cehours_meta (key, value) VALUES ('application_id', '%1')"
                                                 " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
                                      .arg(id);
}

QString PostgresDialect::ddl(const QString &sqliteDdl) const
{
    static const QRegularExpression rowid(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression withoutRowid(QStringLiteral("\\s*WITHOUT ROWID\\s*$"));
    QString out = sqliteDdl;
    out.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    out.replace(blob, QStringLiteral("BYTEA"));
    out.replace(withoutRowid, QString());
    return out;
}
