// 设置 › 迁移到服务器数据库…: the registry copied in a worker (RegistryMigration) into an empty database,
// verified, the figures shown; a non-empty target refused with the reason. The server case needs the
// throw-away PostgreSQL cluster (skips without one; fails with CEHOURS_REQUIRE_PG=1).
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "SettingsPage.h"
#include "TestBackend.h"
#include "storage/EvidenceStore.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiMigrate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void migrateTo(const QString &target)
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("office/cehours.sqlite"))));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && count.next());
        if (count.value(0).toInt() == 0) {
            const qint64 unit = GuiTest::makeUnit(db);
            GuiTest::makeStaff(db, unit, QStringLiteral("张三"), QStringLiteral("340104199001011239"), QStringLiteral("工程部"));
        }
        AppContext context(&db);
        SettingsPage page(&context);
        TestPrompter prompter;
        Prompter::setCurrent(&prompter);
        prompter.textAnswer = target;
        GuiTest::child<QPushButton>(&page, "settingsMigrate")->click();
        QVERIFY2(prompter.warnings.isEmpty(), qPrintable(prompter.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(prompter.infos.size(), 1);
        QVERIFY2(prompter.infos.first().contains(QLatin1String("verified")), qPrintable(prompter.infos.first()));
        Database copy;
        QVERIFY(copy.open(target, Database::Mode::ReadOnly));
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM staff")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("张三"));
        copy.close();
        // Again into the same (now filled) target: refused, saying why.
        GuiTest::child<QPushButton>(&page, "settingsMigrate")->click();
        QCOMPARE(prompter.warnings.size(), 1);
        QVERIFY2(prompter.warnings.first().contains(QLatin1String("not empty")), qPrintable(prompter.warnings.first()));
        Prompter::setCurrent(nullptr);
    }

private slots:
    void initTestCase() { GuiTest::isolate(); }

    void intoANewFile() { migrateTo(m_dir.filePath(QStringLiteral("archive/cehours.sqlite"))); }

    void intoAServerDatabase()
    {
        CEHOURS_FRESH_POSTGRES(server, "gui_migrate");
        migrateTo(server);
    }
};

QTEST_MAIN(TestGuiMigrate)
#include "test_gui_migrate.moc"
