// The clerk's main flows through the real widgets, offscreen: first-start setup, adding a person
// (a bad ID is rejected with a message), adding an activity with live credit and explanation,
// attaching evidence (dialog and drag-and-drop), locking a year, filtering the registry.
#include "ActivityDialog.h"
#include "ActivityForm.h"
#include "AppContext.h"
#include "ActivityPage.h"
#include "BatchActivityDialog.h"
#include "StaffPicker.h"
#include "EvidencePanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PersonPage.h"
#include "CycleCheckDialog.h"
#include "OverviewPage.h"
#include "ShortfallModel.h"
#include "RosterImportDialog.h"
#include "StaffDialog.h"
#include "StaffPage.h"
#include "StaffTableModel.h"
#include "TestSupport.h"
#include "UnitDialog.h"
#include "YearActivityModel.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "OperatorNameDialog.h"
#include "storage/EvidenceStore.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QtTest>

class TestGuiFlows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartSetup();
    void addPersonRejectsBadId();
    void addActivityShowsCreditAndExplanation();
    void attachEvidence();
    void lockedYearRefusesEdits();
    void filterRegistry();
    void importRoster();
    void batchEntry();
    void overviewAndCycleCheck();
    void remembersSectionAndYear();
    void evidenceChecklistFollowsTheKind();

private:
    qint64 addPersonWithActivity(qint64 *activityId);
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(9, 0))};
    Database *m_db = nullptr;
    int m_dbCount = 0;
};

void TestGuiFlows::initTestCase()
{
    GuiTest::isolate(QStringLiteral("test_gui_flows"));
    Clock::setCurrent(&m_clock);
    Prompter::setCurrent(&m_prompter);
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2025);
}

void TestGuiFlows::init()
{
    m_prompter = TestPrompter();
    m_db = new Database;
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("flow%1.sqlite").arg(++m_dbCount))));
}

void TestGuiFlows::cleanup()
{
    delete m_db;
    m_db = nullptr;
}

