#include "ConnectionSettings.h"

#include "storage/DatabaseRelocator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace {
const char *const kKind = "database/kind";
const char *const kHost = "database/host";
const char *const kPort = "database/port";
const char *const kName = "database/name";
const char *const kUser = "database/user";
const char *const kSslMode = "database/sslmode";
} // namespace

bool ConnectionSettings::isStored()
{
    return QSettings().contains(QLatin1String(kKind));
}

ConnectionSettings ConnectionSettings::load()
{
    QSettings s;
    ConnectionSettings c;
    c.kind = s.value(QLatin1String(kKind)).toString() == QLatin1String("server") ? Kind::Server : Kind::Local;
    c.host = s.value(QLatin1String(kHost)).toString();
    c.port = s.value(QLatin1String(kPort), 5432).toInt();
    c.database = s.value(QLatin1String(kName)).toString();
    c.user = s.value(QLatin1String(kUser)).toString();
    c.sslMode = s.value(QLatin1String(kSslMode)).toString();
    return c;
}

void ConnectionSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kKind), kind == Kind::Server ? QStringLiteral("server") : QStringLiteral("local"));
    s.setValue(QLatin1String(kHost), host);
    s.setValue(QLatin1String(kPort), port);
    s.setValue(QLatin1String(kName), database);
    s.setValue(QLatin1String(kUser), user);
    s.setValue(QLatin1String(kSslMode), sslMode);
    s.sync();
}

QString ConnectionSettings::defaultSslMode(const QString &host)
{
    const QString h = host.trimmed();
    const bool local = h.isEmpty() || h == QLatin1String("localhost") || h == QLatin1String("127.0.0.1") || h == QLatin1String("::1");
    return local ? QStringLiteral("prefer") : QStringLiteral("require");
}

QString ConnectionSettings::location() const
{
    if (kind == Kind::Local)
        return DatabaseRelocator::configuredPath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    url.setHost(host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    const QString mode = sslMode.isEmpty() ? defaultSslMode(host) : sslMode;
    return url.toString(QUrl::FullyEncoded) + QStringLiteral("?sslmode=") + mode;
}

QString ConnectionSettings::passwordKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user.trimmed(), host.trimmed(), QString::number(port), database.trimmed());
}

QString ConnectionSettings::missingField() const
{
    if (kind == Kind::Local)
        return {};
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionSettings", "the server's host name or address");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionSettings", "the database's name");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionSettings", "the user name");
    return {};
}
