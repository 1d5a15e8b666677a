// Issue 10, "Entry a clerk can trust": the activity form's safe default kind and the confirmation
// of a whole-year kind, typed dates (three forms, Tab leaves the field, end follows start, day
// count from the dates), Esc on a changed dialog asks 保存/放弃/取消, 0-hour and out-of-year
// activities, multi-delete in one transaction, refusals that name the people.
#include "ActivityDialog.h"
#include "ActivityForm.h"
#include "ActivityPage.h"
#include "AppContext.h"
#include "BatchActivityDialog.h"
#include "DateLineEdit.h"
#include "GuiTestSupport.h"
#include "StaffDialog.h"
#include "StaffPicker.h"
#include "TestSupport.h"
#include "UnitActivityModel.h"
#include "UnitDialog.h"
#include "CycleCheckDialog.h"
#include "EvidenceModel.h"
#include "ExportPage.h"
#include "OverviewPage.h"
#include "PersonPage.h"
#include "YearActivityModel.h"
#include "rules/RuleSet.h"
#include "rules/RuleSetLoader.h"
#include "rules/RuleSetRegistry.h"
#include "util/Translations.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"
#include "util/DateText.h"
#include "rules/ActivityKind.h"

#include <QCalendarWidget>
#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

class TestEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dateTextParsesTheThreeForms();
    void defaultKindIsTrainingAndRemembered();
    void fullYearKindAsksBeforeSaving();
    void typedDatesAndTabLeaves();
    void endFollowsStartAndDaysFromDates();
    void escOnChangedFormAsksAndCancelKeeps();
    void escOnUnchangedFormCloses();
    void staffDialogAsksToo();
    void zeroHoursRefused();
    void dateOutsideYearNeedsConfirmation();
    void undatedActivityNeedsConfirmation();
    void multiDeleteIsOneTransaction();
    void lockedBatchNamesThePeople();
    void selectWholeBatchEntry();
    void countedColumnAndLockMarker();
    void everyRuleSetOpensOnACommonKind();
    void lockedActivityRefusedBeforeAsking();
    void smallWordings();
    void deadlineLineSaysWhatItCounts();
    void mnemonicsAreUnique(); // last: installs the Chinese translators

private:
    qint64 person(const QString &name, int seq);
    Activity training(qint64 staffId, double days, const QString &title = QStringLiteral("全市继续教育培训班")) const;
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0))};
    Database *m_db = nullptr;
    AppContext *m_context = nullptr;
    qint64 m_unit = 0;
    int m_count = 0;
};

void TestEntry::initTestCase()
{
    GuiTest::isolate(QStringLiteral("test_entry"));
    Clock::setCurrent(&m_clock);
    Prompter::setCurrent(&m_prompter);
}

void TestEntry::init()
{
    m_prompter = TestPrompter();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2026);
    m_db = new Database;
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("entry%1.sqlite").arg(++m_count))));
    m_unit = GuiTest::makeUnit(*m_db);
    m_context = new AppContext(m_db);
}

void TestEntry::cleanup()
{
    delete m_context;
    m_context = nullptr;
    delete m_db;
    m_db = nullptr;
}

qint64 TestEntry::person(const QString &name, int seq)
{
    return GuiTest::makeStaff(*m_db, m_unit, name, TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1 + seq), 100 + seq),
                              QStringLiteral("内科"));
}

Activity TestEntry::training(qint64 staffId, double days, const QString &title) const
{
    Activity a;
    a.staffId = staffId;
    a.year = 2026;
    a.kind = QStringLiteral("training");
    a.title = title;
    a.startDate = QDate(2026, 3, 10);
    a.endDate = QDate(2026, 3, 12);
    a.params = QJsonObject{{QStringLiteral("organizer"), QStringLiteral("government")}, {QStringLiteral("days"), days}};
    a.subject = QStringLiteral("professional");
    return a;
}