void TestGuiFlows::firstStartSetup()
{
    MainWindow window(m_db);
    window.show();
    QVERIFY(!window.context()->hasUnit());
    bool badCodeBlocked = false;
    GuiTest::onModal<UnitDialog>([&](UnitDialog *d) {
        GuiTest::child<QLineEdit>(d, "unitName")->insert(QStringLiteral("合肥市第一人民医院"));
        auto *code = GuiTest::child<QLineEdit>(d, "unitCreditCode");
        QTest::keyClicks(code, QStringLiteral("91340100MA2NXQ8T1A")); // wrong check character
        auto *ok = GuiTest::child<QPushButton>(d, "unitOk");
        badCodeBlocked = !ok->isEnabled()
            && GuiTest::child<QLabel>(d, "unitCreditCodeHint")->text().contains(QLatin1String("Y"));
        code->clear();
        QTest::keyClicks(code, QStringLiteral("91340100ma2nxq8t1y"));
        auto *rules = GuiTest::child<QComboBox>(d, "unitRuleSet");
        rules->setCurrentIndex(rules->findData(QStringLiteral("hunan-2025")));
        GuiTest::child<QLineEdit>(d, "unitContactPerson")->insert(QStringLiteral("王芳"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    bool operatorAsked = false;
    GuiTest::onModal<OperatorNameDialog>([&](OperatorNameDialog *d) {
        operatorAsked = true;
        auto *name = GuiTest::child<QLineEdit>(d, "operatorNameEdit");
        name->clear();
        operatorAsked = !GuiTest::child<QPushButton>(d, "operatorNameOk")->isEnabled(); // required
        name->insert(QStringLiteral("王芳"));
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "operatorNameOk"), Qt::LeftButton);
    });
    QVERIFY(window.ensureUnit());
    QVERIFY(operatorAsked);
    QCOMPARE(QSettings().value(QStringLiteral("operator/name")).toString(), QStringLiteral("王芳"));
    QVERIFY(badCodeBlocked);
    QVERIFY(window.context()->hasUnit());
    QCOMPARE(window.context()->unit().creditCode, QStringLiteral("91340100MA2NXQ8T1Y"));
    QCOMPARE(window.context()->unit().ruleSet, QStringLiteral("hunan-2025"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("合肥市第一人民医院")));
    // The empty registry says how to start.
    QTRY_VERIFY(GuiTest::child<QWidget>(&window, "staffEmpty")->isVisible());
    QVERIFY(window.ensureUnit()); // no second dialog
}

void TestGuiFlows::addPersonRejectsBadId()
{
    GuiTest::makeUnit(*m_db);
    MainWindow window(m_db);
    window.show();
    const QString good = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 3, 12), 123);
    QString bad = good.left(17) + (good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    bool stayedOpen = false, savedByShortcut = false;
    QString hintForGood;
    GuiTest::onModal<StaffDialog>([&](StaffDialog *d) {
        auto *id = GuiTest::child<QLineEdit>(d, "staffIdNumber");
        QTest::keyClicks(id, bad);
        GuiTest::child<QLineEdit>(d, "staffName")->insert(QStringLiteral("李雷"));
        GuiTest::child<QComboBox>(d, "staffDepartment")->setCurrentText(QStringLiteral("内科"));
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "staffSave"), Qt::LeftButton);
        stayedOpen = d->isVisible() && !GuiTest::child<QLabel>(d, "staffError")->text().isEmpty();
        id->clear();
        QTest::keyClicks(id, good);
        hintForGood = GuiTest::child<QLabel>(d, "staffIdHint")->text();
        // Shortcuts reach the active window only; activation is asynchronous.
        QTRY_VERIFY_WITH_TIMEOUT((d->activateWindow(), d->isActiveWindow()), 10000);
        QTest::keyClick(id, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        savedByShortcut = !d->isVisible();
        if (!savedByShortcut)
            qWarning("still open: error '%s', active %d, focus %s", qPrintable(GuiTest::child<QLabel>(d, "staffError")->text()),
                     d->isActiveWindow(), QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    });
    // Ctrl+N opens the dialog from anywhere in the window.
    QTRY_VERIFY_WITH_TIMEOUT((window.activateWindow(), window.isActiveWindow()), 10000);
    QTest::keyClick(window.staffPage()->table(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(stayedOpen);
    QVERIFY(savedByShortcut);
    QTRY_COMPARE(window.staffPage()->model()->totalCount(), 1);
    GuiTest::onModal<StaffDialog>([&](StaffDialog *d) {
        // The same ID again: refused (unique per unit), with a message.
        QTest::keyClicks(GuiTest::child<QLineEdit>(d, "staffIdNumber"), good);
        GuiTest::child<QLineEdit>(d, "staffName")->insert(QStringLiteral("李雷"));
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "staffSave"), Qt::LeftButton);
        d->reject();
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(&window, "addStaffButton"), Qt::LeftButton);
    QCOMPARE(m_prompter.warnings.size(), 2);
    QVERIFY2(m_prompter.warnings.last().contains(QLatin1String("already")), qPrintable(m_prompter.warnings.last()));
    QVERIFY2(m_prompter.warnings.first().contains(QLatin1String("check digit")), qPrintable(m_prompter.warnings.first()));
    QVERIFY2(hintForGood.contains(QLatin1String("1985-03-12")) && hintForGood.contains(QStringLiteral("男")), qPrintable(hintForGood));
    StaffTableModel *model = window.staffPage()->model();
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->data(model->index(0, StaffQuery::Name)).toString(), QStringLiteral("李雷"));
    QCOMPARE(model->data(model->index(0, StaffQuery::Gender)).toString(), QStringLiteral("男"));
    QCOMPARE(GuiTest::child<QLabel>(&window, "staffCount")->text(), QStringLiteral("People: 1"));
}

void TestGuiFlows::addActivityShowsCreditAndExplanation()
{
    const qint64 unit = GuiTest::makeUnit(*m_db);
    const qint64 staff = GuiTest::makeStaff(*m_db, unit, QStringLiteral("韩梅梅"),
                                            TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1990, 5, 6), 124),
                                            QStringLiteral("外科"));
    MainWindow window(m_db);
    window.show();
    window.openPerson(staff);
    PersonPage *page = window.personPage();
    QCOMPARE(page->staffId(), staff);
    QString hours, explanation;
    GuiTest::onModal<ActivityDialog>([&](ActivityDialog *d) {
        auto *kind = GuiTest::child<QComboBox>(d, "activityKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
        GuiTest::child<QLineEdit>(d, "activityTitle")->insert(QStringLiteral("全省医院管理培训班"));
        auto *days = GuiTest::child<QDoubleSpinBox>(d, "input_days");
        QVERIFY(days);
        days->setValue(3);
        hours = GuiTest::child<QLabel>(d, "activityHours")->text();
        explanation = GuiTest::child<QLabel>(d, "activityExplanation")->text();
        // Evidence attached before the first save waits, then goes into the store with it.
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "evidenceAttach"), Qt::LeftButton);
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "activitySave"), Qt::LeftButton);
    });
    const QString certificate = m_dir.filePath(QStringLiteral("培训证书.jpg"));
    {
        QFile f(certificate);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("JPEG");
    }
    m_prompter.files = {certificate};
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personAddActivity"), Qt::LeftButton);
    QVERIFY2(m_prompter.warnings.isEmpty(), qPrintable(m_prompter.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(hours.startsWith(QLatin1String("18")), qPrintable(hours));
    QVERIFY2(explanation.contains(QStringLiteral("第十二条（十）")), qPrintable(explanation));
    QTRY_COMPARE(page->activityModel()->rowCount(), 1);
    YearActivityModel *model = page->activityModel();
    QCOMPARE(model->data(model->index(0, YearActivityModel::Hours)).toString(), QStringLiteral("18"));
    QVERIFY(model->data(model->index(0, YearActivityModel::Explanation)).toString().contains(QStringLiteral("第十二条（十）")));
    const QList<Activity> saved = ActivityRepository(m_db->connection()).list(staff, 2025);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(ActivityRepository(m_db->connection()).evidenceCount(saved.first().id), 1);
    QCOMPARE(model->data(model->index(0, YearActivityModel::Evidence)).toInt(), 1);
}

qint64 TestGuiFlows::addPersonWithActivity(qint64 *activityId)
{
    const qint64 unit = GuiTest::makeUnit(*m_db);
    const qint64 staff = GuiTest::makeStaff(*m_db, unit, QStringLiteral("张伟"),
                                            TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1979, 11, 30), 135),
                                            QStringLiteral("药剂科"));
    Activity a;
    a.staffId = staff;
    a.year = 2025;
    a.kind = QStringLiteral("training");
    a.title = QStringLiteral("药事管理培训");
    a.params = QJsonObject{{QStringLiteral("days"), 2}};
    a.subject = QStringLiteral("professional");
    QString error;
    if (!ActivityRepository(m_db->connection()).insert(a, &error))
        qWarning("%s", qPrintable(error));
    *activityId = a.id;
    return staff;
}

