// Issue 10 in the registry: names in pinyin order, search by pinyin initials and full ID numbers,
// Enter/Down from the search box into the table, Enter on a unique match in the person picker,
// Ctrl+C of whole rows, export of the list as shown, and the small person-page fixes.
#include "AppContext.h"
#include "GuiTestSupport.h"
#include "PersonProfile.h"
#include "RosterImportDialog.h"
#include "StaffDialog.h"
#include "StaffPage.h"
#include "StaffPicker.h"
#include "StaffTableModel.h"
#include "TestSupport.h"
#include "YearSubmission.h"
#include "storage/ActivityRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/StaffQuery.h"
#include "storage/StaffRepository.h"
#include "storage/YearLockRepository.h"
#include "util/ChineseName.h"
#include "util/Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

class TestRegistryEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pinyinOrder();
    void initialsAndIdSearch();
    void schemaStepFillsKeysOfExistingStaff();
    void searchEnterAndDownMoveIntoTable();
    void pickerTakesUniqueMatchOnEnter();
    void copyTwoRows();
    void exportAsShown();
    void profileLeavesEmptyFieldsEmpty();
    void reopenWithEmptyReasonSaysWhy();
    void submitListsCountedItemsWithoutEvidence();
    void duplicateIdNamesThePerson();
    void importSaysHowManyWereAdded();
    void handEntryRefusesFutureBirthAndUnderSixteen();

private:
    qint64 add(const QString &name, int seq, const QString &department = QStringLiteral("内科"));
    QStringList shownNames(StaffTableModel *model) const;
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0))};
    Database *m_db = nullptr;
    AppContext *m_context = nullptr;
    qint64 m_unit = 0;
    int m_count = 0;
};

void TestRegistryEntry::initTestCase()
{
    GuiTest::isolate(QStringLiteral("test_registry_entry"));
    Clock::setCurrent(&m_clock);
    Prompter::setCurrent(&m_prompter);
}

void TestRegistryEntry::init()
{
    m_prompter = TestPrompter();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2026);
    m_db = new Database;
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("reg%1.sqlite").arg(++m_count))));
    m_unit = GuiTest::makeUnit(*m_db);
    m_context = new AppContext(m_db);
}

void TestRegistryEntry::cleanup()
{
    delete m_context;
    m_context = nullptr;
    delete m_db;
    m_db = nullptr;
}

qint64 TestRegistryEntry::add(const QString &name, int seq, const QString &department)
{
    return GuiTest::makeStaff(*m_db, m_unit, name, TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, seq), 200 + seq),
                              department);
}

QStringList TestRegistryEntry::shownNames(StaffTableModel *model) const
{
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->data(model->index(r, StaffQuery::Name)).toString();
    return names;
}

void TestRegistryEntry::pinyinOrder()
{
    // Code point order would be 何 刘 吴 周 陈; pinyin: chen he liu wu zhou.
    int seq = 0;
    for (const QString &name : {QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("刘"), QStringLiteral("何"), QStringLiteral("陈")})
        add(name, ++seq);
    StaffTableModel model(m_context);
    model.sort(StaffQuery::Name, Qt::AscendingOrder);
    model.reload();
    QCOMPARE(shownNames(&model), (QStringList{QStringLiteral("陈"), QStringLiteral("何"), QStringLiteral("刘"), QStringLiteral("吴"),
                                              QStringLiteral("周")}));
    QVERIFY(ChineseName::sortKey(QStringLiteral("曹操")) < ChineseName::sortKey(QStringLiteral("陈刚")));
    QVERIFY(ChineseName::sortKey(QStringLiteral("陈刚")) < ChineseName::sortKey(QStringLiteral("程明")));
    QVERIFY(ChineseName::lessThan(QStringLiteral("何"), QStringLiteral("刘")));
}

