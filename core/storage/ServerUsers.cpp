#include "storage/ServerUsers.h"

#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QList<RoleGrants::Role> &allRoles()
{
    static const QList<RoleGrants::Role> roles = {RoleGrants::Role::Admin, RoleGrants::Role::Clerk, RoleGrants::Role::Viewer};
    return roles;
}
bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    return q.exec(sql) || fail(error, q.lastError().text().trimmed());
}
} // namespace

bool ServerUsers::parseRole(const QString &text, RoleGrants::Role *role)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("管理员") || t == QLatin1String("admin"))
        *role = RoleGrants::Role::Admin;
    else if (t == QStringLiteral("经办人") || t == QLatin1String("clerk"))
        *role = RoleGrants::Role::Clerk;
    else if (t == QStringLiteral("查看") || t == QLatin1String("viewer"))
        *role = RoleGrants::Role::Viewer;
    else
        return false;
    return true;
}

QString ServerUsers::roleName(RoleGrants::Role role)
{
    return role == RoleGrants::Role::Admin ? QStringLiteral("管理员") : role == RoleGrants::Role::Clerk ? QStringLiteral("经办人") : QStringLiteral("查看");
}

bool ServerUsers::validName(const QString &name, QString *error) const
{
    if (!SqlDialect::isPostgres(m_db))
        return fail(error, tr("roles are not enforced on a single-user SQLite file; users exist on a PostgreSQL server database only"));
    if (name.isEmpty() || name.toUtf8().size() > 63 || name.startsWith(QLatin1String("pg_")))
        return fail(error, tr("the user name \"%1\" is not usable: 1 to 63 bytes, not starting with pg_").arg(name));
    for (QChar c : name)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(error, tr("the user name \"%1\" contains white space or a control character").arg(name));
    return true;
}

bool ServerUsers::roleOf(const QString &name, RoleGrants::Role *role, bool *found, QString *error) const
{
    *found = false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member"
                             " JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(error, q.lastError().text());
    while (q.next()) {
        for (RoleGrants::Role r : allRoles())
            if (q.value(0).toString() == RoleGrants::groupRole(m_db, r)) {
                *role = r;
                *found = true;
            }
    }
    return true;
}

bool ServerUsers::setMembership(const QString &name, RoleGrants::Role role, const QStringList &departments, QString *error)
{
    QSqlQuery q(m_db);
    const QString user = RoleGrants::quoted(name);
    RoleGrants::Role existing;
    bool found = false;
    if (!roleOf(name, &existing, &found, error))
        return false;
    if (found && existing != role) {
        const QString revoke = QStringLiteral("REVOKE %1 FROM %2").arg(RoleGrants::quoted(RoleGrants::groupRole(m_db, existing)), user);
        if (!exec(q, revoke, error))
            return false;
    }
    const QString grant = QStringLiteral("GRANT %1 TO %2").arg(RoleGrants::quoted(RoleGrants::groupRole(m_db, role)), user);
    if ((!found || existing != role) && !exec(q, grant, error))
        return false;
    // An administrator manages the users: CREATEROLE (PostgreSQL 15 lets it grant this database's roles).
    const QString attribute = QStringLiteral("ALTER ROLE %1 %2").arg(user, role == RoleGrants::Role::Admin ? QStringLiteral("CREATEROLE") : QStringLiteral("NOCREATEROLE"));
    if (!exec(q, attribute, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM cehours_user_department WHERE user_name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(error, q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO cehours_user_department (user_name, department) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString &d : departments) {
        q.addBindValue(name);
        q.addBindValue(d.trimmed());
        if (!q.exec())
            return fail(error, q.lastError().text());
    }
    return true;
}

bool ServerUsers::add(const QString &name, RoleGrants::Role role, const QStringList &departments, const QString &password, QString *error)
{
    if (!validName(name, error))
        return false;
    RoleGrants::Role existing;
    bool found = false;
    if (!roleOf(name, &existing, &found, error))
        return false;
    if (found)
        return fail(error, tr("%1 already has the role %2 in this database; use `user set-role`").arg(name, roleName(existing)));
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(error, q.lastError().text());
    const QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(RoleGrants::quoted(name)); // a name cannot be bound: quoted
    if (!q.next() && !exec(q, create, error))
        return false;
    if (!setMembership(name, role, departments, error))
        return false;
    if (!password.isNull() && !setPassword(name, password, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool ServerUsers::setPassword(const QString &name, const QString &password, QString *error)
{
    // ALTER ROLE takes no bound values: the name and password go in through set_config (this transaction
    // only) and format(%I, %L) quotes them on the server; the statement text holds neither.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT set_config('cehours.user_name', ?, true), set_config('cehours.user_password', ?, true)"));
    q.addBindValue(name);
    q.addBindValue(password);
    if (!q.exec())
        return fail(error, q.lastError().text());
    return exec(q, QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', current_setting('cehours.user_name'),"
                                  " current_setting('cehours.user_password')); PERFORM set_config('cehours.user_password', '', true); END $$"),
                error);
}

bool ServerUsers::setRole(const QString &name, RoleGrants::Role role, const QStringList &departments, QString *error)
{
    if (!validName(name, error))
        return false;
    RoleGrants::Role existing;
    bool found = false;
    if (!roleOf(name, &existing, &found, error))
        return false;
    if (!found)
        return fail(error, tr("%1 has no role in this database; use `user add`").arg(name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    return (setMembership(name, role, departments, error) && tx.commit()) || fail(error, error && !error->isEmpty() ? *error : tx.errorString());
}

bool ServerUsers::remove(const QString &name, QString *error)
{
    if (!validName(name, error))
        return false;
    RoleGrants::Role existing;
    bool found = false;
    if (!roleOf(name, &existing, &found, error))
        return false;
    if (!found)
        return fail(error, tr("%1 has no role in this database").arg(name));
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    QSqlQuery q(m_db);
    const QString revoke = QStringLiteral("REVOKE %1 FROM %2").arg(RoleGrants::quoted(RoleGrants::groupRole(m_db, existing)), RoleGrants::quoted(name));
    if (!exec(q, revoke, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM cehours_user_department WHERE user_name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(error, q.lastError().text());
    return tx.commit() || fail(error, tx.errorString());
}

bool ServerUsers::list(QList<User> *users, QString *error) const
{
    if (!SqlDialect::isPostgres(m_db))
        return fail(error, tr("roles are not enforced on a single-user SQLite file; users exist on a PostgreSQL server database only"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT u.rolname, g.rolname, u.rolcanlogin,"
                             " (SELECT string_agg(d.department, ',' ORDER BY d.department) FROM cehours_user_department d WHERE d.user_name = u.rolname)"
                             " FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member JOIN pg_roles g ON g.oid = m.roleid"
                             " WHERE g.rolname IN (?, ?, ?) ORDER BY u.rolname"));
    for (RoleGrants::Role r : allRoles())
        q.addBindValue(RoleGrants::groupRole(m_db, r));
    if (!q.exec())
        return fail(error, q.lastError().text());
    while (q.next()) {
        User u;
        u.name = q.value(0).toString();
        for (RoleGrants::Role r : allRoles())
            if (q.value(1).toString() == RoleGrants::groupRole(m_db, r))
                u.role = r;
        u.canLogin = q.value(2).toBool();
        const QString d = q.value(3).toString();
        u.departments = d.isEmpty() ? QStringList() : d.split(QLatin1Char(','));
        users->append(u);
    }
    return true;
}
