// cehours-cli user add|list|set-role|password|remove|grants: the administrator's users on a PostgreSQL
// database (issue 13; core/storage/ServerUsers, RoleGrants). Refused on a SQLite file: one user, no roles.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/RoleGrants.h"
#include "storage/ServerUsers.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {
QString usage()
{
    return QCoreApplication::translate("cli", "Usage: cehours-cli --db postgresql://… user add NAME --role 管理员|经办人|查看 [--departments A,B] [--password-from-stdin]\n"
                                              "       user set-role NAME --role 管理员|经办人|查看 [--departments A,B] | user password NAME (from stdin)\n"
                                              "       user list [--json] | user remove NAME | user grants");
}

QStringList departmentsFrom(const QString &text)
{
    QStringList out;
    for (const QString &d : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!d.trimmed().isEmpty())
            out << d.trimmed();
    return out;
}

// The password: the first line of standard input (never an argument: it would show in the process list).
bool passwordFromStdin(CliContext &ctx, QString *password)
{
    QTextStream in(stdin);
    *password = in.readLine();
    if (password->isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "No password on standard input (give it as the first line)") << Qt::endl;
        return false;
    }
    return true;
}

int listUsers(CliContext &ctx, ServerUsers &users, bool json)
{
    QList<ServerUsers::User> list;
    QString error;
    if (!users.list(&list, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    QJsonArray rows;
    for (const ServerUsers::User &u : list) {
        const QString departments = u.departments.isEmpty() ? QCoreApplication::translate("cli", "all departments") : u.departments.join(QLatin1Char(','));
        if (json)
            rows.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("role"), ServerUsers::roleName(u.role)},
                                    {QStringLiteral("departments"), QJsonArray::fromStringList(u.departments)}, {QStringLiteral("login"), u.canLogin}});
        else
            ctx.out() << u.name << '\t' << ServerUsers::roleName(u.role) << '\t' << departments
                      << (u.canLogin ? QString() : QStringLiteral("\t") + QCoreApplication::translate("cli", "(cannot log in)")) << '\n';
    }
    if (json)
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else
        ctx.out() << QCoreApplication::translate("cli", "%1 user(s).").arg(list.size()) << Qt::endl;
    return ExitOk;
}

int regrant(CliContext &ctx, Database *db)
{
    Transaction tx(db->connection());
    QString error;
    if (!tx.isActive() || !RoleGrants::apply(db->connection(), &error) || !tx.commit()) {
        ctx.err() << (error.isEmpty() ? tx.errorString() : error) << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Grants and row-level security applied to every table for %1, %2 and %3.")
                     .arg(RoleGrants::groupRole(db->connection(), RoleGrants::Role::Admin), RoleGrants::groupRole(db->connection(), RoleGrants::Role::Clerk),
                          RoleGrants::groupRole(db->connection(), RoleGrants::Role::Viewer))
              << Qt::endl;
    return ExitOk;
}
} // namespace

int runUser(CliContext &ctx)
{
    if (!DatabaseLocation::isUrl(ctx.dbPath())) {
        ctx.err() << QCoreApplication::translate("cli", "Roles are not enforced on a single-user SQLite file: whoever opens the file may do everything. "
                                                        "Users and roles exist on a PostgreSQL server database (--db postgresql://…); nothing was changed.")
                  << Qt::endl;
        return ExitBadInput;
    }
    const QString roleText = ctx.takeOption(QStringLiteral("--role"));
    const bool hasDepartments = ctx.args().contains(QStringLiteral("--departments"))
        || std::any_of(ctx.args().begin(), ctx.args().end(), [](const QString &a) { return a.startsWith(QLatin1String("--departments=")); });
    const QStringList departments = departmentsFrom(ctx.takeOption(QStringLiteral("--departments")));
    const bool fromStdin = ctx.takeFlag(QStringLiteral("--password-from-stdin"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QStringList args = ctx.args();
    const QString verb = args.value(0);
    const QString name = args.value(1);
    RoleGrants::Role role = RoleGrants::Role::Viewer;
    const bool needsRole = verb == QLatin1String("add") || verb == QLatin1String("set-role");
    const int argCount = (verb == QLatin1String("list") || verb == QLatin1String("grants")) ? 1 : 2;
    if (!ctx.unknownOptions().isEmpty() || args.size() != argCount || (needsRole && !ServerUsers::parseRole(roleText, &role))
        || (!needsRole && (!roleText.isEmpty() || hasDepartments)) || (fromStdin && verb != QLatin1String("add"))
        || !QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("set-role"), QStringLiteral("password"), QStringLiteral("remove"),
                        QStringLiteral("grants")}
                .contains(verb)) {
        ctx.err() << usage() << Qt::endl;
        return ExitBadInput;
    }
    if (role == RoleGrants::Role::Admin && !departments.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "An administrator sees every department; --departments is for 经办人 and 查看") << Qt::endl;
        return ExitBadInput;
    }
    QString password;
    if ((fromStdin || verb == QLatin1String("password")) && !passwordFromStdin(ctx, &password))
        return ExitBadInput;
    Database *db = ctx.database(verb == QLatin1String("list") ? Database::Mode::ReadOnly : Database::Mode::Existing);
    if (!db)
        return ctx.databaseExit();
    ServerUsers users(db->connection());
    if (verb == QLatin1String("list"))
        return listUsers(ctx, users, json);
    if (verb == QLatin1String("grants"))
        return regrant(ctx, db);
    QString error;
    bool ok = false;
    if (verb == QLatin1String("add"))
        ok = users.add(name, role, departments, fromStdin ? password : QString(), &error);
    else if (verb == QLatin1String("set-role"))
        ok = users.setRole(name, role, departments, &error);
    else if (verb == QLatin1String("password"))
        ok = [&] {
            Transaction tx(db->connection());
            return tx.isActive() && users.setPassword(name, password, &error) && tx.commit();
        }();
    else
        ok = users.remove(name, &error);
    if (!ok) {
        ctx.err() << QCoreApplication::translate("cli", "user %1 %2: %3").arg(verb, name, error) << Qt::endl;
        return ExitBadInput;
    }
    if (verb == QLatin1String("remove"))
        ctx.out() << QCoreApplication::translate("cli", "%1 no longer has a role in this database; the server's login %1 remains (DROP ROLE in psql deletes it).").arg(name)
                  << Qt::endl;
    else if (verb == QLatin1String("password"))
        ctx.out() << QCoreApplication::translate("cli", "Password of %1 set.").arg(name) << Qt::endl;
    else
        ctx.out() << QCoreApplication::translate("cli", "%1: %2, %3.")
                         .arg(name, ServerUsers::roleName(role),
                              departments.isEmpty() ? QCoreApplication::translate("cli", "all departments") : departments.join(QLatin1Char(',')))
                  << (verb == QLatin1String("add") && !fromStdin
                          ? QStringLiteral("\n") + QCoreApplication::translate("cli", "No password set: give one with `user password %1` (from standard input) or \\password %1 in psql.").arg(name)
                          : QString())
                  << Qt::endl;
    return ExitOk;
}