void TestGuiFlows::attachEvidence()
{
    qint64 activityId = 0;
    const qint64 staff = addPersonWithActivity(&activityId);
    const QString certificate = m_dir.filePath(QStringLiteral("结业证书.pdf"));
    const QString photo = m_dir.filePath(QStringLiteral("photo.png"));
    for (const QString &path : {certificate, photo}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(path.toUtf8());
    }
    MainWindow window(m_db);
    window.show();
    window.openPerson(staff);
    PersonPage *page = window.personPage();
    QTRY_COMPARE(page->activityModel()->rowCount(), 1);
    page->activityTable()->selectRow(0);
    m_prompter.files = {certificate};
    int filesAfterDialog = 0, filesAfterDrop = 0;
    GuiTest::onModal<ActivityDialog>([&](ActivityDialog *d) {
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "evidenceAttach"), Qt::LeftButton);
        filesAfterDialog = d->evidence()->fileCount();
        // Drag-and-drop of a file from the desktop.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(photo)});
        EvidencePanel *panel = d->evidence();
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &drop);
        filesAfterDrop = panel->fileCount();
        d->reject();
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personEditActivity"), Qt::LeftButton);
    QCOMPARE(filesAfterDialog, 1);
    QCOMPARE(filesAfterDrop, 2);
    EvidenceStore store(m_db->connection(), m_db->evidenceDir());
    const QList<EvidenceStore::Item> items = store.list(activityId);
    QCOMPARE(items.size(), 2);
    QVERIFY(QFile::exists(store.filePath(items.first().sha256)));
    QCOMPARE(items.first().originalName, QStringLiteral("结业证书.pdf"));
    QTRY_COMPARE(page->activityModel()->data(page->activityModel()->index(0, YearActivityModel::Evidence)).toInt(), 2);
}

