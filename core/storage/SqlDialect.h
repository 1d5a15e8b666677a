#pragma once
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// The SQL that differs between the two backends (issue 13), in one place: the repositories, the schema
// migrator and the audit log ask the connection's dialect instead of writing SQLite-only text.
// SqlDialect::of(db) picks the implementation from the connection's driver (QSQLITE or QPSQL).
// The choices for PostgreSQL are written down in docs/postgresql.md.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
    static bool isPostgres(const QSqlDatabase &db);

    virtual Kind kind() const = 0;
    bool isPostgres() const { return kind() == Kind::Postgres; }

    // --- transactions ---
    // Starts a write transaction. SQLite: BEGIN IMMEDIATE (the file's write lock at once).
    // PostgreSQL: BEGIN (READ COMMITTED); the writers' lock is writeLockQuery().
    virtual QString beginWrite() const = 0;
    // Taken right after beginWrite(); a query whose first value is true when the lock was granted,
    // false when another writer holds it (the caller waits and tries again). Empty: none needed.
    // PostgreSQL: pg_try_advisory_xact_lock on the application id (one writer at a time, as SQLite).
    virtual QString writeLockQuery() const = 0;
    // Whether an error from beginWrite() means "another writer holds the lock, try again".
    virtual bool isBusy(const QSqlQuery &failed) const = 0;

    // --- statements ---
    // INSERT that skips a row conflicting with a unique key: `INSERT OR IGNORE` / `ON CONFLICT DO NOTHING`.
    // `rest` is what follows the table name: "(cols) VALUES (...)" or "(cols) SELECT ...".
    virtual QString insertOrIgnore(const QString &table, const QString &rest) const = 0;
    // INSERT that replaces the row with the same key: `INSERT OR REPLACE` / `ON CONFLICT (key) DO UPDATE`.
    virtual QString insertOrReplace(const QString &table, const QStringList &columns, const QString &values,
                                    const QStringList &keyColumns) const = 0;
    // Appended to an INSERT whose new id insertedId() reads: "" / " RETURNING id".
    virtual QString returningId() const = 0;
    // The id of the row the INSERT just executed through q made (lastInsertId / the RETURNING row).
    virtual qint64 insertedId(QSqlQuery &q) const = 0;
    // A unique key's violation (SQLITE_CONSTRAINT_UNIQUE 2067 / unique_violation 23505).
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    // Appended to an INSERT so that a row conflicting on keyColumns is skipped rather than failing:
    // PostgreSQL only (" ON CONFLICT (...) DO NOTHING": a failed statement would abort its transaction);
    // "" on SQLite, which reports the conflict as an error and goes on. insertedId() is then 0.
    virtual QString skipConflict(const QString &keyColumns) const = 0;
    // A text aggregate: group_concat(expr, sep) / string_agg(expr, sep).
    virtual QString stringAgg(const QString &expression, const QString &separatorLiteral) const = 0;
    // The group's rows as one JSON array of arrays of the fields (a comma-separated expression list):
    // the packing VerdictComputer reads (PackedActivities). json_group_array(json_array(…)) on SQLite,
    // json_agg(json_build_array(…)) on PostgreSQL (the same JSON, with white space between tokens).
    virtual QString packedArrays(const QString &fieldList) const = 0;
    // An ORDER BY term with NULL first, as SQLite sorts (PostgreSQL sorts NULL last unless told).
    virtual QString nullsFirst(const QString &column) const = 0;
    // A column that has one value in each group, selected beside aggregates: bare on SQLite, min() on
    // PostgreSQL (which refuses a column outside GROUP BY).
    virtual QString groupValue(const QString &column) const = 0;
    // A join that keeps the written order of its tables (the left one the outer loop): CROSS JOIN on SQLite
    // (its planner's rule), a plain JOIN on PostgreSQL (whose planner orders joins by cost).
    virtual QString joinInOrder() const = 0;
    // The schema of the connection's temporary tables: temp / pg_temp.
    virtual QString tempSchema() const = 0;
    // A text column read as bytes (QByteArray): CAST(x AS BLOB) on SQLite; PostgreSQL returns the UTF-8 text.
    virtual QString asBytes(const QString &expression) const = 0;
    // JSON arrays as a table (json_each); false: callers use their row-by-row path.
    virtual bool hasJsonEach() const = 0;
    // Connection settings (PRAGMAs): only SQLite has them; false means "skip".
    virtual bool hasPragmas() const = 0;

    // --- the catalogue ---
    virtual bool tableExists(const QSqlDatabase &db, const QString &table) const = 0;
    // Names of the user tables, sorted (false with *error when the catalogue cannot be read).
    virtual bool tables(const QSqlDatabase &db, QStringList *out, QString *error) const = 0;
    // Schema version and application id: PRAGMA user_version / application_id on SQLite, the
    // cehours_meta table on PostgreSQL (0 when not there yet). -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const = 0;
    virtual qint64 applicationId(const QSqlDatabase &db) const = 0;
    virtual QString setApplicationIdStatement(qint64 id) const = 0;

    // --- schema text ---
    // A CREATE TABLE / ALTER TABLE written in SQLite's types, in this dialect's types. PostgreSQL:
    // INTEGER PRIMARY KEY -> BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, INTEGER -> BIGINT,
    // REAL -> DOUBLE PRECISION, BLOB -> BYTEA, WITHOUT ROWID dropped.
    virtual QString ddl(const QString &sqliteDdl) const = 0;
};
