#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The three CE Hours roles as PostgreSQL group roles with GRANTs and row-level security (issue 13):
// 管理员 <db>_admin, 经办人 <db>_clerk, 查看 <db>_viewer, named after the database because roles are
// cluster-wide (two registries on one server keep their own users apart). One map in RoleGrants.cpp
// says what each role may do with each table; apply() (re)creates the group roles, revokes and grants
// everything from that map and (re)creates the policies, in the caller's transaction. It runs after
// every schema upgrade on PostgreSQL (SchemaMigrator) and through `cehours-cli user grants`, so a table
// added by a later step gets its grants once it is in the map (a table missing from the map is readable
// by all three and writable by the admin only, and tableCoverage() names it: test_roles fails).
// SQLite: nothing to do (roles are not enforced on a single-user file). docs/postgresql.md.
class RoleGrants
{
    Q_DECLARE_TR_FUNCTIONS(RoleGrants)

public:
    enum class Role { Admin, Clerk, Viewer };
    // The group role of `role` for the connected database (e.g. "registry_clerk").
    static QString groupRole(const QSqlDatabase &db, Role role);
    static QString groupRole(const QString &databaseName, Role role);
    static bool apply(QSqlDatabase db, QString *error);
    // The schema's tables that the map does not name (should be empty).
    static QStringList tablesMissingFromMap(const QSqlDatabase &db);
    // A quoted SQL identifier ("a""b").
    static QString quoted(const QString &identifier);
};