void TestGuiFlows::lockedYearRefusesEdits()
{
    qint64 activityId = 0;
    const qint64 staff = addPersonWithActivity(&activityId);
    MainWindow window(m_db);
    window.show();
    window.openPerson(staff);
    PersonPage *page = window.personPage();
    m_prompter.answer = true;
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personSubmitYear"), Qt::LeftButton);
    QVERIFY(YearLockRepository(m_db->connection()).isLocked(staff, 2025));
    QTRY_VERIFY(GuiTest::child<QLabel>(page, "personLock")->isVisible());
    QVERIFY(!GuiTest::child<QPushButton>(page, "personAddActivity")->isEnabled());
    QVERIFY(GuiTest::child<QPushButton>(page, "personReopenYear")->isEnabled());

    // The activity opens read-only with the lock shown; the store refuses a change too.
    page->activityTable()->selectRow(0);
    bool saveDisabled = false, lockShown = false;
    GuiTest::onModal<ActivityDialog>([&](ActivityDialog *d) {
        saveDisabled = !GuiTest::child<QPushButton>(d, "activitySave")->isEnabled();
        lockShown = GuiTest::child<QLabel>(d, "activityLock")->isVisible();
        d->accept(); // even forced, the repository refuses
        d->reject();
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personEditActivity"), Qt::LeftButton);
    QVERIFY(saveDisabled);
    QVERIFY(lockShown);
    QVERIFY(!m_prompter.warnings.isEmpty());
    QVERIFY2(m_prompter.warnings.last().contains(QLatin1String("locked")), qPrintable(m_prompter.warnings.last()));

    // Reopen needs a reason, and is audited.
    m_prompter.textAnswer = QStringLiteral("  ");
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personReopenYear"), Qt::LeftButton);
    QVERIFY(YearLockRepository(m_db->connection()).isLocked(staff, 2025));
    m_prompter.textAnswer = QStringLiteral("证书日期录入错误");
    QTest::mouseClick(GuiTest::child<QPushButton>(page, "personReopenYear"), Qt::LeftButton);
    QVERIFY(!YearLockRepository(m_db->connection()).isLocked(staff, 2025));
    QCOMPARE(YearLockRepository(m_db->connection()).state(staff, 2025).reopenReason, QStringLiteral("证书日期录入错误"));
    QTRY_VERIFY(GuiTest::child<QPushButton>(page, "personAddActivity")->isEnabled());
}

void TestGuiFlows::filterRegistry()
{
    const qint64 unit = GuiTest::makeUnit(*m_db);
    const QStringList names{QStringLiteral("赵一"), QStringLiteral("钱二"), QStringLiteral("孙三"), QStringLiteral("李四")};
    QString lastId;
    for (int i = 0; i < names.size(); ++i) {
        lastId = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980 + i, 2, 2), 101 + i);
        GuiTest::makeStaff(*m_db, unit, names.at(i), lastId, i % 2 ? QStringLiteral("内科") : QStringLiteral("外科"),
                           i < 2 ? QStringLiteral("初级") : QStringLiteral("副高级"));
    }
    MainWindow window(m_db);
    window.show();
    StaffTableModel *model = window.staffPage()->model();
    QCOMPARE(model->totalCount(), 4);
    auto *search = GuiTest::child<QLineEdit>(&window, "staffSearch");
    search->insert(QStringLiteral("孙"));
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(GuiTest::child<QLabel>(&window, "staffCount")->text(), QStringLiteral("People: 1"));
    search->clear();
    QTRY_COMPARE(model->totalCount(), 4);
    QTest::keyClicks(search, lastId.right(6));
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->data(model->index(0, StaffQuery::Name)).toString(), QStringLiteral("李四"));
    search->clear();
    QTRY_COMPARE(model->totalCount(), 4);
    auto *department = GuiTest::child<QComboBox>(&window, "filterDepartment");
    department->setCurrentIndex(department->findData(QStringLiteral("内科")));
    QTRY_COMPARE(model->totalCount(), 2);
    auto *level = GuiTest::child<QComboBox>(&window, "filterTitleLevel");
    level->setCurrentIndex(level->findData(QStringLiteral("副高级")));
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->data(model->index(0, StaffQuery::Name)).toString(), QStringLiteral("李四"));
    // ID numbers are masked in the list unless the setting is turned off.
    QVERIFY(model->data(model->index(0, StaffQuery::IdNumber)).toString().contains(QLatin1String("**********")));
    GuiTest::child<QCheckBox>(&window, "settingsMaskIds")->setChecked(false);
    QCOMPARE(model->data(model->index(0, StaffQuery::IdNumber)).toString(), lastId);
    QCOMPARE(QSettings().value(QStringLiteral("ui/maskIds")).toBool(), false);
    GuiTest::child<QCheckBox>(&window, "settingsMaskIds")->setChecked(true);
    // Opening the row shows the person's page with the full ID number.
    window.staffPage()->table()->setCurrentIndex(model->index(0, 0));
    emit window.staffPage()->table()->activated(model->index(0, 0));
    QCOMPARE(window.personPage()->staffId(), model->staffId(0));
    QTRY_VERIFY(GuiTest::child<QLabel>(window.personPage(), "personProfile")->text().contains(lastId));
}

