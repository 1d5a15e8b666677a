#pragma once
#include "ConnectionSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

// Opens the server database of the clerk's ConnectionSettings with the password kept in the
// CredentialStore (Database::setPasswordProvider). A first try uses the stored password, or none
// (a server that trusts this computer, ~/.pgpass); when the server asks for a password or refuses the
// one given, the clerk is asked (PasswordDialog, "remember"), up to three times. A password that let
// the connection in is written to the store when the clerk asked to remember it; a refused stored one
// is removed. The password never goes to QSettings.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)
public:
    // Asks for the password; false when cancelled. Tests install their own (setAsker).
    using Asker = std::function<bool(const QString &where, const QString &reason, bool canRemember, QString *password, bool *remember)>;
    static void setAsker(Asker asker); // empty: the PasswordDialog
    static bool open(Database *db, const ConnectionSettings &settings, Database::Mode mode, QWidget *parent);
    // Whether a connection error is the server asking for (or refusing) the password.
    static bool isPasswordRefusal(const QString &error);
    // The last open's note for the clerk (the credential store could not keep the password), else empty.
    static QString storeNote();
};
