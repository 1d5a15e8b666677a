#pragma once
#include <QString>

// Where a server password is kept between starts: the OS credential store (KeychainStore: Windows
// Credential Manager, macOS Keychain, the Secret Service on Linux). An interface so that tests inject a
// fake store and a machine without a credential service still works (the password is asked every time).
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // False when nothing is stored under key or the store cannot be used (*error then says why, else empty).
    virtual bool read(const QString &key, QString *password, QString *error) = 0;
    virtual bool write(const QString &key, const QString &password, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
    // False once the store found no backend (no Secret Service): the app stops offering "remember".
    virtual bool isAvailable() const = 0;

    // The process's store (KeychainStore unless a test set another); never null.
    static CredentialStore &current();
    static void setCurrent(CredentialStore *store); // nullptr: back to the keychain
};