void TestGuiFlows::importRoster()
{
    GuiTest::makeUnit(*m_db);
    const QString a = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1988, 8, 8), 101);
    const QString b = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1989, 9, 9), 102);
    auto writeCsv = [&](const QString &name, const QString &secondId) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("姓名,身份证号码,部门\n周一,%1,内科\n吴二,%2,外科\n").arg(a, secondId).toUtf8());
        return path;
    };
    MainWindow window(m_db);
    window.show();
    // A bad check digit in row 3: the report names the row, nothing is imported.
    m_prompter.files = {writeCsv(QStringLiteral("bad.csv"), b.left(17) + (b.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0')))};
    int errorRows = -1;
    QString errorRow;
    bool importEnabled = true;
    GuiTest::onModal<RosterImportDialog>([&](RosterImportDialog *d) {
        auto *table = GuiTest::child<QTableWidget>(d, "rosterErrors");
        errorRows = table->rowCount();
        errorRow = table->item(0, 0)->text();
        importEnabled = GuiTest::child<QPushButton>(d, "rosterApply")->isEnabled();
        d->reject();
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(&window, "importRosterButton"), Qt::LeftButton);
    QCOMPARE(errorRows, 1);
    QCOMPARE(errorRow, QStringLiteral("3"));
    QVERIFY(!importEnabled);
    QCOMPARE(window.staffPage()->model()->totalCount(), 0);
    // A clean file imports both people.
    m_prompter.files = {writeCsv(QStringLiteral("good.csv"), b)};
    GuiTest::onModal<RosterImportDialog>([&](RosterImportDialog *d) {
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "rosterApply"), Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(&window, "importRosterButton"), Qt::LeftButton);
    QTRY_COMPARE(window.staffPage()->model()->totalCount(), 2);
    // The template the clerk fills in (saved where the save dialog says).
    QDir::setCurrent(m_dir.path());
    window.findChild<QAction *>(QStringLiteral("actionSaveTemplate"))->trigger();
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("roster-template.xlsx"))));
}

