// 培训班 section: the models pass QAbstractItemModelTester; the event editor creates an event, adds a
// department, edits 考试结果 in place (credit follows; a locked year is refused and named), imports a
// list through its preview; the activity list shows the event in its last column.
#include "GuiTestSupport.h"

#include "AppContext.h"
#include "EventEditor.h"
#include "EventListModel.h"
#include "EventsPage.h"
#include "ParticipantImportDialog.h"
#include "ParticipantModel.h"
#include "TestSupport.h"
#include "UnitActivityModel.h"
#include "events/EventRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/YearLockRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

class TestGuiEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    static QString id(int i) { return TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1987, 6, 1), i); }

private slots:
    void initTestCase()
    {
        GuiTest::isolate();
        Prompter::setCurrent(&m_prompter);
    }
    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void editorFlow()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
        const qint64 unit = GuiTest::makeUnit(db, QStringLiteral("hunan-2025"));
        QList<qint64> staff;
        staff << GuiTest::makeStaff(db, unit, QStringLiteral("王五"), id(1), QStringLiteral("内科"))
              << GuiTest::makeStaff(db, unit, QStringLiteral("李四"), id(2), QStringLiteral("内科"))
              << GuiTest::makeStaff(db, unit, QStringLiteral("张三"), id(3), QStringLiteral("外科"));
        AppContext context(&db);
        context.setYear(2025);

        EventEditor editor(&context, 0);
        editor.show();
        QVERIFY(!GuiTest::child<QPushButton>(&editor, "participantAdd")->isEnabled()); // save the event first
        GuiTest::child<QLineEdit>(&editor, "eventTitle")->setText(QStringLiteral("2025年急诊急救技能培训班"));
        auto *kind = GuiTest::child<QComboBox>(&editor, "eventKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("training")));
        auto *subject = GuiTest::child<QComboBox>(&editor, "eventSubject");
        subject->setCurrentIndex(subject->findData(QStringLiteral("professional")));
        GuiTest::child<QDateEdit>(&editor, "eventStart")->setDate(QDate(2025, 5, 12));
        GuiTest::child<QDateEdit>(&editor, "eventEnd")->setDate(QDate(2025, 5, 14));
        auto *days = editor.findChild<QDoubleSpinBox *>(QStringLiteral("input_days"));
        QVERIFY(days);
        days->setValue(3);
        GuiTest::child<QPushButton>(&editor, "eventSave")->click();
        QVERIFY2(m_prompter.warnings.isEmpty(), qPrintable(m_prompter.warnings.join(QLatin1Char('\n'))));
        QVERIFY(editor.eventId() > 0);
        QTRY_VERIFY(GuiTest::child<QPushButton>(&editor, "participantAdd")->isEnabled());

        ParticipantModel *model = editor.participants();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_prompter.textAnswer = QStringLiteral("内科");
        GuiTest::child<QPushButton>(&editor, "participantAddDepartment")->click();
        QTRY_COMPARE(model->rowCount(), 2);
        // A department is added in pinyin order: 李 (li) before 王 (wang).
        QCOMPARE(model->data(model->index(0, ParticipantModel::Name)).toString(), QStringLiteral("李四"));
        QCOMPARE(model->data(model->index(0, ParticipantModel::Hours)).toString(), QStringLiteral("24"));
        QVERIFY(GuiTest::child<QLabel>(&editor, "participantCounts")->text().contains(QLatin1String("2")));

        // 考试结果 in place: 不合格 withdraws the credit.
        QVERIFY(model->setData(model->index(0, ParticipantModel::Result), QStringLiteral("不合格")));
        QCOMPARE(model->data(model->index(0, ParticipantModel::Hours)).toString(), QStringLiteral("0"));
        QCOMPARE(ActivityRepository(db.connection()).list(staff.at(1), 2025).size(), 0);
        // A locked year refuses the edit and names the person.
        QString error;
        QVERIFY(YearLockRepository(db.connection()).submit(staff.at(0), 2025, &error));
        QVERIFY(!model->setData(model->index(1, ParticipantModel::Days), 1));
        QTRY_COMPARE(m_prompter.warnings.size(), 1);
        QVERIFY2(m_prompter.warnings.first().contains(QStringLiteral("王五")), qPrintable(m_prompter.warnings.first()));
        QCOMPARE(model->data(model->index(1, ParticipantModel::Hours)).toString(), QStringLiteral("24"));
        m_prompter.warnings.clear();

        // Import a list through the preview.
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("序号,姓名,身份证号码,考试结果,备注\n1,张三,%1,缺考,出差\n").arg(id(3)).toUtf8());
        f.close();
        m_prompter.files = {csv};
        GuiTest::onModal<ParticipantImportDialog>([](ParticipantImportDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("participantImportSummary"));
            QVERIFY(summary && summary->text().contains(QLatin1String("1")));
            dialog->findChild<QPushButton *>(QStringLiteral("participantImportApply"))->click();
        });
        GuiTest::child<QPushButton>(&editor, "participantImport")->click();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(2, ParticipantModel::Result)).toString(), QStringLiteral("缺考"));
        QCOMPARE(model->data(model->index(2, ParticipantModel::Remark)).toString(), QStringLiteral("出差"));

        // The list of events and the activity list.
        EventListModel list(&context);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0, EventListModel::Participants)).toInt(), 3);
        QCOMPARE(list.data(list.index(0, EventListModel::Passed)).toInt(), 1);
        UnitActivityModel activities(&context);
        QCOMPARE(activities.rowCount(), 1);
        QCOMPARE(activities.data(activities.index(0, UnitActivityModel::Event)).toString(), QStringLiteral("2025年急诊急救技能培训班"));
        QCOMPARE(activities.eventId(0), editor.eventId());

        // The section deletes the event with the activity it owns (after the question).
        QVERIFY(YearLockRepository(db.connection()).reopen(staff.at(0), 2025, QStringLiteral("更正"), &error));
        EventsPage page(&context);
        auto *table = GuiTest::child<QTableView>(&page, "eventTable");
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        m_prompter.answer = true;
        GuiTest::child<QPushButton>(&page, "eventDelete")->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(m_prompter.questions.last().contains(QStringLiteral("2025年急诊急救技能培训班")));
        QCOMPARE(ActivityRepository(db.connection()).list(staff.at(0), 2025).size(), 0);
    }
};

QTEST_MAIN(TestGuiEvents)
#include "test_gui_events.moc"
