#pragma once
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What cehours-cli migrate needs to know of a registry's schema, read from the database's own
// catalogue (sqlite_master / PRAGMAs, pg_catalog / information_schema), never from a list in code, so a
// table added by a later schema step is copied too. Not listed: SQLite's own tables (sqlite_*), virtual
// tables and their shadow tables (the FTS5 search index, rebuilt by its triggers), and cehours_meta (the
// PostgreSQL stand-in for SQLite's PRAGMAs: schema version, application id, writer notes).
class RegistryCatalogue
{
public:
    struct Table
    {
        QString name;
        QStringList columns;   // every column, in declared order (generated ones too)
        QStringList writable;  // the columns an INSERT may name (not the generated ones)
        QStringList parents;   // tables its foreign keys reference
    };

    static bool read(const QSqlDatabase &db, QList<Table> *tables, QString *error);
    // Tables that a trigger of the schema inserts into or updates (found in the triggers' text).
    static bool triggerWritten(const QSqlDatabase &db, QSet<QString> *tables, QString *error);
    // Copy order: parents before children, and tables triggers write into last (so that what the
    // triggers of the earlier inserts put there is replaced by the source's rows).
    static QList<Table> copyOrder(const QList<Table> &tables, const QSet<QString> &triggerWritten);
    // PostgreSQL: the (table, column) pairs with an identity sequence (moved on with setval after a copy).
    static bool identityColumns(const QSqlDatabase &db, QList<QPair<QString, QString>> *out, QString *error);
    // An identifier quoted for SQL text ("name", with " doubled).
    static QString quoted(const QString &identifier);
};