void TestGuiFlows::batchEntry()
{
    const qint64 unit = GuiTest::makeUnit(*m_db);
    for (int i = 0; i < 5; ++i)
        GuiTest::makeStaff(*m_db, unit, QStringLiteral("护士%1").arg(i),
                           TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1992, 1, 1 + i), 102), QStringLiteral("护理部"));
    MainWindow window(m_db);
    window.show();
    window.showSection(MainWindow::Activities);
    GuiTest::onModal<BatchActivityDialog>([&](BatchActivityDialog *d) {
        QTableView *table = d->picker()->table();
        QTRY_COMPARE(table->model()->rowCount(), 5);
        table->selectAll();
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "pickerAdd"), Qt::LeftButton);
        auto *kind = GuiTest::child<QComboBox>(d, "activityKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
        GuiTest::child<QLineEdit>(d, "activityTitle")->insert(QStringLiteral("护理质量培训班"));
        GuiTest::child<QDoubleSpinBox>(d, "input_days")->setValue(2);
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "batchSave"), Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(window.activityPage(), "activityBatchButton"), Qt::LeftButton);
    QVERIFY2(m_prompter.warnings.isEmpty(), qPrintable(m_prompter.warnings.join(QLatin1Char('\n'))));
    auto *count = GuiTest::child<QLabel>(window.activityPage(), "activityCount");
    QTRY_COMPARE(count->text(), QStringLiteral("Activities in 2025: 5"));

    // Delete one entry from the list (confirmed).
    auto *list = GuiTest::child<QTableView>(window.activityPage(), "activityTable");
    list->setCurrentIndex(list->model()->index(0, 0));
    m_prompter.answer = true;
    QTest::mouseClick(GuiTest::child<QPushButton>(window.activityPage(), "activityRemoveButton"), Qt::LeftButton);
    QTRY_COMPARE(count->text(), QStringLiteral("Activities in 2025: 4"));

    // From the registry: the selected people arrive already chosen.
    window.showSection(MainWindow::Staff);
    QTableView *registry = window.staffPage()->table();
    registry->selectionModel()->select(registry->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    registry->selectionModel()->select(registry->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    int preset = 0;
    GuiTest::onModal<BatchActivityDialog>([&](BatchActivityDialog *d) {
        preset = int(d->picker()->chosen().size());
        auto *kind = GuiTest::child<QComboBox>(d, "activityKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("teaching")));
        GuiTest::child<QLineEdit>(d, "activityTitle")->insert(QStringLiteral("院内讲座"));
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "batchSave"), Qt::LeftButton);
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(window.staffPage(), "batchForSelectionButton"), Qt::LeftButton);
    QCOMPARE(preset, 2);
    // The activity section reloads when it is shown (a hidden section only notes it is stale).
    window.showSection(MainWindow::Activities);
    QTRY_COMPARE(count->text(), QStringLiteral("Activities in 2025: 6"));
}

void TestGuiFlows::overviewAndCycleCheck()
{
    qint64 activityId = 0;
    const qint64 staff = addPersonWithActivity(&activityId);
    MainWindow window(m_db);
    window.show();
    window.showSection(MainWindow::Overview);
    OverviewPage *overview = window.overviewPage();
    QTRY_COMPARE(overview->overview().people.size(), 1);
    QCOMPARE(overview->shortfallModel()->rowCount(), 1); // two days of training are not 90 hours
    // Nobody compliant: nothing to submit, and nothing locked.
    QTest::mouseClick(GuiTest::child<QPushButton>(overview, "overviewSubmitCompliant"), Qt::LeftButton);
    QCOMPARE(m_prompter.infos.size(), 1);
    QVERIFY(!YearLockRepository(m_db->connection()).isLocked(staff, 2025));
    // A master's degree obtained this year: 90 professional hours, compliant; submitted in one go.
    const qint64 graduate = GuiTest::makeStaff(*m_db, window.context()->unitId(), QStringLiteral("陈硕"),
                                               TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1993, 7, 7), 246), QStringLiteral("药剂科"));
    Activity degree;
    degree.staffId = graduate;
    degree.year = 2025;
    degree.kind = QStringLiteral("degree");
    degree.params = QJsonObject{{QStringLiteral("level"), QStringLiteral("master")}};
    degree.subject = QStringLiteral("professional");
    QString error;
    QVERIFY2(ActivityRepository(m_db->connection()).insert(degree, &error), qPrintable(error));
    window.context()->notifyDataChanged();
    QTRY_COMPARE(overview->overview().compliant, 1);
    m_prompter.answer = true;
    QTest::mouseClick(GuiTest::child<QPushButton>(overview, "overviewSubmitCompliant"), Qt::LeftButton);
    QVERIFY(YearLockRepository(m_db->connection()).isLocked(graduate, 2025));
    QVERIFY(!YearLockRepository(m_db->connection()).isLocked(staff, 2025));
    auto *table = GuiTest::child<QTableView>(overview, "overviewShortfall");
    emit table->activated(table->model()->index(0, 0));
    QCOMPARE(window.currentSection(), int(MainWindow::Staff));
    QCOMPARE(window.personPage()->staffId(), staff);

    QString report;
    bool pdf = false;
    QDir::setCurrent(m_dir.path());
    GuiTest::onModal<CycleCheckDialog>([&](CycleCheckDialog *d) {
        report = d->reportHtml();
        QTest::mouseClick(GuiTest::child<QPushButton>(d, "cycleSavePdf"), Qt::LeftButton);
        pdf = QFileInfo(m_dir.filePath(QStringLiteral("cycle-check.pdf"))).size() > 1000;
        d->reject();
    });
    QTest::mouseClick(GuiTest::child<QPushButton>(window.personPage(), "personCycleCheck"), Qt::LeftButton);
    QVERIFY2(report.contains(QStringLiteral("张伟")) && report.contains(QLatin1String("2025")), qPrintable(report));
    QVERIFY(pdf);
}

