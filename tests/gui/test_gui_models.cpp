// Every GUI model under QAbstractItemModelTester, and the registry model's SQL filtering,
// sorting, lazy fetching and speed with 10,000 people.
#include "AppContext.h"
#include "EvidenceModel.h"
#include "GuiTestSupport.h"
#include "PersonYearsModel.h"
#include "StaffTableModel.h"
#include "TestSupport.h"
#include "UnitActivityModel.h"
#include "YearActivityModel.h"
#include "ComplianceChart.h"
#include "DepartmentModel.h"
#include "OverviewData.h"
#include "OverviewPage.h"
#include "ShortfallModel.h"
#include "storage/ActivityRepository.h"
#include "storage/ComplianceTable.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QtTest>

class TestGuiModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void staffModelFiltersAndFetchesLazily();
    void staffModelSortsInSql();
    void staffModelComplianceFilter();
    void staffModelTenThousand();
    void evidenceModel();
    void personModels();
    void unitActivityModel();
    void overviewModels();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(9, 0))};
};

void TestGuiModels::initTestCase()
{
    GuiTest::isolate(QStringLiteral("test_gui_models"));
    Clock::setCurrent(&m_clock);
    QVERIFY(m_dir.isValid());
}

void TestGuiModels::staffModelFiltersAndFetchesLazily()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("lazy.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db);
    QList<Staff> people;
    for (int i = 0; i < 450; ++i) {
        Staff s;
        s.unitId = unit;
        s.name = QStringLiteral("人员%1").arg(i, 3, 10, QLatin1Char('0'));
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(i), 11 + 2 * (i % 40));
        s.department = i % 3 == 0 ? QStringLiteral("内科") : QStringLiteral("外科");
        s.titleLevel = i % 2 ? QStringLiteral("中级") : QStringLiteral("初级");
        s.status = i % 10 == 0 ? QStringLiteral("离职") : QStringLiteral("在职");
        people << s;
    }
    QString error;
    QVERIFY2(StaffRepository(db.connection()).applyBatch(people, {}, &error), qPrintable(error));

    AppContext context(&db);
    StaffTableModel model(&context);
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), StaffTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);

    StaffQuery::Filter f;
    f.department = QStringLiteral("内科");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 150);
    f.titleLevel = QStringLiteral("初级");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 75);
    f = {};
    f.status = QStringLiteral("离职");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 45);
    f = {};
    f.text = QStringLiteral("人员01");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 10);
    // Search by ID digits (any part), with a lower-case x accepted.
    f.text = people.at(7).idNumber.mid(6, 8);
    model.setFilter(f);
    QVERIFY(model.totalCount() >= 1);
    // SQL wildcards in the search are plain text.
    f.text = QStringLiteral("%");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 0);
    f.text = QStringLiteral("' OR 1=1 --");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 0);

    // IDs masked by default, full when the setting is off.
    model.setFilter({});
    QVERIFY(model.data(model.index(0, StaffQuery::IdNumber)).toString().contains(QLatin1String("**********")));
    context.setMaskIds(false);
    QCOMPARE(model.data(model.index(0, StaffQuery::IdNumber)).toString().size(), 18);
    context.setMaskIds(true);
}

void TestGuiModels::staffModelSortsInSql()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("sort.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db);
    GuiTest::makeStaff(db, unit, QStringLiteral("乙"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 11), QStringLiteral("B"), QStringLiteral("正高级"));
    GuiTest::makeStaff(db, unit, QStringLiteral("甲"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1981, 1, 1), 13), QStringLiteral("A"), QStringLiteral("初级"));
    GuiTest::makeStaff(db, unit, QStringLiteral("丙"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1982, 1, 1), 15), QStringLiteral("C"), QStringLiteral("中级"));
    AppContext context(&db);
    StaffTableModel model(&context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(StaffQuery::Department, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, StaffQuery::Department)).toString(), QStringLiteral("C"));
    model.sort(StaffQuery::TitleLevel, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, StaffQuery::TitleLevel)).toString(), QStringLiteral("初级"));
    QCOMPARE(model.data(model.index(2, StaffQuery::TitleLevel)).toString(), QStringLiteral("正高级"));
}

void TestGuiModels::staffModelComplianceFilter()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("compliance.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db);
    const qint64 a = GuiTest::makeStaff(db, unit, QStringLiteral("甲"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 11), QStringLiteral("A"));
    GuiTest::makeStaff(db, unit, QStringLiteral("乙"), TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1981, 1, 1), 13), QStringLiteral("A"));
    // 甲: an invention patent (first place) counts as the whole year under Anhui 2025.
    Activity act;
    act.staffId = a;
    act.year = 2025;
    act.kind = QStringLiteral("patent");
    act.params = QJsonObject{{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 1}};
    act.subject = QStringLiteral("professional");
    QString error;
    QVERIFY2(ActivityRepository(db.connection()).insert(act, &error), qPrintable(error));

    AppContext context(&db);
    context.setYear(2025);
    const RuleSet *set = context.ruleSet();
    QVERIFY(set);
    QVERIFY2(ComplianceTable(db.connection()).fill(*set, unit, 2025, &error), qPrintable(error));
    StaffTableModel model(&context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.totalCount(), 2);
    const YearResult result = ComplianceTable(db.connection()).personYear(*set, a, 2025);
    StaffQuery::Filter f;
    f.compliance = StaffQuery::Compliance::Compliant;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), result.compliant ? 1 : 0);
    f.compliance = StaffQuery::Compliance::Short;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), result.compliant ? 1 : 2);
    // 乙 has no activity: computed, 0 hours, short.
    const int row = model.rowOfStaff(a) == 0 ? 1 : 0;
    QCOMPARE(model.data(model.index(row, StaffQuery::Name)).toString(), QStringLiteral("乙"));
    QCOMPARE(model.data(model.index(row, StaffQuery::TotalHours)).toString(), QStringLiteral("0"));
    QVERIFY(result.total > 0);
}