void TestEntry::dateTextParsesTheThreeForms()
{
    QCOMPARE(DateText::parse(QStringLiteral("2026-03-10")), QDate(2026, 3, 10));
    QCOMPARE(DateText::parse(QStringLiteral("2026/3/10")), QDate(2026, 3, 10));
    QCOMPARE(DateText::parse(QStringLiteral("20260310")), QDate(2026, 3, 10));
    QCOMPARE(DateText::parse(QStringLiteral(" 2026年3月10日 ")), QDate(2026, 3, 10));
    QVERIFY(!DateText::parse(QStringLiteral("2026-02-30")).isValid());
    QVERIFY(!DateText::parse(QStringLiteral("0260310")).isValid());
    QVERIFY(!DateText::parse(QString()).isValid());
}

void TestEntry::defaultKindIsTrainingAndRemembered()
{
    Activity a;
    a.staffId = person(QStringLiteral("周明平"), 1);
    a.year = 2026;
    {
        ActivityDialog dialog(m_context, a);
        // Anhui's table starts with 国家级科技奖励 (= the whole year); the form must not.
        QCOMPARE(dialog.form()->currentKind()->id, QStringLiteral("training"));
        auto *kind = GuiTest::child<QComboBox>(&dialog, "activityKind");
        QCOMPARE(kind->itemData(1).toString(), QStringLiteral("courseware"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("conference")));
        GuiTest::child<QLineEdit>(&dialog, "activityTitle")->setText(QStringLiteral("省医学年会"));
        QVERIFY2(dialog.form()->credit().ok(), qPrintable(dialog.form()->credit().error));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        ActivityDialog dialog(m_context, a); // the last kind used
        QCOMPARE(dialog.form()->currentKind()->id, QStringLiteral("conference"));
    }
    {
        BatchActivityDialog batch(m_context);
        QCOMPARE(batch.form()->currentKind()->id, QStringLiteral("conference"));
        batch.form()->selectCommonestKind(); // the registry's "record training" button
        QCOMPARE(batch.form()->currentKind()->id, QStringLiteral("training"));
    }
}

void TestEntry::fullYearKindAsksBeforeSaving()
{
    Activity a;
    a.staffId = person(QStringLiteral("吴敏"), 2);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    auto *kind = GuiTest::child<QComboBox>(&dialog, "activityKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("award_national")));
    GuiTest::child<QLineEdit>(&dialog, "activityTitle")->setText(QStringLiteral("只填了名称"));
    QVERIFY(dialog.form()->credit().fullYear);
    m_prompter.answer = false;
    dialog.accept();
    QVERIFY2(m_prompter.questions.size() >= 1 && m_prompter.questions.first().contains(QStringLiteral("whole year")),
             qPrintable(m_prompter.questions.join(QLatin1Char('\n'))));
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 0);
    QVERIFY(dialog.result() != QDialog::Accepted);
    m_prompter.answer = true;
    dialog.accept();
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 1);
}

void TestEntry::typedDatesAndTabLeaves()
{
    Activity a;
    a.staffId = person(QStringLiteral("刘洋"), 3);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    (void)QTest::qWaitForWindowActive(&dialog);
    auto *start = GuiTest::child<DateLineEdit>(&dialog, "activityStart");
    auto *end = GuiTest::child<DateLineEdit>(&dialog, "activityEnd");
    for (const QString &typed : {QStringLiteral("2026-03-10"), QStringLiteral("2026/3/10"), QStringLiteral("20260310")}) {
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        start->selectAll();
        QTest::keyClicks(start, typed);
        QCOMPARE(start->date(), QDate(2026, 3, 10));
        QTest::keyClick(start, Qt::Key_Tab);
        QTRY_VERIFY(!start->hasFocus()); // Tab leaves the field
        QCOMPARE(start->text(), QStringLiteral("2026-03-10")); // read back in one form
        QCOMPARE(dialog.form()->activity().startDate, QDate(2026, 3, 10));
    }
    QVERIFY(end->hasFocus());
    // Garbage is not a date, and is not silently turned into one.
    start->setText(QStringLiteral("0260310x"));
    QVERIFY(start->hasInvalidText());
    QVERIFY(!dialog.form()->activity().startDate.isValid());
    // The calendar opens in the activity's year when no date is given.
    start->clear();
    start->setCalendarYear(2024);
    start->showCalendar();
    QCOMPARE(start->calendar()->yearShown(), 2024);
    start->calendar()->hide();
    start->setCalendarYear(2026);
    start->showCalendar();
    QCOMPARE(start->calendar()->yearShown(), 2026);
    QCOMPARE(start->calendar()->monthShown(), 6); // today
    start->calendar()->hide();
}

