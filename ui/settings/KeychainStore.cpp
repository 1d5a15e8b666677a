#include "KeychainStore.h"

#ifdef CEHOURS_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

namespace {
const char *const kService = "cehours";
#ifdef CEHOURS_HAVE_KEYCHAIN
// Runs a job to its end; false (and *error) unless it succeeded. *noBackend when the platform has none.
bool runJob(QKeychain::Job *job, QString *error, bool *noBackend, bool *notFound)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a credential service that never answers
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *noBackend = false;
        *notFound = false;
        *error = KeychainStore::tr("the credential store did not answer");
        return false;
    }
    *noBackend = job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented;
    *notFound = job->error() == QKeychain::EntryNotFound;
    if (job->error() != QKeychain::NoError) {
        *error = *notFound ? QString() : job->errorString();
        return false;
    }
    return true;
}
#endif
} // namespace

bool KeychainStore::read(const QString &key, QString *password, QString *error)
{
    error->clear();
#ifdef CEHOURS_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    bool noBackend = false, notFound = false;
    const bool ok = runJob(&job, error, &noBackend, &notFound);
    // Nothing stored is the normal answer; any other failure (no backend, no D-Bus session, "Unknown
    // error" from a Secret Service that is not running) means the store cannot be used this session.
    if (noBackend || (!ok && !notFound))
        m_available = false;
    if (ok)
        *password = job.textData();
    return ok;
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    m_available = false;
    *error = tr("this build has no credential store (QtKeychain)");
    return false;
#endif
}

bool KeychainStore::write(const QString &key, const QString &password, QString *error)
{
    error->clear();
#ifdef CEHOURS_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    job.setTextData(password);
    bool noBackend = false, notFound = false;
    const bool ok = runJob(&job, error, &noBackend, &notFound);
    if (noBackend)
        m_available = false;
    return ok;
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    m_available = false;
    *error = tr("this build has no credential store (QtKeychain)");
    return false;
#endif
}

bool KeychainStore::remove(const QString &key, QString *error)
{
    error->clear();
#ifdef CEHOURS_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    job.setKey(key);
    bool noBackend = false, notFound = false;
    const bool ok = runJob(&job, error, &noBackend, &notFound);
    if (noBackend)
        m_available = false;
    return ok || notFound;
#else
    Q_UNUSED(key)
    m_available = false;
    *error = tr("this build has no credential store (QtKeychain)");
    return false;
#endif
}

namespace {
CredentialStore *&installed()
{
    static CredentialStore *store = nullptr;
    return store;
}
} // namespace

CredentialStore &CredentialStore::current()
{
    static KeychainStore keychain;
    return installed() ? *installed() : keychain;
}

void CredentialStore::setCurrent(CredentialStore *store)
{
    installed() = store;
}