void TestGuiModels::staffModelTenThousand()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("big.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db);
    QList<Staff> people;
    people.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        Staff s;
        s.unitId = unit;
        s.name = QStringLiteral("员工%1").arg(i);
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1970, 1, 1).addDays(i / 50), 11 + 2 * (i % 50));
        s.department = QStringLiteral("部门%1").arg(i % 25);
        people << s;
    }
    QString error;
    QVERIFY2(StaffRepository(db.connection()).applyBatch(people, {}, &error), qPrintable(error));
    AppContext context(&db);
    QElapsedTimer timer;
    timer.start();
    StaffTableModel model(&context);
    QCOMPARE(model.totalCount(), 10000);
    QCOMPARE(model.rowCount(), StaffTableModel::kPageSize);
    StaffQuery::Filter f;
    f.text = QStringLiteral("员工99");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 111); // 99, 990-999, 9900-9999
    model.setFilter({});
    model.sort(StaffQuery::Department, Qt::DescendingOrder);
    model.fetchMore({});
    const qint64 ms = timer.elapsed();
    qInfo("10,000 staff: load, search, sort and one page fetch in %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));

    // The year's verdicts for everyone (two activities each) feed the registry's columns.
    QList<qint64> ids;
    for (const Staff &s : std::as_const(people))
        ids << s.id;
    Activity training;
    training.year = 2025;
    training.kind = QStringLiteral("public_online");
    training.params = QJsonObject{{QStringLiteral("hours"), 30}};
    training.subject = QStringLiteral("public");
    QList<qint64> created;
    QVERIFY2(ActivityRepository(db.connection()).insertForMany(training, ids, &created, &error), qPrintable(error));
    training.kind = QStringLiteral("training");
    training.params = QJsonObject{{QStringLiteral("days"), 10}};
    training.subject = QStringLiteral("professional");
    QVERIFY2(ActivityRepository(db.connection()).insertForMany(training, ids, &created, &error), qPrintable(error));
    context.setYear(2025);
    timer.restart();
    QVERIFY2(ComplianceTable(db.connection()).fill(*context.ruleSet(), unit, 2025, &error), qPrintable(error));
    model.reload();
    const qint64 fillMs = timer.elapsed();
    qInfo("10,000 staff, 20,000 activities: yearly verdicts computed and shown in %lld ms", fillMs);
    QVERIFY2(fillMs < 5000, qPrintable(QString::number(fillMs)));
    QVERIFY(!model.data(model.index(0, StaffQuery::Verdict)).toString().isEmpty());
}