void TestEntry::endFollowsStartAndDaysFromDates()
{
    Activity a;
    a.staffId = person(QStringLiteral("何静"), 4);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    auto *start = GuiTest::child<DateLineEdit>(&dialog, "activityStart");
    auto *end = GuiTest::child<DateLineEdit>(&dialog, "activityEnd");
    start->setText(QStringLiteral("2026-03-10"));
    QCOMPARE(end->date(), QDate(2026, 3, 10)); // end defaults to the start
    auto *days = GuiTest::child<QDoubleSpinBox>(&dialog, "input_days");
    QVERIFY(days);
    QCOMPARE(days->value(), 1.0);
    end->setText(QStringLiteral("2026-03-12"));
    QCOMPARE(days->value(), 3.0); // filled from the dates
    days->setValue(2.5);          // still editable: a typed figure is kept
    end->setText(QStringLiteral("2026-03-13"));
    QCOMPARE(days->value(), 2.5);
    start->setText(QStringLiteral("2026-03-20")); // after the end: the end follows
    QCOMPARE(end->date(), QDate(2026, 3, 20));
}

void TestEntry::escOnChangedFormAsksAndCancelKeeps()
{
    Activity a;
    a.staffId = person(QStringLiteral("陈刚"), 5);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = GuiTest::child<QLineEdit>(&dialog, "activityTitle");
    title->setText(QStringLiteral("已经输入的培训名称"));
    m_prompter.closeChoice = Prompter::CloseChoice::Cancel;
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(m_prompter.closeQuestions.size(), 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(title->text(), QStringLiteral("已经输入的培训名称"));
    // ✕ (close event) asks the same.
    dialog.close();
    QCOMPARE(m_prompter.closeQuestions.size(), 2);
    QVERIFY(dialog.isVisible());
    // 保存 saves (3 days of training) and closes.
    GuiTest::child<QDoubleSpinBox>(&dialog, "input_days")->setValue(3);
    m_prompter.closeChoice = Prompter::CloseChoice::Save;
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 1);

    // Batch dialog: 放弃 closes without saving.
    BatchActivityDialog batch(m_context);
    batch.show();
    QVERIFY(QTest::qWaitForWindowExposed(&batch));
    batch.picker()->choose(a.staffId, QStringLiteral("陈刚"));
    m_prompter.closeChoice = Prompter::CloseChoice::Cancel;
    QTest::keyClick(&batch, Qt::Key_Escape);
    QCOMPARE(m_prompter.closeQuestions.size(), 4);
    QVERIFY(batch.isVisible());
    QCOMPARE(batch.picker()->chosen().size(), 1);
    m_prompter.closeChoice = Prompter::CloseChoice::Discard;
    QTest::keyClick(&batch, Qt::Key_Escape);
    QVERIFY(!batch.isVisible());
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 1);
}

void TestEntry::escOnUnchangedFormCloses()
{
    Activity a;
    a.staffId = person(QStringLiteral("王五"), 6);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(m_prompter.closeQuestions.isEmpty());
    QVERIFY(!dialog.isVisible());
}

