#pragma once
#include "storage/SqlDialect.h"

// SQLite (the embedded default): the text the storage layer always used.
class SqliteDialect : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString beginWrite() const override;
    QString writeLockQuery() const override { return {}; }
    bool isBusy(const QSqlQuery &failed) const override;
    QString insertOrIgnore(const QString &table, const QString &rest) const override;
    QString insertOrReplace(const QString &table, const QStringList &columns, const QString &values,
                            const QStringList &keyColumns) const override;
    QString returningId() const override { return {}; }
    bool isUniqueViolation(const QSqlError &error) const override { return error.nativeErrorCode() == QLatin1String("2067"); }
    QString skipConflict(const QString &) const override { return {}; }
    qint64 insertedId(QSqlQuery &q) const override;
    QString stringAgg(const QString &expression, const QString &separatorLiteral) const override;
    QString packedArrays(const QString &fieldList) const override;
    QString nullsFirst(const QString &column) const override { return column; }
    QString groupValue(const QString &column) const override { return column; }
    QString joinInOrder() const override { return QStringLiteral("CROSS JOIN"); }
    QString tempSchema() const override { return QStringLiteral("temp"); }
    QString asBytes(const QString &expression) const override { return QStringLiteral("CAST(%1 AS BLOB)").arg(expression); }
    bool hasJsonEach() const override { return true; }
    bool hasPragmas() const override { return true; }
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    bool tables(const QSqlDatabase &db, QStringList *out, QString *error) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const override;
    qint64 applicationId(const QSqlDatabase &db) const override;
    QString setApplicationIdStatement(qint64 id) const override;
    QString ddl(const QString &sqliteDdl) const override { return sqliteDdl; }
};
