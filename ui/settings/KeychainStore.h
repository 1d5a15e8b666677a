#pragma once
#include "CredentialStore.h"

#include <QCoreApplication>

// CredentialStore on QtKeychain (service "cehours"). QtKeychain's jobs are asynchronous; each call waits
// for its job in a local event loop (a few milliseconds). Without a keychain backend (a Linux machine
// with no Secret Service running, or a build without QtKeychain) every call fails with a clear error and
// isAvailable() turns false (after any read that fails other than "nothing stored"): the password is then asked at every start, never written elsewhere.
class KeychainStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)
public:
    bool read(const QString &key, QString *password, QString *error) override;
    bool write(const QString &key, const QString &password, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    bool isAvailable() const override { return m_available; }

private:
    bool m_available = true;
};