void TestEntry::staffDialogAsksToo()
{
    StaffDialog dialog(m_db->connection(), m_unit, Staff());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTest::child<QLineEdit>(&dialog, "staffName")->setText(QStringLiteral("新同事"));
    m_prompter.closeChoice = Prompter::CloseChoice::Cancel;
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(m_prompter.closeQuestions.size(), 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(GuiTest::child<QLineEdit>(&dialog, "staffName")->text(), QStringLiteral("新同事"));

    UnitDialog unit(m_db->connection(), m_context->unit(), false);
    unit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unit));
    GuiTest::child<QLineEdit>(&unit, "unitName")->setText(QStringLiteral("改了名字的单位"));
    QTest::keyClick(&unit, Qt::Key_Escape);
    QCOMPARE(m_prompter.closeQuestions.size(), 2);
    QVERIFY(unit.isVisible());
}

void TestEntry::zeroHoursRefused()
{
    Activity a;
    a.staffId = person(QStringLiteral("赵六"), 7);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    GuiTest::child<QLineEdit>(&dialog, "activityTitle")->setText(QStringLiteral("零天培训"));
    GuiTest::child<QDoubleSpinBox>(&dialog, "input_days")->setValue(0);
    dialog.accept();
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY2(m_prompter.warnings.first().contains(QStringLiteral("0 hours")), qPrintable(m_prompter.warnings.first()));
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 0);
    // The batch form refuses it too.
    BatchActivityDialog batch(m_context);
    batch.picker()->choose(a.staffId, QStringLiteral("赵六"));
    GuiTest::child<QDoubleSpinBox>(&batch, "input_days")->setValue(0);
    batch.accept();
    QCOMPARE(m_prompter.warnings.size(), 2);
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 0);
}

void TestEntry::dateOutsideYearNeedsConfirmation()
{
    Activity a;
    a.staffId = person(QStringLiteral("孙七"), 8);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    GuiTest::child<QLineEdit>(&dialog, "activityTitle")->setText(QStringLiteral("九二年的培训"));
    GuiTest::child<DateLineEdit>(&dialog, "activityStart")->setText(QStringLiteral("1992-05-01"));
    GuiTest::child<QDoubleSpinBox>(&dialog, "input_days")->setValue(2);
    m_prompter.answer = false;
    dialog.accept();
    QVERIFY2(!m_prompter.questions.isEmpty() && m_prompter.questions.last().contains(QStringLiteral("1992-05-01")),
             qPrintable(m_prompter.questions.join(QLatin1Char('\n'))));
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 0);
    m_prompter.answer = true;
    dialog.accept();
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 1);
}

void TestEntry::undatedActivityNeedsConfirmation()
{
    Activity a;
    a.staffId = person(QStringLiteral("钱八"), 21);
    a.year = 2026;
    ActivityDialog dialog(m_context, a);
    GuiTest::child<QLineEdit>(&dialog, "activityTitle")->setText(QStringLiteral("没有日期的培训"));
    GuiTest::child<DateLineEdit>(&dialog, "activityStart")->setText(QString());
    GuiTest::child<DateLineEdit>(&dialog, "activityEnd")->setText(QString());
    GuiTest::child<QDoubleSpinBox>(&dialog, "input_days")->setValue(2);
    const qsizetype asked = m_prompter.questions.size();
    m_prompter.answer = false;
    dialog.accept();
    QCOMPARE(m_prompter.questions.size(), asked + 1);
    QVERIFY2(m_prompter.questions.last().contains(QStringLiteral("No date")) || m_prompter.questions.last().contains(QStringLiteral("日期")),
             qPrintable(m_prompter.questions.last()));
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 0);
    m_prompter.answer = true;
    dialog.accept();
    QCOMPARE(ActivityRepository(m_db->connection()).list(a.staffId).size(), 1);
}

