// The first-start choice of where the registry lives and the server password (issue 13): the
// ConnectionDialog's fields and defaults (sslmode require for a host that is not this computer), the
// choice remembered in QSettings without the password, the PasswordDialog, and ServerLogin with a fake
// credential store against the throw-away PostgreSQL cluster switched to password authentication: asked
// when the store has none or the server refused it, remembered when asked to, never written to settings.
#include "ConnectionDialog.h"
#include "ConnectionSettings.h"
#include "CredentialStore.h"
#include "GuiTestSupport.h"
#include "KeychainStore.h"
#include "PasswordDialog.h"
#include "ServerLogin.h"
#include "TestBackend.h"
#include "storage/DatabaseLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

namespace {
class FakeStore : public CredentialStore
{
public:
    QMap<QString, QString> entries;
    bool available = true;
    int reads = 0, writes = 0, removes = 0;
    bool read(const QString &key, QString *password, QString *error) override
    {
        ++reads;
        error->clear();
        if (!available) {
            *error = QStringLiteral("no backend");
            return false;
        }
        if (!entries.contains(key))
            return false;
        *password = entries.value(key);
        return true;
    }
    bool write(const QString &key, const QString &password, QString *error) override
    {
        ++writes;
        if (!available) {
            *error = QStringLiteral("no backend");
            return false;
        }
        entries.insert(key, password);
        return true;
    }
    bool remove(const QString &key, QString *) override
    {
        ++removes;
        entries.remove(key);
        return true;
    }
    bool isAvailable() const override { return available; }
};

struct Asked
{
    int times = 0;
    QStringList reasons;
    QList<bool> canRemember;
};
} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private:
    TestPrompter m_prompter;
    FakeStore m_store;
    QString m_url;
    ConnectionSettings m_server; // the cluster's database, as user clerk

    // The asker answers with the passwords given, one per question (cancel when they run out).
    Asked *installAsker(const QStringList &answers, bool remember)
    {
        auto asked = std::make_shared<Asked>();
        auto left = std::make_shared<QStringList>(answers);
        ServerLogin::setAsker([asked, left, remember](const QString &, const QString &reason, bool canRemember, QString *password, bool *rem) {
            ++asked->times;
            asked->reasons << reason;
            asked->canRemember << canRemember;
            if (left->isEmpty())
                return false;
            *password = left->takeFirst();
            *rem = remember;
            return true;
        });
        m_asked = asked;
        return asked.get();
    }
    std::shared_ptr<Asked> m_asked;

    bool settingsMention(const QString &secret)
    {
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            if (settings.value(key).toString().contains(secret) || key.contains(secret))
                return true;
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8());
    }

