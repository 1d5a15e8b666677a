// Operator name (first start, settings), the lock banner's icon and the tamper warnings, offscreen.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "LockBanner.h"
#include "OperatorNameDialog.h"
#include "PersonPage.h"
#include "SettingsPage.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

class TestGuiTamper : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    qint64 lockedPerson(qint64 *activityId)
    {
        const qint64 unit = GuiTest::makeUnit(*m_db);
        const qint64 staff = GuiTest::makeStaff(*m_db, unit, QStringLiteral("甲"),
                                                TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 11), QStringLiteral("A"));
        Activity a;
        a.staffId = staff;
        a.year = 2025;
        a.kind = QStringLiteral("patent");
        a.title = QStringLiteral("一种装置");
        a.params = {{QStringLiteral("type"), QStringLiteral("utility")}, {QStringLiteral("rank"), 3}};
        a.subject = QStringLiteral("professional");
        QString error;
        if (!ActivityRepository(m_db->connection()).insert(a, &error) || !YearLockRepository(m_db->connection()).submit(staff, 2025, &error))
            qWarning() << error;
        *activityId = a.id;
        return staff;
    }

private slots:
    void initTestCase()
    {
        GuiTest::isolate(QStringLiteral("test_gui_tamper"));
        Clock::setCurrent(&m_clock);
        Prompter::setCurrent(&m_prompter);
    }
    void init()
    {
        QSettings().clear();
        m_prompter = TestPrompter();
        AuditLog::setOperatorName(QString());
        qputenv("USERNAME", "");
        qputenv("USER", "");
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_n))));
    }
    void cleanup() { m_db.reset(); }

    void operatorDialogRequiredAndPrefilled()
    {
        qputenv("USER", "pcclerk");
        {
            OperatorNameDialog d;
            auto *edit = GuiTest::child<QLineEdit>(&d, "operatorNameEdit");
            auto *ok = GuiTest::child<QPushButton>(&d, "operatorNameOk");
            QCOMPARE(edit->text(), QStringLiteral("pcclerk"));
            QVERIFY(ok->isEnabled());
            edit->setText(QStringLiteral("   "));
            QVERIFY(!ok->isEnabled());
        }
        // Cancelled: no name, the start does not go on.
        GuiTest::onModal<OperatorNameDialog>([](OperatorNameDialog *d) { d->reject(); });
        QVERIFY(!OperatorNameDialog::ensure(nullptr));
        QVERIFY(OperatorNameDialog::storedName().isEmpty());
        GuiTest::onModal<OperatorNameDialog>([](OperatorNameDialog *d) {
            auto *edit = GuiTest::child<QLineEdit>(d, "operatorNameEdit");
            edit->clear();
            edit->insert(QStringLiteral("王芳"));
            QTest::mouseClick(GuiTest::child<QPushButton>(d, "operatorNameOk"), Qt::LeftButton);
        });
        QVERIFY(OperatorNameDialog::ensure(nullptr));
        QCOMPARE(QSettings().value(QStringLiteral("operator/name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(AuditLog::operatorName(), QStringLiteral("王芳"));
        // Asked once: a stored name (also an older version's audit/operator) is used without asking.
        AuditLog::setOperatorName(QString());
        QVERIFY(OperatorNameDialog::ensure(nullptr));
        QCOMPARE(AuditLog::operatorName(), QStringLiteral("王芳"));
        QSettings().remove(QStringLiteral("operator/name"));
        QSettings().setValue(QStringLiteral("audit/operator"), QStringLiteral("老李"));
        QCOMPARE(OperatorNameDialog::storedName(), QStringLiteral("老李"));
    }

    void settingsChangeTheOperator()
    {
        OperatorNameDialog::store(QStringLiteral("王芳"));
        GuiTest::makeUnit(*m_db);
        AppContext context(m_db.get());
        SettingsPage page(&context);
        auto *edit = GuiTest::child<QLineEdit>(&page, "settingsOperator");
        QCOMPARE(edit->text(), QStringLiteral("王芳"));
        edit->setText(QStringLiteral("张敏"));
        emit edit->editingFinished();
        QCOMPARE(QSettings().value(QStringLiteral("operator/name")).toString(), QStringLiteral("张敏"));
        QCOMPARE(AuditLog::operatorName(), QStringLiteral("张敏"));
        edit->clear();
        emit edit->editingFinished();
        QCOMPARE(edit->text(), QStringLiteral("张敏")); // required: not cleared
        QCOMPARE(QSettings().value(QStringLiteral("operator/name")).toString(), QStringLiteral("张敏"));
    }

    void settingsCheckReportsTampering()
    {
        qint64 activity = 0;
        lockedPerson(&activity);
        AppContext context(m_db.get());
        SettingsPage page(&context);
        auto *check = GuiTest::child<QPushButton>(&page, "settingsVerifyRecords");
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_prompter.infos.size(), 1);
        QVERIFY2(m_prompter.infos.first().contains(QLatin1String("chain intact")), qPrintable(m_prompter.infos.first()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET operator = 'x' WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("UPDATE year_declaration SET locked = 0")));
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_prompter.warnings.size(), 1);
        QVERIFY2(m_prompter.warnings.first().contains(QLatin1String("broken at row 1")), qPrintable(m_prompter.warnings.first()));
        QVERIFY2(m_prompter.warnings.first().contains(QLatin1String("unlocked without an audit record")), qPrintable(m_prompter.warnings.first()));
    }

    void lockBannerHasAnIconAndNamesTheOperator()
    {
        qint64 activity = 0;
        const qint64 staff = lockedPerson(&activity); // no operator name, no OS user
        AppContext context(m_db.get());
        context.setYear(2025);
        PersonPage page(&context);
        page.resize(900, 600);
        page.setStaff(staff);
        page.setYear(2025);
        page.show();
        auto *text = GuiTest::child<QLabel>(&page, "personLock");
        auto *icon = GuiTest::child<QLabel>(&page, "personLockIcon");
        QTRY_VERIFY(text->isVisible());
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(icon->text().isEmpty());
        QVERIFY2(!text->text().contains(QStringLiteral("🔒")) && !text->text().contains(QLatin1String("unknown")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QLatin1String("(operator not named)")), qPrintable(text->text()));
        // The padlock is drawn: some pixels are opaque.
        const QImage image = icon->pixmap().toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0;
        QVERIFY(opaque > image.width() * image.height() / 5);
        QVERIFY(!GuiTest::child<QLabel>(&page, "personSealWarning")->isVisible());
        if (!qEnvironmentVariableIsEmpty("CEHOURS_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR") + QStringLiteral("/person-locked-banner.png"));

        // Opening the year after a direct SQL edit of the locked patent warns.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE activity SET params = '{\"rank\":1,\"type\":\"invention\"}' WHERE id = ?")));
        q.addBindValue(activity);
        QVERIFY(q.exec());
        page.reload();
        auto *warning = GuiTest::child<QLabel>(&page, "personSealWarning");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("activity %1 (一种装置) was changed").arg(activity)), qPrintable(warning->text()));
        if (!qEnvironmentVariableIsEmpty("CEHOURS_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR") + QStringLiteral("/person-seal-warning.png"));
    }

    void bannerNamesTheRecordedOperator()
    {
        QCOMPARE(LockBanner::who(QStringLiteral("王芳 (os_user: wf)")), QStringLiteral("王芳 (os_user: wf)"));
        QCOMPARE(LockBanner::who(QStringLiteral("unknown")), QStringLiteral("(operator not named)"));
    }
};

QTEST_MAIN(TestGuiTamper)
#include "test_gui_tamper.moc"