void TestEntry::multiDeleteIsOneTransaction()
{
    const qint64 p1 = person(QStringLiteral("甲"), 9), p2 = person(QStringLiteral("乙"), 10), p3 = person(QStringLiteral("丙"), 11);
    ActivityRepository repo(m_db->connection());
    QList<qint64> ids;
    QString error;
    QVERIFY(repo.insertForMany(training(0, 2), {p1, p2, p3}, &ids, &error));
    QVERIFY(YearLockRepository(m_db->connection()).submit(p3, 2026, &error));
    // One locked year refuses the whole delete, naming the person; nothing is deleted.
    QVERIFY(!repo.removeMany(ids, &error));
    QVERIFY2(error.contains(QStringLiteral("丙")), qPrintable(error));
    QCOMPARE(repo.listForYear(m_unit, 2026).size(), 3);

    ActivityPage page(m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.table();
    QTRY_COMPARE(page.model()->rowCount(), 3);
    // Select the two open rows and press Delete: one confirmation, one transaction.
    QItemSelection both;
    for (int row = 0; row < 3; ++row) {
        if (!page.model()->isLocked(row))
            both.select(page.model()->index(row, 0), page.model()->index(row, UnitActivityModel::ColumnCount - 1));
    }
    table->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setFocus();
    QSqlQuery before(m_db->connection());
    QVERIFY(before.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && before.next());
    const int auditBefore = before.value(0).toInt();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.first().contains(QLatin1String("2")), qPrintable(m_prompter.questions.first()));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(repo.listForYear(m_unit, 2026).size(), 1);
    QSqlQuery after(m_db->connection());
    QVERIFY(after.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && after.next());
    QCOMPARE(after.value(0).toInt(), auditBefore + 2); // each delete audited
    // The locked one: refused before any question.
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_prompter.questions.size(), 1);
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY(m_prompter.warnings.first().contains(QStringLiteral("丙")));
}

void TestEntry::lockedBatchNamesThePeople()
{
    const qint64 p1 = person(QStringLiteral("钱一"), 12), p2 = person(QStringLiteral("冯二"), 13);
    QString error;
    QVERIFY(YearLockRepository(m_db->connection()).submit(p2, 2026, &error));
    BatchActivityDialog batch(m_context);
    batch.picker()->choose(p1, QStringLiteral("钱一"));
    batch.picker()->choose(p2, QStringLiteral("冯二"));
    GuiTest::child<QLineEdit>(&batch, "activityTitle")->setText(QStringLiteral("院内培训"));
    GuiTest::child<QDoubleSpinBox>(&batch, "input_days")->setValue(1);
    batch.accept();
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY2(m_prompter.warnings.first().contains(QStringLiteral("冯二")), qPrintable(m_prompter.warnings.first()));
    QCOMPARE(ActivityRepository(m_db->connection()).list(p1).size(), 0);
}

void TestEntry::selectWholeBatchEntry()
{
    const qint64 p1 = person(QStringLiteral("褚一"), 14), p2 = person(QStringLiteral("卫二"), 15);
    ActivityRepository repo(m_db->connection());
    QList<qint64> ids;
    QString error;
    QVERIFY(repo.insertForMany(training(0, 2), {p1, p2}, &ids, &error));
    Activity other = training(p1, 1, QStringLiteral("另一项"));
    QVERIFY(repo.insert(other, &error));
    ActivityPage page(m_context);
    QTRY_COMPARE(page.model()->rowCount(), 3);
    int batchRow = -1;
    for (int r = 0; r < 3; ++r) {
        if (page.model()->activity(r).title != QStringLiteral("另一项"))
            batchRow = r;
    }
    page.table()->setCurrentIndex(page.model()->index(batchRow, 0));
    page.selectSameEntry();
    QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 2);
    page.removeActivity();
    QCOMPARE(m_prompter.questions.size(), 1);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->activity(0).title, QStringLiteral("另一项"));
}

