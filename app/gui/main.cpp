// cehours: the desktop application.
#include "ConnectionDialog.h"
#include "ConnectionSettings.h"
#include "MainWindow.h"
#include "OpeningCheck.h"
#include "OperatorNameDialog.h"
#include "ServerLogin.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/DatabaseRelocator.h"
#include "storage/DeferredChecks.h"
#include "storage/Transaction.h"
#include "util/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cehours"));
    QApplication::setApplicationName(QStringLiteral("cehours"));
    QApplication::setApplicationVersion(QStringLiteral(CEHOURS_VERSION));
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--version"))) {
        printf("cehours %s\n", CEHOURS_VERSION);
        return 0;
    }
    Translations::install(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString());
    AuditLog::setOperatorName(OperatorNameDialog::storedName()); // asked at the first start (MainWindow::ensureUnit)

    // A clerk's save waits at most a minute for another writer (then says who it is) instead of freezing.
    Transaction::setMaxWaitSeconds(60);
    Transaction::setActivity(QObject::tr("CE Hours (the app)"));
    Database db;
    const int dbArg = args.indexOf(QLatin1String("--db"));
    const QString given = (dbArg > 0 && dbArg + 1 < args.size()) ? args.at(dbArg + 1) : QString();
    // First start (no choice stored, no registry file yet): 本机数据库 or 服务器数据库 (ConnectionDialog).
    // --choose-database asks again (a server that cannot be reached; also 文件 → 数据库连接… in the window).
    const bool firstStart = !ConnectionSettings::isStored() && !QFileInfo::exists(DatabaseRelocator::configuredPath());
    if (given.isEmpty() && (firstStart || args.contains(QLatin1String("--choose-database")))) {
        ConnectionDialog choice(ConnectionSettings::load());
        if (choice.exec() != QDialog::Accepted)
            return 0;
        choice.settings().save();
    }
    ConnectionSettings connection = ConnectionSettings::load();
    if (!given.isEmpty()) { // --db FILE or --db postgresql://… for this run only (not remembered)
        DatabaseLocation location;
        QString error;
        if (DatabaseLocation::parse(given, &location, &error) && location.isPostgres()) {
            connection.kind = ConnectionSettings::Kind::Server;
            connection.host = location.host();
            connection.port = location.port();
            connection.database = location.databaseName();
            connection.user = location.userName();
            connection.sslMode = location.sslMode();
        } else {
            connection.kind = ConnectionSettings::Kind::Local;
        }
    }
    const QString path = connection.kind == ConnectionSettings::Kind::Server ? connection.location()
        : given.isEmpty()                                                    ? DatabaseRelocator::configuredPath()
                                                                             : given;
    bool opened = false;
    if (connection.kind == ConnectionSettings::Kind::Server) {
        // A server database: no file to check or back up (the server's backups are pg_dump's); an
        // empty database becomes a CE Hours one (the unit's setup follows).
        opened = ServerLogin::open(&db, connection, Database::Mode::Create, nullptr);
        if (opened && !ServerLogin::storeNote().isEmpty())
            QMessageBox::information(nullptr, QObject::tr("CE Hours"), ServerLogin::storeNote());
    } else {
        // The window first: the file's integrity check and the stored-verdict check run in a worker after
        // it is painted, and nothing is written until they have passed (docs/reliability-db.md).
        DeferredChecks::request(&db);
        // The first start creates the database; a file this user cannot write is opened read-only (with a
        // banner); any other file must already be a CE Hours database.
        const QFileInfo file(path);
        const Database::Mode mode = !file.exists() ? Database::Mode::Create
            : file.isWritable()                    ? Database::Mode::Existing
                                                   : Database::Mode::ReadOnly;
        opened = db.open(path, mode);
    }
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("CE Hours"),
                              QObject::tr("Cannot open the database %1:\n%2").arg(db.path().isEmpty() ? path : db.path(), db.errorString())
                                  + (connection.kind == ConnectionSettings::Kind::Server
                                         ? QObject::tr("\n\nTo change the connection, start CE Hours with --choose-database.")
                                         : QString()));
        return 1;
    }
    // The automatic backup: at most one a day, on start (after the deferred check, in a worker).
    QString backupError;
    if (!db.isServer() && !db.isReadOnly() && !DeferredChecks::pending(&db) && !BackupManager(db.path()).backupIfDue(db.connection(), nullptr, &backupError))
        QMessageBox::warning(nullptr, QObject::tr("CE Hours"), QObject::tr("The daily backup failed:\n%1").arg(backupError));
    MainWindow window(&db);
    if (window.openingCheck())
        window.openingCheck()->setDailyBackup(true);
    window.show();
    // First start: the unit's setup before anything else; cancelling it quits.
    if (!window.ensureUnit())
        return 0;
    return app.exec();
}
