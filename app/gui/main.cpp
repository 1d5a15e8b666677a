// cehours: the desktop application.
#include "MainWindow.h"
#include "OpeningCheck.h"
#include "OperatorNameDialog.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
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
    // The window first: the file's integrity check and the stored-verdict check run in a worker after
    // it is painted, and nothing is written until they have passed (docs/reliability-db.md).
    DeferredChecks::request(&db);
    const int dbArg = args.indexOf(QLatin1String("--db"));
    const QString path = (dbArg > 0 && dbArg + 1 < args.size()) ? args.at(dbArg + 1) : DatabaseRelocator::configuredPath();
    // The first start creates the database; a file this user cannot write is opened read-only (with a
    // banner); any other file must already be a CE Hours database.
    const QFileInfo file(path);
    const Database::Mode mode = !file.exists() ? Database::Mode::Create
        : file.isWritable()                    ? Database::Mode::Existing
                                               : Database::Mode::ReadOnly;
    if (!db.open(path, mode)) {
        QMessageBox::critical(nullptr, QObject::tr("CE Hours"),
                              QObject::tr("Cannot open the database %1:\n%2").arg(path, db.errorString()));
        return 1;
    }
    // The automatic backup: at most one a day, on start (after the deferred check, in a worker).
    QString backupError;
    if (!db.isReadOnly() && !DeferredChecks::pending(&db) && !BackupManager(db.path()).backupIfDue(db.connection(), nullptr, &backupError))
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