void TestEntry::countedColumnAndLockMarker()
{
    // Anhui counts only the highest conversion item of the year: two trainings (one item) count,
    // a conference (another item, fewer hours) does not — the list must say so.
    const qint64 p = person(QStringLiteral("蒋三"), 16);
    ActivityRepository repo(m_db->connection());
    QString error;
    Activity t = training(p, 5);
    QVERIFY(repo.insert(t, &error));
    Activity c;
    c.staffId = p;
    c.year = 2026;
    c.kind = QStringLiteral("conference");
    c.title = QStringLiteral("学术会议");
    c.params = QJsonObject{{QStringLiteral("level"), QStringLiteral("national")}};
    c.subject = QStringLiteral("professional");
    QVERIFY2(repo.insert(c, &error), qPrintable(error));
    QVERIFY(YearLockRepository(m_db->connection()).submit(p, 2026, &error));
    UnitActivityModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QStringList counted, reasons;
    for (int r = 0; r < 2; ++r) {
        counted << model.data(model.index(r, UnitActivityModel::Counted)).toString();
        reasons << model.data(model.index(r, UnitActivityModel::Reason)).toString();
        QCOMPARE(model.data(model.index(r, UnitActivityModel::Locked)).toString(), QStringLiteral("Locked"));
    }
    QVERIFY2(counted.contains(QStringLiteral("Yes")) && counted.contains(QStringLiteral("No")), qPrintable(counted.join(QLatin1Char(','))));
    QVERIFY(!reasons.join(QString()).isEmpty());
    // Header sorting by the computed column keeps all rows.
    model.sort(UnitActivityModel::Counted, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, UnitActivityModel::Counted)).toString(), QStringLiteral("Yes"));
    model.sort(UnitActivityModel::Person, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 2);
}

void TestEntry::everyRuleSetOpensOnACommonKind()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        const QList<const ActivityKind *> kinds = set.kindsForEntry();
        QCOMPARE(kinds.size(), set.kinds().size()); // nothing dropped
        const ActivityKind *first = kinds.first();
        // The safe default: a study kind, never a conversion that credits the whole year.
        QVERIFY2(first->id.contains(QLatin1String("training")) || first->id.contains(QLatin1String("learning")),
                 qPrintable(set.id() + QLatin1Char(' ') + first->id));
        QVERIFY2(!first->formula.value(QLatin1String("type")).toString().contains(QLatin1String("fullYear")), qPrintable(set.id()));
    }
    // An unknown id in entryOrder is refused with the field named.
    QFile f(QStringLiteral(":/rules/anhui-2025.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("\"entryOrder\": [\"training\"", "\"entryOrder\": [\"no_such_kind\"");
    RuleSet bad;
    QString error;
    QVERIFY(!RuleSetLoader::load(json, QStringLiteral("anhui-2025.json"), &bad, &error));
    QVERIFY2(error.contains(QLatin1String("entryOrder")) && error.contains(QLatin1String("no_such_kind")), qPrintable(error));
}

void TestEntry::lockedActivityRefusedBeforeAsking()
{
    const qint64 p = person(QStringLiteral("沈四"), 17);
    Activity a = training(p, 2);
    QString error;
    QVERIFY(ActivityRepository(m_db->connection()).insert(a, &error));
    QVERIFY(YearLockRepository(m_db->connection()).submit(p, 2026, &error));
    PersonPage page(m_context);
    page.setYear(2026);
    page.setStaff(p);
    QCOMPARE(page.activityModel()->rowCount(), 1);
    page.activityTable()->selectRow(0);
    page.removeActivity();
    QCOMPARE(m_prompter.questions.size(), 0); // not asked first and refused after
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY(m_prompter.warnings.first().contains(QStringLiteral("沈四")));
}

