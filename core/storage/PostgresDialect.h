#pragma once
#include "storage/SqlDialect.h"

// PostgreSQL through QPSQL (issue 13). Writers serialise on one transaction-level advisory lock (the
// same one-writer-at-a-time rule SQLite's BEGIN IMMEDIATE gives); the schema version and application
// id live in the table cehours_meta; see docs/postgresql.md.
class PostgresDialect : public SqlDialect
{
public:
    // The advisory lock every write transaction takes (the application id, "CEH1").
    static constexpr qint64 kWriteLockKey = 0x43454831;

    Kind kind() const override { return Kind::Postgres; }
    QString beginWrite() const override;
    QString writeLockQuery() const override;
    bool isBusy(const QSqlQuery &failed) const override;
    QString insertOrIgnore(const QString &table, const QString &rest) const override;
    QString insertOrReplace(const QString &table, const QStringList &columns, const QString &values,
                            const QStringList &keyColumns) const override;
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    bool isUniqueViolation(const QSqlError &error) const override { return error.nativeErrorCode() == QLatin1String("23505"); }
    QString skipConflict(const QString &keyColumns) const override { return QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(keyColumns); }
    qint64 insertedId(QSqlQuery &q) const override;
    QString stringAgg(const QString &expression, const QString &separatorLiteral) const override;
    QString packedArrays(const QString &fieldList) const override;
    QString nullsFirst(const QString &column) const override { return column + QStringLiteral(" NULLS FIRST"); }
    QString groupValue(const QString &column) const override { return QStringLiteral("min(%1)").arg(column); }
    QString joinInOrder() const override { return QStringLiteral("JOIN"); }
    QString tempSchema() const override { return QStringLiteral("pg_temp"); }
    QString asBytes(const QString &expression) const override { return expression; }
    bool hasJsonEach() const override { return false; }
    bool hasPragmas() const override { return false; }
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    bool tables(const QSqlDatabase &db, QStringList *out, QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const override;
    qint64 applicationId(const QSqlDatabase &db) const override;
    QString setApplicationIdStatement(qint64 id) const override;
    QString ddl(const QString &sqliteDdl) const override;

    // The statement creating cehours_meta (key/value: schema_version, application_id).
    static QString metaTableStatement();

private:
    QString metaValue(const QSqlDatabase &db, const QString &key, bool *ok) const;
};
