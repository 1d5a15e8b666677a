#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What the connected user may do (issue 13): on PostgreSQL read from the server (membership of the
// database's group roles, RoleGrants; the tables' owner and a superuser count as 管理员); the server
// enforces it, the app only shows it (ui disables what the role does not allow). On SQLite everything is
// allowed and enforced() is false: a single-user file has no roles.
class SessionRole
{
    Q_DECLARE_TR_FUNCTIONS(SessionRole)

public:
    enum class Role { Admin, Clerk, Viewer, None };

    SessionRole() = default; // not enforced: everything allowed (SQLite)
    static SessionRole notEnforced() { return {}; }
    // A role as the server would report it (the GUI is given one; tests inject it).
    static SessionRole enforcedAs(Role role, const QString &databaseUser = {}, const QStringList &departments = {});
    // SQLite: notEnforced(). PostgreSQL: the session user's role; None (nothing allowed) with *error when
    // the catalogue cannot be read.
    static SessionRole read(const QSqlDatabase &db, QString *error = nullptr);

    Role role() const { return m_role; }
    bool enforced() const { return m_enforced; }
    QString databaseUser() const { return m_user; }
    // The departments a limited user sees; empty: all.
    QStringList departments() const { return m_departments; }

    // 经办人 and 管理员: entry, imports, events, declarations.
    bool mayWrite() const { return !m_enforced || m_role == Role::Admin || m_role == Role::Clerk; }
    // 管理员 only: users, unit settings, rule set, reopening a submitted year, restore.
    bool mayAdminister() const { return !m_enforced || m_role == Role::Admin; }

    // "管理员" / "经办人" / "查看" (through the translation), "no CE Hours role" for None.
    static QString label(Role role);
    QString label() const { return label(m_role); }
    // Why a write action is disabled / why an admin action is disabled (tooltips).
    QString whyNoWrite() const;
    QString whyNoAdmin() const;

private:
    Role m_role = Role::Admin;
    bool m_enforced = false;
    QString m_user;
    QStringList m_departments;
};