void TestGuiModels::evidenceModel()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EvidenceStore::Item item;
    item.id = 1;
    item.originalName = QStringLiteral("证书.pdf");
    item.size = 2048;
    item.mimeType = QStringLiteral("application/pdf");
    item.addedAt = QStringLiteral("2025-06-01T09:00:00");
    model.setStored({item});
    model.addPending(m_dir.filePath(QStringLiteral("a.png")));
    model.addPending(m_dir.filePath(QStringLiteral("a.png"))); // once
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isPending(1));
    QCOMPARE(model.data(model.index(0, EvidenceModel::Name)).toString(), QStringLiteral("证书.pdf"));
    model.removeRowAt(1);
    model.removeRowAt(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::personModels()
{
    PersonYearsModel years;
    QAbstractItemModelTester t1(&years, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PersonYearsModel::Row row;
    row.year = 2025;
    row.computed = true;
    row.result.total = 40;
    row.result.shortfallTotal = 50;
    years.setRows({row, PersonYearsModel::Row{2024, false, {}, {}}});
    QCOMPARE(years.rowCount(), 2);
    QCOMPARE(years.rowOfYear(2024), 1);
    QCOMPARE(years.data(years.index(0, PersonYearsModel::Total)).toString(), QStringLiteral("40"));
    QVERIFY(years.data(years.index(0, PersonYearsModel::Shortfall)).toString().contains(QLatin1String("50")));

    YearActivityModel activities;
    QAbstractItemModelTester t2(&activities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    YearActivityModel::Row a;
    a.activity.id = 5;
    a.activity.title = QStringLiteral("培训班");
    a.computed = true;
    a.item.counted = true;
    a.item.countedHours = 24;
    a.item.credit.explanation = QStringLiteral("培训3天：3×8=24");
    a.evidenceCount = 2;
    activities.setRows({a});
    QCOMPARE(activities.data(activities.index(0, YearActivityModel::Hours)).toString(), QStringLiteral("24"));
    QCOMPARE(activities.data(activities.index(0, YearActivityModel::Evidence)).toInt(), 2);
    QCOMPARE(activities.rowOfActivity(5), 0);
}

void TestGuiModels::unitActivityModel()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("activities.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db);
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << GuiTest::makeStaff(db, unit, QStringLiteral("学员%1").arg(i),
                                  TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(i), 11), QStringLiteral("内科"));
    Activity a;
    a.year = 2025;
    a.kind = QStringLiteral("training");
    a.title = QStringLiteral("院内培训");
    a.params = QJsonObject{{QStringLiteral("days"), 1}};
    a.subject = QStringLiteral("professional");
    QString error;
    QList<qint64> created;
    for (int k = 0; k < 10; ++k)
        QVERIFY2(ActivityRepository(db.connection()).insertForMany(a, ids, &created, &error), qPrintable(error));
    AppContext context(&db);
    context.setYear(2025);
    UnitActivityModel model(&context);
    QCOMPARE(model.totalCount(), 300);
    QCOMPARE(model.rowCount(), UnitActivityModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.data(model.index(0, UnitActivityModel::Credit)).toString(), QStringLiteral("6"));
    model.setSearch(QStringLiteral("学员7"));
    QCOMPARE(model.totalCount(), 10);
    context.setYear(2024);
    model.reload();
    QCOMPARE(model.totalCount(), 0);
}

void TestGuiModels::overviewModels()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("overview.sqlite"))));
    const qint64 unit = GuiTest::makeUnit(db, QStringLiteral("henan-2025"));
    GuiTest::makeStaff(db, unit, QStringLiteral("赵医生"), TestSupport::makeIdNumber(QStringLiteral("410502"), QDate(1980, 1, 1), 11), QStringLiteral("内科"));
    const qint64 trained = GuiTest::makeStaff(db, unit, QStringLiteral("钱医生"), TestSupport::makeIdNumber(QStringLiteral("410502"), QDate(1981, 1, 1), 13), QStringLiteral("内科"));
    GuiTest::makeStaff(db, unit, QStringLiteral("孙医生"), TestSupport::makeIdNumber(QStringLiteral("410502"), QDate(1982, 1, 1), 15), QStringLiteral("外科"));
    AppContext context(&db);
    context.setYear(2025);
    const RuleSet *set = context.ruleSet();
    QVERIFY(set);
    // One person has the first kind of the set with its defaults (some hours, maybe not enough).
    const ActivityKind &kind = set->kinds().first();
    Activity a;
    a.staffId = trained;
    a.year = 2025;
    a.kind = kind.id;
    for (const FieldSpec &f : kind.fields) {
        if (f.type == FieldSpec::Type::Enum && !f.options.isEmpty())
            a.params.insert(f.name, f.options.first().value);
        else if (f.type == FieldSpec::Type::Int || f.type == FieldSpec::Type::Number)
            a.params.insert(f.name, f.hasMinimum ? qMax(1.0, f.minimum) : 1.0);
    }
    a.subject = QStringLiteral("professional");
    QString error;
    ActivityRepository(db.connection()).insert(a, &error);
    ComplianceTable compliance(db.connection());
    OverviewData data = OverviewData::compute(context);
    QVERIFY(data.computed);
    QCOMPARE(data.people.size(), 3);
    QCOMPARE(data.departments.size(), 2);
    int compliant = 0;
    for (const OverviewData::Person &p : data.people)
        compliant += compliance.personYear(*set, p.staffId, 2025).compliant ? 1 : 0;
    QCOMPARE(data.compliant, compliant);

    ShortfallModel shortfall;
    QAbstractItemModelTester t1(&shortfall, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shortfall.setOverview(data);
    QCOMPARE(shortfall.rowCount(), 3 - compliant);
    for (int r = 1; r < shortfall.rowCount(); ++r)
        QVERIFY(shortfall.data(shortfall.index(r - 1, ShortfallModel::Gap)).toDouble()
                >= shortfall.data(shortfall.index(r, ShortfallModel::Gap)).toDouble());
    DepartmentModel departments;
    QAbstractItemModelTester t2(&departments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    departments.setOverview(data);
    QCOMPARE(departments.rowCount(), 2);
    QCOMPARE(departments.data(departments.index(0, DepartmentModel::Staff)).toInt()
                 + departments.data(departments.index(1, DepartmentModel::Staff)).toInt(), 3);

    ComplianceChart chart;
    chart.setOverview(data);
    chart.resize(chart.sizeHint());
    QVERIFY(!chart.grab().isNull());

    OverviewPage page(&context);
    page.show();
    QTRY_COMPARE(page.overview().people.size(), 3);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("overviewSummary"))->text().contains(QLatin1String("3 people")));
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("overviewDeadlines"))->text().isEmpty());
}

QTEST_MAIN(TestGuiModels)
#include "test_gui_models.moc"
