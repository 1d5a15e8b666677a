// Database on a PostgreSQL server (issue 13): the QPSQL half of Database (Database.cpp is the SQLite one).
#include "storage/Database.h"

#include "storage/DatabaseLocation.h"
#include "storage/PostgresDialect.h"
#include "storage/SchemaMigrator.h"
#include "storage/SessionRole.h"
#include "storage/VerdictRecompute.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
Database::PasswordProvider &passwordProvider()
{
    static Database::PasswordProvider provider;
    return provider;
}
// A read-only open: every transaction of the session is read-only, enforced by the server.
constexpr const char *kReadOnlyOption = "options=-cdefault_transaction_read_only=on";
} // namespace

void Database::setPasswordProvider(PasswordProvider provider)
{
    passwordProvider() = std::move(provider);
}

bool Database::connectServer(const DatabaseLocation &location, bool readOnly)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            error = tr("the Qt PostgreSQL driver (QPSQL) is not available (Debian: libqt6sql6-psql)");
        } else {
            db.setHostName(location.host());
            db.setPort(location.port());
            db.setDatabaseName(location.databaseName());
            db.setUserName(location.userName());
            if (passwordProvider()) {
                const QString password = passwordProvider()(location);
                if (!password.isEmpty())
                    db.setPassword(password);
            }
            QString options = location.connectOptions() + QStringLiteral(";application_name=cehours");
            if (readOnly)
                options += QLatin1Char(';') + QLatin1String(kReadOnlyOption);
            db.setConnectOptions(options);
            if (!db.open())
                error = tr("cannot connect to %1: %2").arg(m_path, db.lastError().text().trimmed());
        }
    }
    m_readOnly = readOnly;
    if (!error.isEmpty())
        return fail(Failure::Other, error);
    // Messages and text the same on every server; the session's time zone does not matter (we store text).
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SET client_encoding = 'UTF8'")) || !q.exec(QStringLiteral("SET client_min_messages = warning")))
        return fail(Failure::Other, q.lastError().text());
    return true;
}

bool Database::recogniseServer(Mode mode, bool *fresh, int *version)
{
    const SqlDialect &dialect = SqlDialect::postgres();
    QStringList tables;
    QString error;
    if (!dialect.tables(connection(), &tables, &error))
        return fail(Failure::Other, tr("cannot read the tables of %1: %2").arg(m_path, error));
    // A login without one of this database's roles may not read our tables (RoleGrants): say so, not "not ours".
    QSqlQuery mayRead(connection());
    if (tables.contains(QLatin1String("cehours_meta"))
        && mayRead.exec(QStringLiteral("SELECT has_table_privilege('cehours_meta', 'SELECT'), session_user")) && mayRead.next() && !mayRead.value(0).toBool())
        return fail(Failure::Other, tr("%1: the database user %2 has no CE Hours role in this database (管理员, 经办人 or 查看); "
                                       "ask the administrator (`cehours-cli user add`)")
                                        .arg(m_path, mayRead.value(1).toString()));
    *version = dialect.schemaVersion(connection());
    const qint64 appId = dialect.applicationId(connection());
    *fresh = tables.isEmpty();
    if (*fresh && mode != Mode::Create)
        return fail(Failure::NotOurs, tr("%1 is an empty database, not a CE Hours database (`cehours-cli init` makes it one)").arg(m_path));
    // Before step 8 a CE Hours database carries no application id yet; it has our version row and tables.
    const bool ours = appId == kApplicationId || (appId == 0 && *version >= 1 && *version < 8 && tables.contains(QLatin1String("unit")));
    if (!*fresh && !ours)
        return fail(Failure::NotOurs, tr("%1 holds another program's tables (%2), not a CE Hours database; it was not changed")
                                          .arg(m_path, tables.mid(0, 8).join(QStringLiteral(", "))));
    if (*version > SchemaMigrator::latestVersion())
        return fail(Failure::TooNew, tr("the database %1 has schema version %2, newer than this program supports (%3); update CE Hours. "
                                        "The database was not changed.")
                                         .arg(m_path)
                                         .arg(*version)
                                         .arg(SchemaMigrator::latestVersion()));
    if (mode == Mode::ReadOnly && *version < SchemaMigrator::latestVersion() && !m_inspectOnly)
        return fail(Failure::NeedsUpgrade, tr("the database %1 has schema version %2 and needs an upgrade to %3, which a read-only open cannot do; "
                                              "run `cehours-cli init` once")
                                               .arg(m_path)
                                               .arg(*version)
                                               .arg(SchemaMigrator::latestVersion()));
    return true;
}

bool Database::openServer(const QString &url, Mode mode, bool raw)
{
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(url, &location, &error)) {
        m_path = url;
        return fail(Failure::NotOurs, error);
    }
    m_path = location.displayString();
    m_server = true;
    const bool readOnly = mode == Mode::ReadOnly;
    if (!connectServer(location, readOnly))
        return false;
    m_server = true;
    if (raw)
        return true;
    bool fresh = false;
    int version = 0;
    if (!recogniseServer(mode, &fresh, &version))
        return false;
    m_server = true;
    if (readOnly)
        return true;
    // No file backup before an upgrade: each step is one transaction on the server, and the server's
    // backups are pg_dump's (docs/postgresql.md).
    if (!SchemaMigrator::migrate(connection(), &error))
        return fail(Failure::Other, error);
    // A 查看 session may not write the verdicts: it reads them as they are until a clerk's session
    // (or the admin's) brings them up to date.
    if (!VerdictRecompute::ensureCurrent(connection(), &error) && SessionRole::read(connection()).mayWrite())
        return fail(Failure::Other, tr("cannot bring the stored verdicts up to date: %1").arg(error));
    return true;
}
