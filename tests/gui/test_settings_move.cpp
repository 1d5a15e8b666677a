// 设置 → move the database and evidence store to another folder (e.g. a shared drive).
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "SettingsPage.h"
#include "storage/DatabaseRelocator.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class MovePrompter : public TestPrompter
{
public:
    QString directory;
    QString existingDirectory(QWidget *, const QString &) override { return directory; }
};

class TestSettingsMove : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { GuiTest::isolate(); }

    void movesAndRemembersThePath()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("old/cehours.sqlite"))));
        const qint64 unit = GuiTest::makeUnit(db);
        GuiTest::makeStaff(db, unit, QStringLiteral("张三"), QStringLiteral("340104199001011239"), QStringLiteral("工程部"));
        AppContext context(&db);
        SettingsPage page(&context);
        MovePrompter prompter;
        Prompter::setCurrent(&prompter);

        // Cancelled folder choice: nothing happens.
        GuiTest::child<QPushButton>(&page, "settingsMoveData")->click();
        QVERIFY(prompter.infos.isEmpty() && prompter.warnings.isEmpty());

        const QString target = dir.filePath(QStringLiteral("共享盘 HR"));
        QVERIFY(QDir().mkpath(target));
        prompter.directory = target;
        GuiTest::child<QPushButton>(&page, "settingsMoveData")->click();
        QVERIFY2(prompter.warnings.isEmpty(), qPrintable(prompter.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(prompter.infos.size(), 1);
        const QString moved = QDir(target).filePath(QStringLiteral("cehours.sqlite"));
        QVERIFY(QFile::exists(moved));
        QCOMPARE(DatabaseRelocator::configuredPath(), QDir(target).filePath(QStringLiteral("cehours.sqlite")));
        QVERIFY(GuiTest::child<QLabel>(&page, "settingsDatabase")->text().contains(QDir::toNativeSeparators(moved)));
        QVERIFY(QFile::exists(db.path())); // the old copy stays

        // A second move into the same folder is refused and changes nothing.
        GuiTest::child<QPushButton>(&page, "settingsMoveData")->click();
        QCOMPARE(prompter.warnings.size(), 1);
        QCOMPARE(DatabaseRelocator::configuredPath(), moved);
        Prompter::setCurrent(nullptr);
    }
};

QTEST_MAIN(TestSettingsMove)
#include "test_settings_move.moc"