void TestRegistryEntry::initialsAndIdSearch()
{
    QCOMPARE(ChineseName::initials(QStringLiteral("周明平")), QStringLiteral("ZMP"));
    add(QStringLiteral("周明平"), 1);
    add(QStringLiteral("张美萍"), 2, QStringLiteral("外科"));
    const QString id = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, 3), 203);
    add(QStringLiteral("王强"), 3);
    StaffQuery q(m_db->connection(), m_unit);
    StaffQuery::Filter f;
    f.text = QStringLiteral("zmp");
    QList<StaffQuery::Row> rows = q.page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 10);
    QCOMPARE(rows.size(), 2); // 周明平 and 张美萍 share the initials
    f.text = QStringLiteral("zhm"); // not the initials of anyone
    QCOMPARE(q.page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 10).size(), 0);
    f.text = id; // the full ID number
    rows = q.page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().name, QStringLiteral("王强"));
    f.text = id.left(6) + QLatin1Char(' ') + id.mid(6).toLower(); // typed with a space and a small x
    QCOMPARE(q.page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 10).size(), 1);
}

void TestRegistryEntry::schemaStepFillsKeysOfExistingStaff()
{
    // A registry created before the name-key step: its people get keys when it is upgraded.
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        auto hasNameKey = [&db] {
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(staff)"));
            while (info.next()) {
                if (info.value(1).toString() == QLatin1String("name_key"))
                    return true;
            }
            return false;
        };
        // Step by step until the step that adds the key is next; then add a person the old way.
        int version = 0;
        while (version < SchemaMigrator::latestVersion()) {
            QVERIFY2(SchemaMigrator::migrate(db, &error, version + 1), qPrintable(error));
            if (hasNameKey())
                break;
            ++version;
        }
        QVERIFY(version > 0 && version < SchemaMigrator::latestVersion());
        db.close();
        QFile::remove(path);
        QVERIFY(db.open());
        QVERIFY2(SchemaMigrator::migrate(db, &error, version), qPrintable(error));
        QVERIFY(!hasNameKey());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO unit (name, rule_set) VALUES ('u', 'anhui-2025')")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO staff (unit_id, id_number, name, created_at, updated_at)"
                                       " VALUES (1, '340104198002010011', '周明平', '', '')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(SchemaMigrator::migrate(db, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT name_initials, name_key FROM staff")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ZMP"));
        QCOMPARE(q.value(1).toString(), ChineseName::sortKey(QStringLiteral("周明平")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void TestRegistryEntry::searchEnterAndDownMoveIntoTable()
{
    add(QStringLiteral("周明平"), 1);
    add(QStringLiteral("陈刚"), 2);
    StaffPage page(m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    (void)QTest::qWaitForWindowActive(&page);
    auto *search = GuiTest::child<QLineEdit>(&page, "staffSearch");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(page.table()->hasFocus());
    QCOMPARE(page.table()->currentIndex().row(), 0);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(page.table()->hasFocus());
    QVERIFY(page.currentStaffId() > 0);
}

void TestRegistryEntry::pickerTakesUniqueMatchOnEnter()
{
    const qint64 zhou = add(QStringLiteral("周明平"), 1);
    add(QStringLiteral("陈刚"), 2);
    StaffPicker single(m_context, false);
    qint64 activated = 0;
    connect(&single, &StaffPicker::activated, this, [&](qint64 id) { activated = id; });
    QTest::keyClicks(single.search(), QStringLiteral("zmp"));
    QTest::keyClick(single.search(), Qt::Key_Return);
    QCOMPARE(activated, zhou);
    QCOMPARE(single.chosen(), QList<qint64>{zhou});
    StaffPicker many(m_context, true);
    many.search()->setText(QStringLiteral("陈"));
    QTest::keyClick(many.search(), Qt::Key_Return);
    QCOMPARE(many.chosen().size(), 1);
}

void TestRegistryEntry::copyTwoRows()
{
    add(QStringLiteral("周明平"), 1);
    add(QStringLiteral("陈刚"), 2, QStringLiteral("外科"));
    StaffPage page(m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    page.table()->selectAll();
    page.table()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(page.table(), QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("陈刚\t")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("\t外科\t")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("周明平\t")));
    QVERIFY(lines.at(0).count(QLatin1Char('\t')) >= 4);
    // IDs as the setting shows them: masked by default.
    QVERIFY(lines.at(0).contains(QLatin1Char('*')));
}

void TestRegistryEntry::exportAsShown()
{
    add(QStringLiteral("周明平"), 1);
    add(QStringLiteral("陈刚"), 2, QStringLiteral("外科"));
    add(QStringLiteral("何静"), 3, QStringLiteral("外科"));
    StaffPage page(m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *search = GuiTest::child<QLineEdit>(&page, "staffSearch");
    search->setText(QStringLiteral("外科"));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    const QString out = m_dir.filePath(QStringLiteral("shown.xlsx"));
    m_prompter.files.clear();
    // TestPrompter::saveFileName returns the suggestion: check it names the unit and year, then write to `out`.
    struct SavePrompter : TestPrompter
    {
        QString target, suggested;
        QString saveFileName(QWidget *, const QString &, const QString &s, const QString &) override
        {
            suggested = s;
            return target;
        }
    } prompter;
    prompter.target = out;
    Prompter::setCurrent(&prompter);
    page.exportShown();
    Prompter::setCurrent(&m_prompter);
    QVERIFY2(prompter.warnings.isEmpty(), qPrintable(prompter.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(prompter.suggested.contains(QStringLiteral("测试单位")) && prompter.suggested.contains(QLatin1String("2026")),
             qPrintable(prompter.suggested));
    QVERIFY(QFile::exists(out));
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral("-c"), QStringLiteral("import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1]).active\n"
                                                   "print('|'.join(str(r[0].value) for r in ws.iter_rows()))"),
              out});
    QVERIFY(py.waitForFinished(30000));
    const QString names = QString::fromUtf8(py.readAllStandardOutput()).trimmed();
    QCOMPARE(names, QStringLiteral("Name|陈刚|何静"));
}

void TestRegistryEntry::profileLeavesEmptyFieldsEmpty()
{
    Staff s;
    s.name = QStringLiteral("空白");
    s.titleLevel = QStringLiteral("正高级");
    const QString html = PersonProfile::html(s);
    QVERIFY2(!html.contains(QStringLiteral("(正高级)")) && !html.contains(QStringLiteral("（正高级）")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("正高级")));
    QVERIFY(!html.contains(QStringLiteral(">/<")) && !html.contains(QStringLiteral("> / <")));
    QCOMPARE(PersonProfile::joined({QString(), QString()}), QString());
    QCOMPARE(PersonProfile::joined({QStringLiteral("a"), QString()}), QStringLiteral("a"));
}

void TestRegistryEntry::reopenWithEmptyReasonSaysWhy()
{
    Staff s;
    s.id = add(QStringLiteral("周明平"), 1);
    s.name = QStringLiteral("周明平");
    QString error;
    QVERIFY(YearLockRepository(m_db->connection()).submit(s.id, 2026, &error));
    m_prompter.textAnswer = QLatin1String(""); // OK with an empty box
    QVERIFY(!YearSubmission::reopen(m_context, s, 2026, nullptr));
    QCOMPARE(m_prompter.warnings.size(), 1);
    QVERIFY(m_prompter.warnings.first().contains(QStringLiteral("reason")));
    QVERIFY(YearLockRepository(m_db->connection()).isLocked(s.id, 2026));
}

void TestRegistryEntry::submitListsCountedItemsWithoutEvidence()
{
    Staff s;
    s.id = add(QStringLiteral("周明平"), 1);
    s.name = QStringLiteral("周明平");
    Activity a;
    a.staffId = s.id;
    a.year = 2026;
    a.kind = QStringLiteral("training");
    a.title = QStringLiteral("没有证书的培训");
    a.params = QJsonObject{{QStringLiteral("days"), 3}};
    a.subject = QStringLiteral("professional");
    QString error;
    QVERIFY(ActivityRepository(m_db->connection()).insert(a, &error));
    m_prompter.answer = false;
    QVERIFY(!YearSubmission::submit(m_context, s, 2026, nullptr));
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY2(m_prompter.questions.first().contains(QStringLiteral("没有证书的培训")), qPrintable(m_prompter.questions.first()));
    QVERIFY(!YearLockRepository(m_db->connection()).isLocked(s.id, 2026));
}

void TestRegistryEntry::duplicateIdNamesThePerson()
{
    add(QStringLiteral("周明平"), 1);
    Staff twin;
    twin.unitId = m_unit;
    twin.name = QStringLiteral("另一个人");
    twin.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, 1), 201);
    QString error;
    QVERIFY(!StaffRepository(m_db->connection()).insert(twin, &error));
    QVERIFY2(error.contains(QStringLiteral("周明平")), qPrintable(error));
}

void TestRegistryEntry::importSaysHowManyWereAdded()
{
    add(QStringLiteral("周一"), 1);
    const QString known = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, 1), 201);
    const QString fresh = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1989, 9, 9), 102);
    const QString path = m_dir.filePath(QStringLiteral("roster%1.csv").arg(m_count));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("姓名,身份证号码,部门\n周一,%1,外科\n吴二,%2,外科\n").arg(known, fresh).toUtf8());
    f.close();
    m_prompter.files = {path};
    GuiTest::onModal<RosterImportDialog>([](RosterImportDialog *d) { d->accept(); });
    QVERIFY(RosterImportDialog::run(m_context, nullptr));
    QCOMPARE(m_prompter.infos.size(), 1);
    QVERIFY2(m_prompter.infos.first().contains(QLatin1String("1 people added, 1 updated")), qPrintable(m_prompter.infos.first()));
}