void TestEntry::smallWordings()
{
    QCOMPARE(EvidenceModel::sizeText(600), QStringLiteral("600 bytes"));
    QCOMPARE(EvidenceModel::sizeText(9943), QStringLiteral("9.7 KB"));
    QCOMPARE(EvidenceModel::typeText(QStringLiteral("image/jpeg")), QStringLiteral("Image"));
    QCOMPARE(EvidenceModel::typeText(QStringLiteral("application/pdf")), QStringLiteral("PDF document"));
    // The export is named after the unit and the one year, not "anhui-2025-2026".
    ExportPage exports(m_context);
    const QString name = exports.exportFileName(QStringLiteral("xlsx"));
    QVERIFY2(name.startsWith(QStringLiteral("测试单位 ")) && name.contains(QLatin1String("2026")) && !name.contains(QLatin1String("anhui-2025")),
             qPrintable(name));
    QVERIFY(name.endsWith(QLatin1String(".xlsx")));
    // The cycle check states its conclusion once.
    const qint64 p = person(QStringLiteral("韩五"), 18);
    for (int year = 2020; year <= 2026; ++year) {
        Activity t = training(p, 16);
        t.year = year;
        t.startDate = t.endDate = QDate();
        QString error;
        QVERIFY(ActivityRepository(m_db->connection()).insert(t, &error));
    }
    CycleCheckDialog cycle(m_context);
    cycle.setStaff(p);
    const QString html = cycle.reportHtml();
    QCOMPARE(html.count(QStringLiteral("Verdict")), 1);
    QCOMPARE(html.count(QStringLiteral("结论")), 0);
}

void TestEntry::deadlineLineSaysWhatItCounts()
{
    // Anhui 2025's deadline concerns public subjects, but the set has no separate public minimum:
    // the line must not read "0 people short" under thousands short of the total.
    person(QStringLiteral("朱七"), 20);
    m_context->setYear(2025);
    OverviewPage page(m_context);
    page.show();
    page.refresh();
    auto *deadlines = GuiTest::child<QLabel>(&page, "overviewDeadlines");
    QTRY_VERIFY(!deadlines->text().isEmpty());
    QVERIFY2(deadlines->text().contains(QLatin1String("no separate public minimum")), qPrintable(deadlines->text()));
    QVERIFY(!deadlines->text().contains(QLatin1String("0 people short")));
}

namespace {
// The Alt-letters of a dialog's labels and buttons, with the texts that carry each.
QMap<QChar, QStringList> mnemonics(QWidget *dialog)
{
    QMap<QChar, QStringList> out;
    QStringList texts;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        texts << l->text();
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
        texts << b->text();
    for (QGroupBox *g : dialog->findChildren<QGroupBox *>())
        texts << g->title();
    for (const QString &t : std::as_const(texts)) {
        const int i = t.indexOf(QLatin1Char('&'));
        if (i >= 0 && i + 1 < t.size() && t.at(i + 1) != QLatin1Char('&'))
            out[t.at(i + 1).toUpper()] << t;
    }
    return out;
}

QString duplicates(QWidget *dialog)
{
    QStringList lines;
    const QMap<QChar, QStringList> m = mnemonics(dialog);
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (it.value().size() > 1)
            lines << it.value().join(QStringLiteral(" / "));
    }
    return lines.join(QLatin1Char('\n'));
}
}

void TestEntry::mnemonicsAreUnique()
{
    Activity a;
    a.staffId = person(QStringLiteral("杨六"), 19);
    a.year = 2026;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        if (language != QLatin1String("en"))
            QVERIFY(Translations::install(language));
        ActivityDialog activity(m_context, a);
        QVERIFY2(duplicates(&activity).isEmpty(), qPrintable(language + QLatin1Char(' ') + duplicates(&activity)));
        StaffDialog staff(m_db->connection(), m_unit, Staff());
        QVERIFY2(duplicates(&staff).isEmpty(), qPrintable(language + QLatin1Char(' ') + duplicates(&staff)));
        UnitDialog unit(m_db->connection(), m_context->unit(), false);
        QVERIFY2(duplicates(&unit).isEmpty(), qPrintable(language + QLatin1Char(' ') + duplicates(&unit)));
    }
}

QTEST_MAIN(TestEntry)
#include "test_entry.moc"
