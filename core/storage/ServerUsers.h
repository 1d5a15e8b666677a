#pragma once
#include "storage/RoleGrants.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The administrator's user management on a PostgreSQL database (`cehours-cli user …`): login roles of
// the server made members of the database's group roles (RoleGrants), and the departments a limited
// user sees (cehours_user_department, row-level security). Every change is one transaction; the caller
// needs CREATEROLE (the owner, or a 管理员 made by add()). Logins are cluster-wide: remove() only takes
// this database's roles away; the login stays (DROP ROLE in psql deletes it).
class ServerUsers
{
    Q_DECLARE_TR_FUNCTIONS(ServerUsers)

public:
    struct User
    {
        QString name;
        RoleGrants::Role role = RoleGrants::Role::Viewer;
        QStringList departments; // empty: every department
        bool canLogin = true;
    };

    explicit ServerUsers(QSqlDatabase db) : m_db(std::move(db)) {}

    // "管理员" / "经办人" / "查看" (or admin / clerk / viewer).
    static bool parseRole(const QString &text, RoleGrants::Role *role);
    static QString roleName(RoleGrants::Role role); // the Chinese name

    // Creates the login (or takes an existing one without a role here) with the role and departments;
    // a non-null password is set on it (the server stores its SCRAM hash).
    bool add(const QString &name, RoleGrants::Role role, const QStringList &departments, const QString &password, QString *error);
    bool setRole(const QString &name, RoleGrants::Role role, const QStringList &departments, QString *error);
    bool setPassword(const QString &name, const QString &password, QString *error);
    bool remove(const QString &name, QString *error);
    bool list(QList<User> *users, QString *error) const;
    // Whether `name` has one of this database's roles (and which).
    bool roleOf(const QString &name, RoleGrants::Role *role, bool *found, QString *error) const;

private:
    bool validName(const QString &name, QString *error) const;
    bool setMembership(const QString &name, RoleGrants::Role role, const QStringList &departments, QString *error);
    QSqlDatabase m_db;
};