void TestGuiFlows::remembersSectionAndYear()
{
    GuiTest::makeUnit(*m_db);
    {
        MainWindow window(m_db);
        window.show();
        window.showSection(MainWindow::Overview);
        GuiTest::child<QSpinBox>(&window, "yearSpin")->setValue(2024);
        QCOMPARE(window.context()->year(), 2024);
        window.close();
    }
    MainWindow again(m_db);
    QCOMPARE(again.currentSection(), int(MainWindow::Overview));
    QCOMPARE(again.context()->year(), 2024);
    QCOMPARE(GuiTest::child<QSpinBox>(&again, "yearSpin")->value(), 2024);
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2025);
    QSettings().setValue(QStringLiteral("ui/lastSection"), 0);
}

void TestGuiFlows::evidenceChecklistFollowsTheKind()
{
    const qint64 unit = GuiTest::makeUnit(*m_db, QStringLiteral("hunan-2025"));
    const qint64 staff = GuiTest::makeStaff(*m_db, unit, QStringLiteral("刘洋"),
                                            TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1986, 4, 4), 111), QStringLiteral("内科"));
    AppContext context(m_db);
    Activity a;
    a.staffId = staff;
    a.year = 2025;
    ActivityDialog dialog(&context, a);
    auto *kind = GuiTest::child<QComboBox>(&dialog, "activityKind");
    auto *checklist = GuiTest::child<QListWidget>(&dialog, "evidenceChecklist");
    kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
    QCOMPARE(checklist->count(), 2); // Hunan annex 2: notice + timetable + sign-in, or notice + certificate
    QVERIFY(checklist->item(0)->text().contains(QStringLiteral("培训通知")));
    QCOMPARE(checklist->item(0)->flags() & Qt::ItemIsUserCheckable, Qt::ItemIsUserCheckable);
    kind->setCurrentIndex(kind->findData(QStringLiteral("conference")));
    QVERIFY(checklist->item(0)->text().contains(QStringLiteral("邀请函")));
}

QTEST_MAIN(TestGuiFlows)
#include "test_gui_flows.moc"
