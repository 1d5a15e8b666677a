#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Numbered schema upgrade steps. PRAGMA user_version holds the number of the last step applied;
// each step runs in its own transaction, so a failed step leaves the previous version intact.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static int latestVersion();
    static int version(const QSqlDatabase &db);
    // Applies the steps after the current version up to targetVersion (-1 = latest).
    // Refuses a database newer than this program knows.
    // On PostgreSQL, an upgrade to the latest version then (re)applies the roles' grants (RoleGrants).
    static bool migrate(QSqlDatabase db, QString *error, int targetVersion = -1);

private:
    static bool migrateSteps(QSqlDatabase db, QString *error, int targetVersion, bool *upgraded);
};
