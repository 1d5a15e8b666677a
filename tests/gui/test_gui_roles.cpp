// What the app shows per database role (issue 13): a 查看 session has every write action disabled (and
// they stay disabled when their page would enable them), a 经办人 the administrator's actions, each
// with a tooltip saying why; on SQLite nothing is gated and Settings says roles are not enforced. The
// role is injected (the GUI cannot open a server database yet): MainWindow::setSessionRole.
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RoleGate.h"
#include "SettingsPage.h"
#include "storage/SessionRole.h"

#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QTranslator>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiRoles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    Database m_db;

    QAction *action(MainWindow &window, const char *name)
    {
        auto *a = window.findChild<QAction *>(QLatin1String(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }
    void selectFirstPerson(MainWindow &window)
    {
        auto *table = GuiTest::child<QTableView>(&window, "staffTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
    }

private slots:
    void initTestCase()
    {
        GuiTest::isolate();
        Prompter::setCurrent(&m_prompter);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("roles.sqlite")), Database::Mode::Create));
        const qint64 unit = GuiTest::makeUnit(m_db);
        GuiTest::makeStaff(m_db, unit, QStringLiteral("张三"), QStringLiteral("340104199001011239"), QStringLiteral("工程部"));
    }
    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void sqliteGatesNothingAndSaysSo()
    {
        MainWindow window(&m_db);
        window.show();
        QVERIFY(!window.context()->role().enforced());
        QVERIFY(GuiTest::child<QPushButton>(&window, "addStaffButton")->isEnabled());
        QVERIFY(GuiTest::child<QPushButton>(&window, "editUnitButton")->isEnabled());
        QVERIFY(action(window, "actionImportRoster")->isEnabled());
        const QString text = GuiTest::child<QLabel>(&window, "settingsRoles")->text();
        QVERIFY2(text.contains(QLatin1String("not enforced")) && text.contains(QLatin1String("single-user file")), qPrintable(text));
    }

    void viewerHasTheWriteActionsDisabled()
    {
        MainWindow window(&m_db);
        window.setSessionRole(SessionRole::enforcedAs(SessionRole::Role::Viewer, QStringLiteral("reader1")));
        window.show();
        for (const char *name : {"addStaffButton", "importRosterButton", "editStaffButton", "removeStaffButton", "editUnitButton", "backupRestore",
                                 "eventNew", "overviewSubmitCompliant", "certificatePdf", "activityAddButton", "personReopenYear", "personSubmitYear"}) {
            auto *button = GuiTest::child<QPushButton>(&window, name);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(QLatin1String("Viewer")), qPrintable(QLatin1String(name) + QLatin1String(": ") + button->toolTip()));
        }
        for (const char *name : {"actionAddPerson", "actionAddActivity", "actionImportRoster", "actionImportActivities"}) {
            QAction *a = action(window, name);
            QVERIFY(a);
            QVERIFY2(!a->isEnabled(), name);
        }
        // Selecting a person would enable 编辑/删除: they stay disabled.
        selectFirstPerson(window);
        QTest::qWait(50);
        QVERIFY(!GuiTest::child<QPushButton>(&window, "editStaffButton")->isEnabled());
        QVERIFY(!GuiTest::child<QPushButton>(&window, "removeStaffButton")->isEnabled());
        // Reading and exporting stay possible.
        QVERIFY(GuiTest::child<QPushButton>(&window, "exportShownButton")->isEnabled());
        QVERIFY(GuiTest::child<QPushButton>(&window, "exportXlsx")->isEnabled());
        QVERIFY(GuiTest::child<QPushButton>(&window, "reportPdf")->isEnabled());
        QVERIFY(GuiTest::child<QPushButton>(&window, "settingsVerifyRecords")->isEnabled());
        const QString text = GuiTest::child<QLabel>(&window, "settingsRoles")->text();
        QVERIFY2(text.contains(QLatin1String("reader1")) && text.contains(QLatin1String("Viewer")), qPrintable(text));
    }

    void clerkHasOnlyTheAdministratorsActionsDisabled()
    {
        MainWindow window(&m_db);
        window.show();
        window.setSessionRole(SessionRole::enforcedAs(SessionRole::Role::Clerk, QStringLiteral("clerk1"), {QStringLiteral("工程部")}));
        for (const char *name : {"editUnitButton", "backupRestore", "personReopenYear"}) {
            auto *button = GuiTest::child<QPushButton>(&window, name);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(button->toolTip().contains(QLatin1String("Only the administrator")), qPrintable(button->toolTip()));
        }
        QVERIFY(GuiTest::child<QPushButton>(&window, "addStaffButton")->isEnabled());
        QVERIFY(action(window, "actionImportRoster")->isEnabled());
        selectFirstPerson(window);
        QTRY_VERIFY(GuiTest::child<QPushButton>(&window, "editStaffButton")->isEnabled());
        QVERIFY(GuiTest::child<QLabel>(&window, "settingsRoles")->text().contains(QStringLiteral("工程部")));
        // Given the administrator's role later (a new connection), the actions come back.
        window.setSessionRole(SessionRole::enforcedAs(SessionRole::Role::Admin, QStringLiteral("admin1")));
        QVERIFY(GuiTest::child<QPushButton>(&window, "editUnitButton")->isEnabled());
        QVERIFY(!GuiTest::child<QPushButton>(&window, "editUnitButton")->toolTip().contains(QLatin1String("administrator")));
    }

    // Not a check: CEHOURS_ROLE_SCREENSHOTS=DIR [CEHOURS_EXTRA_QM=branch.qm] saves a viewer's registry and
    // settings in Chinese, to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("CEHOURS_ROLE_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set CEHOURS_ROLE_SCREENSHOTS=DIR to save screenshots");
        const int fontId = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        if (fontId >= 0)
            QApplication::setFont(QFont(QFontDatabase::applicationFontFamilies(fontId).value(0), 10));
        Translations::install(QStringLiteral("zh_CN"));
        static QTranslator extra;
        if (extra.load(qEnvironmentVariable("CEHOURS_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        for (const SessionRole &role : {SessionRole::enforcedAs(SessionRole::Role::Viewer, QStringLiteral("reader1")), SessionRole::notEnforced()}) {
            MainWindow window(&m_db);
            window.setSessionRole(role);
            window.resize(1180, 760);
            window.show();
            const QString tag = role.enforced() ? QStringLiteral("viewer") : QStringLiteral("sqlite");
            window.showSection(MainWindow::Staff);
            selectFirstPerson(window);
            QTest::qWait(200);
            window.grab().save(out + QStringLiteral("/%1-registry.png").arg(tag));
            window.showSection(MainWindow::Settings);
            QTest::qWait(200);
            window.grab().save(out + QStringLiteral("/%1-settings.png").arg(tag));
            auto *edit = GuiTest::child<QPushButton>(&window, "editStaffButton");
            if (role.enforced())
                QCOMPARE(edit->toolTip(), role.whyNoWrite());
        }
    }
};

QTEST_MAIN(TestGuiRoles)
#include "test_gui_roles.moc"