// Issue 11: the hand entry refuses what the importers refuse: an ID number whose birth date is
// after today or gives an age under 16 (the clock is 2026-06-01), in the repository and the form.
void TestRegistryEntry::handEntryRefusesFutureBirthAndUnderSixteen()
{
    const QString future = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(2030, 1, 1), 11);
    const QString fifteen = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(2010, 6, 2), 13); // 16 tomorrow
    const QString sixteen = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(2010, 6, 1), 15); // 16 today
    auto count = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next() ? q.value(0).toInt() : -1;
    };
    StaffRepository repo(m_db->connection());
    QString error;
    Staff s;
    s.unitId = m_unit;
    s.name = QStringLiteral("未来人");
    s.idNumber = future;
    QVERIFY(!repo.insert(s, &error));
    QVERIFY2(error.contains(QLatin1String("2030-01-01")) && error.contains(QLatin1String("future")), qPrintable(error));
    s.idNumber = fifteen;
    QVERIFY(!repo.insert(s, &error));
    QVERIFY2(error.contains(QLatin1String("under 16")), qPrintable(error));
    QCOMPARE(count(), 0);
    s.idNumber = sixteen;
    QVERIFY2(repo.insert(s, &error), qPrintable(error));
    // Changing a stored person's ID number to a future one is refused too.
    Staff stored;
    QVERIFY(repo.byId(s.id, &stored));
    stored.idNumber = future;
    QVERIFY(!repo.update(stored, &error));
    QVERIFY2(error.contains(QLatin1String("future")), qPrintable(error));
    QVERIFY(repo.byId(s.id, &stored));
    QCOMPARE(stored.idNumber, sixteen);

    // The form: the hint says so while typing, and Save keeps the dialog open with the reason.
    StaffDialog dialog(m_db->connection(), m_unit, Staff());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTest::child<QLineEdit>(&dialog, "staffIdNumber")->setText(future);
    GuiTest::child<QLineEdit>(&dialog, "staffName")->setText(QStringLiteral("未来人"));
    QTRY_VERIFY2(GuiTest::child<QLabel>(&dialog, "staffIdHint")->text().contains(QLatin1String("future")),
                 qPrintable(GuiTest::child<QLabel>(&dialog, "staffIdHint")->text()));
    GuiTest::child<QPushButton>(&dialog, "staffSave")->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(GuiTest::child<QLabel>(&dialog, "staffError")->text().contains(QLatin1String("future")),
             qPrintable(GuiTest::child<QLabel>(&dialog, "staffError")->text()));
    QCOMPARE(m_prompter.warnings.size(), 1);
    GuiTest::child<QLineEdit>(&dialog, "staffIdNumber")->setText(fifteen);
    QTRY_VERIFY(GuiTest::child<QLabel>(&dialog, "staffIdHint")->text().contains(QLatin1String("under 16")));
    GuiTest::child<QPushButton>(&dialog, "staffSave")->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(count(), 1);
}

QTEST_MAIN(TestRegistryEntry)
#include "test_registry_entry.moc"
