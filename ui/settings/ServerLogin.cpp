#include "ServerLogin.h"

#include "CredentialStore.h"
#include "PasswordDialog.h"

namespace {
ServerLogin::Asker &asker()
{
    static ServerLogin::Asker a;
    return a;
}
QString &lastNote()
{
    static QString note;
    return note;
}
bool askWithDialog(QWidget *parent, const QString &where, const QString &reason, bool canRemember, QString *password, bool *remember)
{
    PasswordDialog dialog(where, reason, canRemember, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.password();
    *remember = dialog.remember();
    return true;
}
} // namespace

void ServerLogin::setAsker(Asker a)
{
    asker() = std::move(a);
}

QString ServerLogin::storeNote()
{
    return lastNote();
}

bool ServerLogin::isPasswordRefusal(const QString &error)
{
    return error.contains(QLatin1String("no password supplied")) || error.contains(QLatin1String("password authentication failed"))
        || error.contains(QLatin1String("fe_sendauth")) || error.contains(QLatin1String("28P01"))
        || error.contains(QStringLiteral("口令")) || error.contains(QStringLiteral("认证失败"));
}

bool ServerLogin::open(Database *db, const ConnectionSettings &settings, Database::Mode mode, QWidget *parent)
{
    lastNote().clear();
    CredentialStore &store = CredentialStore::current();
    const QString key = settings.passwordKey();
    QString password, error;
    const bool stored = store.read(key, &password, &error);
    if (!stored)
        password.clear();
    bool fromStore = stored, remember = false;
    Database::setPasswordProvider([&password](const DatabaseLocation &) { return password; });
    const QString where = QStringLiteral("%1@%2:%3/%4").arg(settings.user, settings.host).arg(settings.port).arg(settings.database);
    bool ok = db->open(settings.location(), mode);
    for (int attempt = 0; !ok && attempt < 3 && isPasswordRefusal(db->errorString()); ++attempt) {
        if (fromStore) { // the stored one is wrong now (changed on the server): forget it
            QString ignored;
            store.remove(key, &ignored);
            fromStore = false;
        }
        const QString reason = password.isEmpty() ? QString() : tr("The server refused the password.");
        QString typed;
        const bool asked = asker() ? asker()(where, reason, store.isAvailable(), &typed, &remember)
                                   : askWithDialog(parent, where, reason, store.isAvailable(), &typed, &remember);
        if (!asked)
            break;
        password = typed;
        ok = db->open(settings.location(), mode);
    }
    if (ok && remember && !fromStore && !password.isEmpty() && !store.write(key, password, &error))
        lastNote() = tr("The password could not be kept in the credential store (%1); it will be asked at the next start.").arg(error);
    // Later connections of this session (the export, import and check jobs open their own, on a worker
    // thread) use the password that let this one in; it stays in memory only, never written elsewhere.
    const QString accepted = ok ? password : QString();
    Database::setPasswordProvider([accepted](const DatabaseLocation &) { return accepted; });
    return ok;
}
