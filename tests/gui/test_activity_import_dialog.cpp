// The 导入学时 dialog, offscreen: reached from the 学时登记 page, the preview shows each row's
// credit and explanation, a bad file shows its rows and cannot be applied, apply writes all rows.
// With CEHOURS_SCREENSHOT_DIR set, the dialog is also saved as activity-import-preview.png and
// activity-import-errors.png
// (CEHOURS_EXTRA_QM: a catalogue to load first, e.g. one holding the branch's new strings).
#include "ActivityImportDialog.h"
#include "ActivityPage.h"
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "util/Translations.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

class TestActivityImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    Database m_db;
    qint64 m_unit = 0;
    QStringList m_ids;

    QString write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return f.fileName();
    }
    int activityCount()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")) && q.next() ? q.value(0).toInt() : -1;
    }
    QString goodFile()
    {
        return write(QStringLiteral("good.csv"),
                     QStringLiteral("2025年继续教育学时登记\n身份证号码,姓名,年度,类别,名称,开始日期,结束日期,培训天数,合格证书学时,会议级别\n"
                                    "%1,王建华,2025,public_online,2025年度公需科目（网络学习）,,2025-08-31,,30,\n"
                                    "%2,李秀英,2025,public_online,2025年度公需科目（网络学习）,,2025-09-02,,30,\n"
                                    "%1,王建华,2025,training,急危重症诊疗新进展研修班,2025-04-07,2025-04-11,5,,\n"
                                    "%2,李秀英,2025,conference,安徽省医学会年会,2025-10-18,2025-10-19,,,省级\n"
                                    "%3,张伟,2025,培训、研修或进修,医院感染管理培训,2025-06-02,2025-06-04,3,,\n")
                         .arg(m_ids.at(0), m_ids.at(1), m_ids.at(2)));
    }

private slots:
    void initTestCase()
    {
        GuiTest::isolate(QStringLiteral("test_activity_import_dialog"));
        Prompter::setCurrent(&m_prompter);
        QSettings().setValue(QStringLiteral("ui/lastYear"), 2025);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        m_unit = GuiTest::makeUnit(m_db, QStringLiteral("anhui-2025"));
        const QStringList names{QStringLiteral("王建华"), QStringLiteral("李秀英"), QStringLiteral("张伟")};
        for (int i = 0; i < names.size(); ++i) {
            m_ids << TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1978, 2, 3 + i), 31 + 2 * i);
            GuiTest::makeStaff(m_db, m_unit, names.at(i), m_ids.last(), QStringLiteral("内科"));
        }
    }

    void badFileShowsRowsAndCannotBeApplied()
    {
        AppContext context(&m_db);
        ActivityPage page(&context);
        m_prompter.files = {write(QStringLiteral("bad.csv"), QStringLiteral("身份证号码,姓名,类别,名称,结束日期,合格证书学时\n"
                                                                             "%1,王建华,public_online,a,2025-08-31,30\n"
                                                                             "%2,李秀英,public_online,b,2025-08-31,很多\n")
                                                                  .arg(m_ids.at(0), m_ids.at(1)))};
        bool checked = false;
        GuiTest::onModal<ActivityImportDialog>([&](ActivityImportDialog *d) {
            auto *errors = GuiTest::child<QTableWidget>(d, "activityImportErrors");
            checked = errors && errors->isVisible() && errors->rowCount() == 1 && errors->item(0, 0)->text() == QLatin1String("3")
                && errors->item(0, 1)->text() == m_ids.at(1) && errors->item(0, 2)->text().contains(QStringLiteral("合格证书学时"))
                && !GuiTest::child<QPushButton>(d, "activityImportApply")->isEnabled()
                && GuiTest::child<QPushButton>(d, "activityImportReport")->isEnabled();
            if (const QString dir = qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR"); !dir.isEmpty())
                d->grab().save(QDir(dir).filePath(QStringLiteral("activity-import-errors.png")));
            d->reject();
        });
        QTest::mouseClick(GuiTest::child<QPushButton>(&page, "activityImportButton"), Qt::LeftButton);
        QTRY_VERIFY(checked);
        QCOMPARE(activityCount(), 0);
    }

    void previewShowsCreditsThenApplies()
    {
        AppContext context(&m_db);
        ActivityPage page(&context);
        page.resize(900, 500);
        m_prompter.files = {goodFile()};
        QStringList hours, explanations;
        bool applied = false;
        GuiTest::onModal<ActivityImportDialog>([&](ActivityImportDialog *d) {
            auto *table = GuiTest::child<QTableWidget>(d, "activityImportPreview");
            for (int r = 0; r < table->rowCount(); ++r) {
                hours << table->item(r, 6)->text();
                explanations << table->item(r, 7)->text();
            }
            QVERIFY(!GuiTest::child<QTableWidget>(d, "activityImportErrors")->isVisible());
            if (const QString dir = qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR"); !dir.isEmpty())
                d->grab().save(QDir(dir).filePath(QStringLiteral("activity-import-preview.png")));
            auto *apply = GuiTest::child<QPushButton>(d, "activityImportApply");
            applied = apply->isEnabled();
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        const int before = activityCount();
        QTest::mouseClick(GuiTest::child<QPushButton>(&page, "activityImportButton"), Qt::LeftButton);
        QTRY_VERIFY(applied);
        QCOMPARE(hours, (QStringList{QStringLiteral("30"), QStringLiteral("30"), QStringLiteral("30"), QStringLiteral("8"), QStringLiteral("18")}));
        for (const QString &e : std::as_const(explanations))
            QVERIFY2(e.contains(QStringLiteral("皖人社")), qPrintable(e));
        QTRY_COMPARE(activityCount(), before + 5);
        QVERIFY(m_prompter.warnings.isEmpty());
    }

    void templateIsSavedForTheRuleSet()
    {
        AppContext context(&m_db);
        QDir::setCurrent(m_dir.path());
        QVERIFY(ActivityImportDialog::saveTemplate(&context, nullptr));
        // The suggested name (translated) names the rule set.
        const QStringList saved = QDir(m_dir.path()).entryList({QStringLiteral("*anhui-2025.xlsx")}, QDir::Files);
        QCOMPARE(saved.size(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int fontId = QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    if (fontId >= 0)
        QApplication::setFont(QFont(QFontDatabase::applicationFontFamilies(fontId).value(0), 10));
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("CEHOURS_EXTRA_QM"); !qm.isEmpty()) {
        Translations::install(QStringLiteral("zh_CN"));
        if (extra.load(qm))
            QCoreApplication::installTranslator(&extra);
    }
    TestActivityImportDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_activity_import_dialog.moc"