private slots:
    void initTestCase()
    {
        GuiTest::isolate();
        Prompter::setCurrent(&m_prompter);
        CredentialStore::setCurrent(&m_store);
    }
    void cleanupTestCase()
    {
        ServerLogin::setAsker({});
        CredentialStore::setCurrent(nullptr);
        Prompter::setCurrent(nullptr);
    }

    void theFirstStartOffersTheLocalFileByDefault()
    {
        QVERIFY(!ConnectionSettings::isStored());
        ConnectionDialog dialog(ConnectionSettings::load());
        auto *local = GuiTest::child<QRadioButton>(&dialog, "connectionLocal");
        auto *server = GuiTest::child<QRadioButton>(&dialog, "connectionServer");
        QVERIFY(local && server);
        QVERIFY(local->isChecked());
        QVERIFY(!GuiTest::child<QLineEdit>(&dialog, "connectionHost")->isEnabled());
        QVERIFY(GuiTest::child<QPushButton>(&dialog, "connectionOk")->isEnabled());
        QCOMPARE(dialog.settings().kind, ConnectionSettings::Kind::Local);
        QCOMPARE(local->text(), QStringLiteral("Local database (single user)"));
    }

    void aServerNeedsHostDatabaseAndUserAndDefaultsToTlsForARemoteHost()
    {
        ConnectionDialog dialog(ConnectionSettings::load());
        GuiTest::child<QRadioButton>(&dialog, "connectionServer")->setChecked(true);
        auto *host = GuiTest::child<QLineEdit>(&dialog, "connectionHost");
        auto *database = GuiTest::child<QLineEdit>(&dialog, "connectionDatabase");
        auto *user = GuiTest::child<QLineEdit>(&dialog, "connectionUser");
        auto *port = GuiTest::child<QSpinBox>(&dialog, "connectionPort");
        auto *ssl = GuiTest::child<QComboBox>(&dialog, "connectionSslMode");
        auto *ok = GuiTest::child<QPushButton>(&dialog, "connectionOk");
        auto *hint = GuiTest::child<QLabel>(&dialog, "connectionHint");
        QVERIFY(host && database && user && port && ssl && ok && hint);
        QVERIFY(host->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY(!hint->isHidden());
        QCOMPARE(port->value(), 5432);
        QTest::keyClicks(host, QStringLiteral("db.hospital.local"));
        QCOMPARE(ssl->currentData().toString(), QStringLiteral("require"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(database, QStringLiteral("registry"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(user, QStringLiteral("clerk"));
        QVERIFY(ok->isEnabled());
        QVERIFY(hint->isHidden());
        // This computer: TLS only when offered.
        host->clear();
        QTest::keyClicks(host, QStringLiteral("localhost"));
        QCOMPARE(ssl->currentData().toString(), QStringLiteral("prefer"));
        // A mode the clerk chose stays whatever the host.
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        emit ssl->activated(ssl->currentIndex());
        host->clear();
        QTest::keyClicks(host, QStringLiteral("10.0.0.5"));
        QCOMPARE(ssl->currentData().toString(), QStringLiteral("verify-full"));
        const ConnectionSettings s = dialog.settings();
        QCOMPARE(s.kind, ConnectionSettings::Kind::Server);
        QCOMPARE(s.sslMode, QStringLiteral("verify-full"));
    }

    void theChoiceIsRememberedWithoutThePassword()
    {
        ConnectionSettings s;
        s.kind = ConnectionSettings::Kind::Server;
        s.host = QStringLiteral("db.hospital.local");
        s.port = 6543;
        s.database = QStringLiteral("registry");
        s.user = QStringLiteral("clerk");
        s.save();
        QVERIFY(ConnectionSettings::isStored());
        const ConnectionSettings loaded = ConnectionSettings::load();
        QCOMPARE(loaded.kind, ConnectionSettings::Kind::Server);
        QCOMPARE(loaded.host, s.host);
        QCOMPARE(loaded.port, 6543);
        QCOMPARE(loaded.database, s.database);
        QCOMPARE(loaded.user, s.user);
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(loaded.location(), &location, &error), qPrintable(error));
        QVERIFY(location.isPostgres());
        QCOMPARE(location.host(), s.host);
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.databaseName(), s.database);
        QCOMPARE(location.userName(), s.user);
        QCOMPARE(location.sslMode(), QStringLiteral("require")); // not local, nothing chosen
        // Shown again (文件 → 数据库连接…): the stored choice.
        ConnectionDialog again(loaded);
        QVERIFY(GuiTest::child<QRadioButton>(&again, "connectionServer")->isChecked());
        QCOMPARE(GuiTest::child<QLineEdit>(&again, "connectionHost")->text(), s.host);
        QCOMPARE(GuiTest::child<QSpinBox>(&again, "connectionPort")->value(), 6543);
        QCOMPARE(GuiTest::child<QComboBox>(&again, "connectionSslMode")->currentData().toString(), QStringLiteral("require"));
        QVERIFY(!settingsMention(QStringLiteral("password")));
        QSettings().clear();
    }

    void thePasswordDialogHidesTheTextAndOffersRememberOnlyWithAStore()
    {
        PasswordDialog with(QStringLiteral("clerk@db:5432/registry"), QString(), true);
        auto *edit = GuiTest::child<QLineEdit>(&with, "passwordEdit");
        auto *remember = GuiTest::child<QCheckBox>(&with, "passwordRemember");
        QVERIFY(edit && remember);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(remember->isEnabled() && remember->isChecked());
        QVERIFY(GuiTest::child<QLabel>(&with, "passwordReason")->isHidden());
        QTest::keyClicks(edit, QStringLiteral("s3cret"));
        QCOMPARE(with.password(), QStringLiteral("s3cret"));
        QVERIFY(with.remember());
        PasswordDialog without(QStringLiteral("clerk@db:5432/registry"), QStringLiteral("The server refused the password."), false);
        QVERIFY(!GuiTest::child<QCheckBox>(&without, "passwordRemember")->isEnabled());
        QVERIFY(!without.remember());
        QVERIFY(!GuiTest::child<QLabel>(&without, "passwordReason")->isHidden());
    }

    // The real store on a machine without a credential service: fails, quickly and clearly, no crash.
    void theKeychainWithoutABackendFailsGracefully()
    {
        KeychainStore keychain;
        QString password, error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keychain.read(QStringLiteral("cehours-test-%1").arg(QCoreApplication::applicationPid()), &password, &error));
        QVERIFY(password.isEmpty());
        QVERIFY(timer.elapsed() < 25000);
        qInfo("keychain here: available=%d, error=%s", keychain.isAvailable(), qPrintable(error));
        // A store that failed (rather than found nothing) is not offered for "remember" any more.
        if (!error.isEmpty())
            QVERIFY(!keychain.isAvailable());
        QString writeError;
        if (!keychain.isAvailable())
            QVERIFY(!keychain.write(QStringLiteral("cehours-test"), QStringLiteral("x"), &writeError) && !writeError.isEmpty());
    }

    void prepareServerWithPasswords()
    {
        CEHOURS_FRESH_DATABASE(url, "login");
        m_url = url;
        DatabaseLocation where;
        QString error;
        QVERIFY(DatabaseLocation::parse(url, &where, &error));
        const QString db = where.databaseName();
        // A clerk with a password, owning the database (with CREATEROLE, as the office set-up gives the
        // owner: its init creates the registry's group roles); the cluster now asks everyone but its
        // superuser for a password (scram-sha-256).
        QVERIFY2(TestBackend::superuserSql(url,
                                           QStringLiteral("CREATE ROLE clerk LOGIN CREATEROLE PASSWORD 'first-secret'; ALTER DATABASE \"%1\" OWNER TO clerk; "
                                                          "ALTER SCHEMA public OWNER TO clerk;")
                                               .arg(db),
                                           &error),
                 qPrintable(error));
        const QString hba = QStringLiteral(
            "DO $$ BEGIN EXECUTE format('COPY (SELECT l FROM unnest(ARRAY["
            "''local all cehours_test trust'', ''host all cehours_test 127.0.0.1/32 trust'', ''host all cehours_test ::1/128 trust'', "
            "''local all all scram-sha-256'', ''host all all 127.0.0.1/32 scram-sha-256'', ''host all all ::1/128 scram-sha-256'']) "
            "WITH ORDINALITY AS t(l, n) ORDER BY n) TO %L', current_setting('data_directory') || '/pg_hba.conf'); END $$; "
            "SELECT pg_reload_conf();");
        QVERIFY2(TestBackend::superuserSql(url, hba, &error), qPrintable(error));
        m_server.kind = ConnectionSettings::Kind::Server;
        m_server.host = where.host();
        m_server.port = where.port();
        m_server.database = db;
        m_server.user = QStringLiteral("clerk");
        m_server.sslMode = QStringLiteral("disable");
        // The reload reaches the server at once, a new connection a moment later: wait for the refusal.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                Database probe;
                Database::setPasswordProvider({});
                return !probe.open(m_server.location(), Database::Mode::Create) && ServerLogin::isPasswordRefusal(probe.errorString());
            }(),
            10000);
    }

    void noStoredPasswordAsksAndRemembersIt()
    {
        if (m_url.isEmpty())
            QSKIP("no server");
        m_store.entries.clear();
        Asked *asked = installAsker({QStringLiteral("first-secret")}, true);
        Database db;
        QVERIFY2(ServerLogin::open(&db, m_server, Database::Mode::Create, nullptr), qPrintable(db.errorString()));
        QCOMPARE(asked->times, 1);
        QVERIFY(asked->reasons.first().isEmpty());
        QVERIFY(asked->canRemember.first());
        QCOMPARE(m_store.entries.value(m_server.passwordKey()), QStringLiteral("first-secret"));
        QVERIFY(ServerLogin::storeNote().isEmpty());
        m_server.save();
        QVERIFY(!settingsMention(QStringLiteral("first-secret")));
    }

    void aStoredPasswordIsUsedWithoutAsking()
    {
        if (m_url.isEmpty())
            QSKIP("no server");
        Asked *asked = installAsker({}, true);
        Database db;
        QVERIFY2(ServerLogin::open(&db, m_server, Database::Mode::Existing, nullptr), qPrintable(db.errorString()));
        QCOMPARE(asked->times, 0);
        // A second connection of the session (a job on a worker thread) gets the same password.
        Database job;
        QVERIFY2(job.open(db.path(), Database::Mode::ReadOnly), qPrintable(job.errorString()));
    }

    void aRefusedStoredPasswordIsForgottenAndAskedAgain()
    {
        if (m_url.isEmpty())
            QSKIP("no server");
        QString error;
        QVERIFY2(TestBackend::superuserSql(m_url, QStringLiteral("ALTER ROLE clerk PASSWORD 'second-secret'"), &error), qPrintable(error));
        Asked *asked = installAsker({QStringLiteral("wrong"), QStringLiteral("second-secret")}, true);
        Database db;
        QVERIFY2(ServerLogin::open(&db, m_server, Database::Mode::Existing, nullptr), qPrintable(db.errorString()));
        QCOMPARE(asked->times, 2);
        QVERIFY2(asked->reasons.at(0).contains(QLatin1String("refused")), qPrintable(asked->reasons.at(0)));
        QVERIFY(asked->reasons.at(1).contains(QLatin1String("refused")));
        QCOMPARE(m_store.entries.value(m_server.passwordKey()), QStringLiteral("second-secret"));
    }

    void cancellingThePasswordOpensNothingAndStoresNothing()
    {
        if (m_url.isEmpty())
            QSKIP("no server");
        m_store.entries.clear();
        Asked *asked = installAsker({}, true);
        Database db;
        QVERIFY(!ServerLogin::open(&db, m_server, Database::Mode::Existing, nullptr));
        QCOMPARE(asked->times, 1);
        QVERIFY(!db.isOpen());
        QVERIFY(ServerLogin::isPasswordRefusal(db.errorString()));
        QVERIFY(m_store.entries.isEmpty());
        // Three wrong answers: it gives up, nothing stored.
        asked = installAsker({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, true);
        Database again;
        QVERIFY(!ServerLogin::open(&again, m_server, Database::Mode::Existing, nullptr));
        QCOMPARE(asked->times, 3);
        QVERIFY(m_store.entries.isEmpty());
    }

    void withoutACredentialStoreThePasswordIsAskedEveryTime()
    {
        if (m_url.isEmpty())
            QSKIP("no server");
        m_store.available = false;
        for (int start = 0; start < 2; ++start) {
            Asked *asked = installAsker({QStringLiteral("second-secret")}, false);
            Database db;
            QVERIFY2(ServerLogin::open(&db, m_server, Database::Mode::Existing, nullptr), qPrintable(db.errorString()));
            QCOMPARE(asked->times, 1);
            QVERIFY(!asked->canRemember.first());
        }
        // Asked to remember, the store cannot: the clerk is told, nothing written anywhere else.
        installAsker({QStringLiteral("second-secret")}, true);
        Database db;
        QVERIFY(ServerLogin::open(&db, m_server, Database::Mode::Existing, nullptr));
        QVERIFY(ServerLogin::storeNote().contains(QLatin1String("credential store")));
        QVERIFY(!settingsMention(QStringLiteral("second-secret")));
        m_store.available = true;
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "test_connection_dialog.moc"
