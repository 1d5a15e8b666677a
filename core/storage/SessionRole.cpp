#include "storage/SessionRole.h"

#include "storage/RoleGrants.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

SessionRole SessionRole::enforcedAs(Role role, const QString &databaseUser, const QStringList &departments)
{
    SessionRole r;
    r.m_role = role;
    r.m_enforced = true;
    r.m_user = databaseUser;
    r.m_departments = departments;
    return r;
}

SessionRole SessionRole::read(const QSqlDatabase &db, QString *error)
{
    if (!SqlDialect::isPostgres(db))
        return notEnforced();
    SessionRole r = enforcedAs(Role::None);
    QSqlQuery q(db);
    // The tables' owner (the login that ran init) and a superuser can do everything: 管理员.
    if (!q.exec(QStringLiteral("SELECT session_user, r.rolsuper OR EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = current_schema()"
                               " AND t.tablename = 'unit' AND pg_has_role(session_user, t.tableowner, 'MEMBER'))"
                               " FROM pg_roles r WHERE r.rolname = session_user"))
        || !q.next()) {
        if (error)
            *error = tr("cannot read the database user's role: %1").arg(q.lastError().text());
        return r;
    }
    r.m_user = q.value(0).toString();
    if (q.value(1).toBool()) {
        r.m_role = Role::Admin;
        return r;
    }
    q.prepare(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) THEN pg_has_role(session_user, ?, 'MEMBER')"
                             " ELSE false END"));
    for (Role role : {Role::Admin, Role::Clerk, Role::Viewer}) {
        const QString group = RoleGrants::groupRole(db, static_cast<RoleGrants::Role>(int(role)));
        q.addBindValue(group);
        q.addBindValue(group);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("cannot read the database user's role: %1").arg(q.lastError().text());
            return r;
        }
        if (q.value(0).toBool()) {
            r.m_role = role;
            break;
        }
    }
    if (SqlDialect::postgres().tableExists(db, QStringLiteral("cehours_user_department"))
        && q.exec(QStringLiteral("SELECT department FROM cehours_user_department WHERE user_name = session_user ORDER BY department"))) {
        while (q.next())
            r.m_departments << q.value(0).toString();
    }
    return r;
}

QString SessionRole::label(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Clerk");
    case Role::Viewer:
        return tr("Viewer");
    case Role::None:
        break;
    }
    return tr("no CE Hours role");
}

QString SessionRole::whyNoWrite() const
{
    return tr("Your database role (%1) may only read and export; ask the administrator for the clerk role").arg(label());
}

QString SessionRole::whyNoAdmin() const
{
    return tr("Only the administrator may do this; your database role is %1").arg(label());
}
