// The app and the database file: a read-only file shows a banner, 设置 › 备份 backs up, and a person
// changed by someone else since the dialog opened is not overwritten without asking.
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "StaffPage.h"
#include "StaffTableModel.h"
#include "TestSupport.h"
#include "StaffDialog.h"
#include "storage/BackupManager.h"
#include "storage/StaffRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiReliability : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPrompter m_prompter;

private slots:
    void initTestCase()
    {
        GuiTest::isolate();
        Prompter::setCurrent(&m_prompter);
    }
    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void readOnlyDatabaseShowsABanner()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Create));
            const qint64 unit = GuiTest::makeUnit(db);
            GuiTest::makeStaff(db, unit, QStringLiteral("张三"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 2), 1),
                               QStringLiteral("内科"));
        }
        Database db;
        QVERIFY2(db.open(path, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        MainWindow window(&db);
        window.show();
        // The registry is listed (its year table is the connection's own, writable under query_only).
        QCOMPARE(window.staffPage()->model()->totalCount(), 1);
        QVERIFY(!window.staffPage()->model()->readFailed());
        auto *banner = GuiTest::child<QLabel>(&window, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("read-only")));
        QVERIFY(!GuiTest::child<QPushButton>(&window, "backupNow")->isEnabled());
        Database writable;
        QVERIFY(writable.open(m_dir.filePath(QStringLiteral("rw.sqlite")), Database::Mode::Create));
        MainWindow normal(&writable);
        QVERIFY(normal.findChild<QLabel *>(QStringLiteral("readOnlyBanner")) == nullptr);
    }

    void settingsBackUpNow()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("backup.sqlite")), Database::Mode::Create));
        GuiTest::makeUnit(db);
        AppContext context(&db);
        SettingsPage page(&context);
        QVERIFY(GuiTest::child<QLabel>(&page, "backupSummary")->text().contains(QLatin1String("No backup yet")));
        m_prompter.infos.clear();
        GuiTest::child<QPushButton>(&page, "backupNow")->click();
        QVERIFY2(m_prompter.warnings.isEmpty(), qPrintable(m_prompter.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompter.infos.size(), 1);
        const QList<BackupManager::Info> backups = BackupManager(db.path()).list();
        QCOMPARE(backups.size(), 1);
        QVERIFY(GuiTest::child<QLabel>(&page, "backupSummary")->text().contains(QFileInfo(backups.first().path).fileName()));
    }

    void staffDialogAsksBeforeOverwritingAnotherClerksChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        Database mine;
        QVERIFY(mine.open(path, Database::Mode::Create));
        const qint64 unit = GuiTest::makeUnit(mine);
        const qint64 id = GuiTest::makeStaff(mine, unit, QStringLiteral("张三"), QStringLiteral("340104199001011239"), QStringLiteral("工程部"));
        Database theirs;
        QVERIFY(theirs.open(path, Database::Mode::Existing));
        for (bool overwrite : {false, true}) {
            Staff opened;
            QVERIFY(StaffRepository(mine.connection()).byId(id, &opened));
            StaffDialog dialog(mine.connection(), unit, opened);
            dialog.show();
            Staff other;
            QVERIFY(StaffRepository(theirs.connection()).byId(id, &other));
            other.department = QStringLiteral("财务部%1").arg(overwrite);
            QString error;
            QVERIFY2(StaffRepository(theirs.connection()).update(other, &error), qPrintable(error));
            GuiTest::child<QLineEdit>(&dialog, "staffName")->setText(QStringLiteral("张三丰"));
            m_prompter.questions.clear();
            m_prompter.answer = overwrite;
            GuiTest::child<QPushButton>(&dialog, "staffSave")->click();
            QCOMPARE(m_prompter.questions.size(), 1);
            QVERIFY2(m_prompter.questions.first().contains(QLatin1String("changed by someone else")), qPrintable(m_prompter.questions.first()));
            QVERIFY(!dialog.isVisible());
            Staff now;
            QVERIFY(StaffRepository(mine.connection()).byId(id, &now));
            QCOMPARE(now.name, overwrite ? QStringLiteral("张三丰") : QStringLiteral("张三"));
        }
    }
};

QTEST_MAIN(TestGuiReliability)
#include "test_gui_reliability.moc"
