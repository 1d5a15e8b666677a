// cehours: the desktop application.
#include "MainWindow.h"
#include "OperatorNameDialog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseRelocator.h"
#include "util/Translations.h"

#include <QApplication>
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

    Database db;
    const int dbArg = args.indexOf(QLatin1String("--db"));
    const QString path = (dbArg > 0 && dbArg + 1 < args.size()) ? args.at(dbArg + 1) : DatabaseRelocator::configuredPath();
    if (!db.open(path)) {
        QMessageBox::critical(nullptr, QObject::tr("CE Hours"),
                              QObject::tr("Cannot open the database %1:\n%2").arg(path, db.errorString()));
        return 1;
    }
    MainWindow window(&db);
    window.show();
    // First start: the unit's setup before anything else; cancelling it quits.
    if (!window.ensureUnit())
        return 0;
    return app.exec();
}
