#pragma once
#include <QString>

// Where the app's registry lives, as chosen at the first start (ConnectionDialog) and kept in
// QSettings under database/…: this computer's SQLite file (本机数据库) or a PostgreSQL server shared by
// several clerks (服务器数据库). Never the password: that is in the OS credential store (CredentialStore).
struct ConnectionSettings
{
    enum class Kind { Local, Server };
    Kind kind = Kind::Local;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // disable / prefer / require / verify-ca / verify-full; empty: the host's default

    // Whether a choice was ever stored (false on the first start).
    static bool isStored();
    static ConnectionSettings load();
    void save() const;

    // The host's default: require for a host that is not this computer, prefer for localhost.
    static QString defaultSslMode(const QString &host);
    // A postgresql:// URL for Database::open (Server), or the configured SQLite file (Local).
    QString location() const;
    // The key of the password in the credential store: user@host:port/database.
    QString passwordKey() const;
    // Empty when the server fields are complete, else what is missing (for the dialog).
    QString missingField() const;
};
