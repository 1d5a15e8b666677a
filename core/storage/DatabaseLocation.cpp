#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool isLocalHostName(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1") || host.startsWith(QLatin1Char('/'));
}

} // namespace

bool DatabaseLocation::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_filePath = path;
    return location;
}

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("No database given: name a file or a postgresql:// address.");
        return false;
    }
    if (isUrl(trimmed))
        return parseUrl(trimmed, location, error);
    if (trimmed.contains(QLatin1String("://"))) {
        *error = tr("“%1” is neither a file nor a postgresql:// address.").arg(trimmed);
        return false;
    }
    *location = sqliteFile(text);
    return true;
}

bool DatabaseLocation::parseUrl(const QString &text, DatabaseLocation *location, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("The database address “%1” is not valid: %2").arg(text, url.errorString());
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = tr("The database address contains a password. Passwords are not accepted on the command line "
                    "or in CEHOURS_DB: put it in the file PGPASSFILE names (or ~/.pgpass), or save it in the app.");
        return false;
    }
    DatabaseLocation parsed;
    parsed.m_backend = Backend::Postgres;
    parsed.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    parsed.m_port = url.port(5432);
    if (parsed.m_port <= 0 || parsed.m_port > 65535) {
        *error = tr("The port of the database address must be between 1 and 65535.");
        return false;
    }
    parsed.m_user = url.userName();
    if (parsed.m_user.isEmpty()) {
        *error = tr("The database address names no user: write it as postgresql://USER@%1/DATABASE.").arg(parsed.m_host);
        return false;
    }
    parsed.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.m_database.isEmpty() || parsed.m_database.contains(QLatin1Char('/'))) {
        *error = tr("The database address must end with the database's name: postgresql://%1@%2/DATABASE.")
                     .arg(parsed.m_user, parsed.m_host);
        return false;
    }
    parsed.m_sslMode = isLocalHostName(parsed.m_host) ? QStringLiteral("prefer") : QStringLiteral("require");
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode") && kSslModes.contains(item.second)) {
            parsed.m_sslMode = item.second;
        } else if (item.first == QLatin1String("sslmode")) {
            *error = tr("sslmode=%1 is not one of %2.").arg(item.second, kSslModes.join(QStringLiteral(", ")));
            return false;
        } else {
            *error = tr("The database address has an option this program does not know: %1 (only sslmode).").arg(item.first);
            return false;
        }
    }
    *location = parsed;
    return true;
}

bool DatabaseLocation::isLocalHost() const
{
    return isLocalHostName(m_host);
}

QString DatabaseLocation::connectOptions() const
{
    return QStringLiteral("sslmode=%1;connect_timeout=10").arg(m_sslMode);
}

QString DatabaseLocation::displayString() const
{
    if (m_backend != Backend::Postgres)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString() + QStringLiteral("?sslmode=") + m_sslMode;
}
