// Activity import: encodings and layouts, every kind of row error, all or nothing, the online
// platform's certificate list, audit.
#include "ActivityImportFixture.h"
#include "domain/IdNumber.h"
#include "import/ActivityImporter.h"
#include "rules/FormulaEvaluator.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/YearLockRepository.h"

#include <QStringEncoder>
#include <QtTest>

namespace {
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
}

// An 18-digit ID ending in 000 that passes the check digit: what a number cell makes of
// 3.40104198904303E+17 when the person happens to have such a number (issue 11).
static QString validIdEndingIn000()
{
    for (int day = 0; day < 4000; ++day) {
        const QString first15 = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(day), 0).left(14) + QLatin1Char('3');
        const QString candidate = first15 + QStringLiteral("00");
        if (IdNumber::checkCharacter(candidate) == QLatin1Char('0'))
            return candidate + QLatin1Char('0');
    }
    return {};
}

class TestActivityImport : public QObject
{
    Q_OBJECT
private:
    ActivityImportFixture fx;
    // The fixture's ID numbers (also known before init(), in the _data functions).
    static QString id(int i) { return TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 1, 1 + i), 101 + 10 * i); }
    QString name(int i) const { return fx.people.at(i).name; }
    bool analyse(const QString &file, ActivityImporter::Preview *preview, QString *error = nullptr)
    {
        QString e;
        const bool ok = ActivityImporter(fx.db->connection(), fx.unitId).analyse(file, preview, &e);
        if (error)
            *error = e;
        return ok;
    }
    // "row<TAB>id<TAB>reason" lines of the report, for readable failures.
    static QString report(const ActivityImporter::Preview &p) { return ActivityImporter::errorReport(p); }

private slots:
    void initTestCase()
    {
        CEHOURS_FRESH_DATABASE(where, "probe"); // runs on both backends (test_activity_import_pg); skips without one
        QVERIFY(!where.isEmpty());
    }
    void init() { QVERIFY(fx.open(QStringLiteral("hunan-2025"), 4, true)); }

    void csvEncodingsMixedKindsTitleRowAnyOrder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("2025年继续教育登记表\r\n"
                                            "名称,类别,姓名,身份证号码,天数,学时（证书所载）,年度,结束日期\r\n"
                                            "新技术培训班,training,张三,%1,3,,2025,2025-04-03\r\n"
                                            "2025年公需课,公需科目学习,李四,%2,,30,,2025/6/30\r\n")
                                 .arg(id(0), id(1));
        QTest::newRow("utf8") << text.toUtf8();
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder gbk("GB18030");
        QTest::newRow("gb18030") << QByteArray(gbk.encode(text));
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf16") << QByteArray(utf16.encode(text));
    }
    void csvEncodingsMixedKindsTitleRowAnyOrder()
    {
        QFETCH(QByteArray, bytes);
        const QString file = fx.path(QStringLiteral("mixed.csv"));
        QVERIFY(writeBytes(file, bytes));
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(report(preview)));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows.at(0).row, 3);
        QCOMPARE(preview.rows.at(0).activity.kind, QStringLiteral("training"));
        QCOMPARE(preview.rows.at(0).activity.params.value(QStringLiteral("days")).toDouble(), 3.0);
        QVERIFY(preview.rows.at(0).hours > 0);
        QVERIFY2(preview.rows.at(0).explanation.contains(QStringLiteral("湘")), qPrintable(preview.rows.at(0).explanation));
        // 年度 empty: the year of the end date.
        QCOMPARE(preview.rows.at(1).activity.year, 2025);
        QCOMPARE(preview.rows.at(1).activity.kind, QStringLiteral("public_course"));
        QCOMPARE(preview.rows.at(1).activity.subject, QStringLiteral("public"));
        QCOMPARE(preview.rows.at(1).hours, 30.0);
        QVERIFY(ActivityImporter(fx.db->connection(), fx.unitId).apply(preview, &error));
        QCOMPARE(fx.activityCount(), 2);
    }

    void everyRowErrorIsNamedAndNothingIsWritten()
    {
        // A stored activity (for the duplicate check) and a locked year.
        Activity stored;
        stored.staffId = fx.people.at(0).id;
        stored.year = 2025;
        stored.kind = QStringLiteral("training");
        stored.title = QStringLiteral("已登记培训");
        stored.params = QJsonObject{{QStringLiteral("days"), 2}};
        stored.subject = QStringLiteral("professional");
        QString error;
        QVERIFY(ActivityRepository(fx.db->connection()).insert(stored, &error));
        QVERIFY(YearLockRepository(fx.db->connection()).submit(fx.people.at(1).id, 2024, &error));
        const int activitiesBefore = fx.activityCount();
        const int auditBefore = fx.auditCount();
        QString unknown = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1970, 5, 5), 999);
        const QString rows = QStringLiteral(
            "身份证号码,姓名,年度,类别,名称,天数,科目,学时\n"
            "%1,张三,2025,training,好的一行,2,专业科目\n"        // 2: fine
            "%2,某人,2025,training,未知人员,2,\n"               // 3: unknown ID
            "%3,赵六,2025,training,离职人员,2,\n"               // 4: has left
            "%4,李四,2024,training,锁定年度,2,\n"               // 5: locked year
            "%1,张三,2025,舞蹈,未知类别,2,\n"                    // 6: unknown kind
            "%1,张三,2025,training,天数不是数,三,\n"             // 7: not a number
            "%1,错名,2025,training,姓名不符,2,\n"                // 8: name mismatch
            "%1,张三,2025,training,好的一行,2,专业科目\n"        // 9: duplicate of row 2
            "%1,张三,2025,training,已登记培训,2,专业科目\n"      // 10: duplicate of the stored one
            "%1,张三,2025,project,课题,2,\n"                     // 11: a value in another kind's column
            "%1,张三,2025,public_course,公需,,专业科目,30\n"     // 12: subject contradicts the kind
            "%1,张三,2025,project,课题,,\n"                      // 13: required enum missing
            "%1,张三,2025,training,坏日期,2,,\n")                // 14: (dates checked below)
                                 .arg(id(0), unknown, id(3), id(1));
        const QString file = fx.path(QStringLiteral("bad.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QCOMPARE(preview.rows.size(), 2);
        const QString r = report(preview);
        QVERIFY2(preview.errors.size() == 11, qPrintable(r));
        auto reasonOf = [&](int row) {
            for (const auto &e : preview.errors)
                if (e.row == row)
                    return e.reason;
            return QString();
        };
        QVERIFY2(reasonOf(3).contains(QLatin1String("no person")), qPrintable(r));
        QVERIFY2(reasonOf(4).contains(QLatin1String("left")), qPrintable(r));
        QVERIFY2(reasonOf(5).contains(QLatin1String("locked")), qPrintable(r));
        QVERIFY2(reasonOf(6).contains(QStringLiteral("舞蹈")), qPrintable(r));
        QVERIFY2(reasonOf(7).contains(QLatin1String("not a number")) && reasonOf(7).contains(QStringLiteral("天数")), qPrintable(r));
        QVERIFY2(reasonOf(8).contains(QStringLiteral("错名")) && reasonOf(8).contains(QStringLiteral("张三")), qPrintable(r));
        QVERIFY2(reasonOf(9).contains(QLatin1String("row 2")), qPrintable(r));
        QVERIFY2(reasonOf(10).contains(QLatin1String("already recorded")), qPrintable(r));
        QVERIFY2(reasonOf(11).contains(QStringLiteral("天数")) && reasonOf(11).contains(QLatin1String("not a field")), qPrintable(r));
        QVERIFY2(reasonOf(13).contains(QStringLiteral("课题级别")), qPrintable(r));
        QVERIFY2(reasonOf(12).contains(QStringLiteral("公需科目")), qPrintable(r));
        QVERIFY(r.startsWith(QStringLiteral("行号\t证件号码\t失败原因\n")));
        QVERIFY2(r.contains(QStringLiteral("3\t%1\t").arg(unknown)), qPrintable(r));
        QVERIFY(!ActivityImporter(fx.db->connection(), fx.unitId).apply(preview, &error));
        QCOMPARE(fx.activityCount(), activitiesBefore);
        QCOMPARE(fx.auditCount(), auditBefore);
    }

    void badDatesAndYears()
    {
        const QString rows = QStringLiteral("身份证号码,姓名,年度,类别,名称,开始日期,结束日期,天数\n"
                                            "%1,张三,2025,training,a,2025-13-01,,2\n"
                                            "%1,张三,2025,training,b,2025-03-05,2025-03-01,2\n"
                                            "%1,张三,二〇二五,training,c,,,2\n"
                                            "%1,张三,,training,d,,,2\n")
                                 .arg(id(0));
        const QString file = fx.path(QStringLiteral("dates.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QVERIFY(analyse(file, &preview));
        const QString r = report(preview);
        QVERIFY2(preview.errors.size() == 4 && preview.rows.isEmpty(), qPrintable(r));
        QVERIFY2(preview.errors.at(0).reason.contains(QStringLiteral("开始日期")) && preview.errors.at(0).reason.contains(QLatin1String("not a date")), qPrintable(r));
        QVERIFY2(preview.errors.at(1).reason.contains(QLatin1String("before")), qPrintable(r));
        QVERIFY2(preview.errors.at(2).reason.contains(QLatin1String("not a year")), qPrintable(r));
        QVERIFY2(preview.errors.at(3).reason.contains(QStringLiteral("年度")), qPrintable(r));
    }

    void oneBadEnumRowWritesNothingAndNamesRowAndField()
    {
        const QString rows = QStringLiteral("身份证号码,姓名,年度,类别,名称,课题级别,署名排序（主持人为第1名）\n"
                                            "%1,张三,2025,project,课题一,%3,1\n"
                                            "%2,李四,2025,project,课题二,宇宙级,1\n")
                                 .arg(id(0), id(1), RuleSetRegistry::embedded().find(QStringLiteral("hunan-2025"))->kind(QStringLiteral("project"))->fields.first().options.first().label);
        const QString file = fx.path(QStringLiteral("enum.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY(analyse(file, &preview, &error));
        QCOMPARE(preview.rows.size(), 1);
        QCOMPARE(preview.errors.size(), 1);
        QCOMPARE(preview.errors.first().row, 3);
        QCOMPARE(preview.errors.first().idNumber, id(1));
        QVERIFY2(preview.errors.first().reason.contains(QStringLiteral("课题级别")) && preview.errors.first().reason.contains(QStringLiteral("宇宙级")),
                 qPrintable(preview.errors.first().reason));
        QVERIFY(!ActivityImporter(fx.db->connection(), fx.unitId).apply(preview, &error));
        QVERIFY(error.contains(QLatin1String("nothing was imported")));
        QCOMPARE(fx.activityCount(), 0);
    }

    // Issue 12 "say what was ignored": what the engine warns about (here a trip length taken from the
    // dates rather than the months typed) is shown in the preview's explanation before anything is written.
    void previewShowsTheEngineWarnings()
    {
        QVERIFY(fx.open(QStringLiteral("jiangsu-2023"), 1));
        const QString rows = QStringLiteral("身份证号码,姓名,年度,类别,名称,开始日期,结束日期,实际培训或学术活动天数（不含在途时间）,活动持续时间（月）\n"
                                            "%1,%2,2025,overseas_training,赴德研修,2025-01-01,2025-04-30,110,1\n")
                                 .arg(id(0), name(0));
        const QString file = fx.path(QStringLiteral("overseas.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(report(preview)));
        QCOMPARE(preview.rows.size(), 1);
        const QString why = preview.rows.first().explanation;
        QVERIFY2(why.contains(QStringLiteral("按起止日期")) && why.contains(QStringLiteral("不予采用")), qPrintable(why));
        QVERIFY(ActivityImporter::creditReport(preview).contains(QStringLiteral("不予采用")));
    }

    void onlinePlatformCertificateList()
    {
        // What a platform sends back: its own columns (序号, 证书编号 are ignored), 学时 for the
        // certificate's hours, the completion date giving the year.
        QVERIFY(fx.open(QStringLiteral("anhui-2025"), 2));
        const QString rows = QStringLiteral("安徽省专业技术人员继续教育公需科目学习证书清单\n"
                                            "序号,姓名,身份证号码,类别,课程名称,完成时间,学时,证书编号\n"
                                            "1,张三,%1,公需科目线上学习（省人社厅指定基地平台，考试合格）,2025年度公需科目,2025-08-31,30,AH2025-0001\n"
                                            "2,李四,%2,public_online,2025年度公需科目,2025-09-01,30,AH2025-0002\n")
                                 .arg(id(0), id(1));
        const QString file = fx.path(QStringLiteral("certificates.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(report(preview)));
        QCOMPARE(preview.ignoredColumns, (QStringList{QStringLiteral("序号"), QStringLiteral("证书编号")}));
        QCOMPARE(preview.rows.size(), 2);
        for (const auto &row : preview.rows) {
            QCOMPARE(row.hours, 30.0);
            QCOMPARE(row.activity.subject, QStringLiteral("public"));
            QVERIFY2(row.explanation.contains(QStringLiteral("278号")), qPrintable(row.explanation));
        }
        QVERIFY(ActivityImporter::creditReport(preview).contains(QStringLiteral("\t30\t")));
        const int auditBefore = fx.auditCount();
        QVERIFY(ActivityImporter(fx.db->connection(), fx.unitId).apply(preview, &error));
        QCOMPARE(fx.auditCount(), auditBefore + 2);
        const auto entries = AuditLog::entries(fx.db->connection(), QStringLiteral("activity"), preview.rows.first().activity.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("insert"));
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        QList<ActivityInput> inputs;
        for (const Activity &a : ActivityRepository(fx.db->connection()).list(fx.people.at(0).id, 2025))
            inputs << ActivityInput::fromActivity(a);
        QCOMPARE(YearAggregator::aggregate(*set, 2025, inputs).publicHours, 30.0);
    }

    void xlsxSingleSheetWithKindColumnAndDateCells()
    {
        const QString file = fx.path(QStringLiteral("single.xlsx"));
        const QList<QVariantList> rows = {
            {QStringLiteral("培训基地返回名单")},
            {QStringLiteral("类别"), QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("培训主题"), QStringLiteral("开始日期"),
             QStringLiteral("结束日期"), QStringLiteral("天数"), QStringLiteral("科目")},
            {QStringLiteral("参加培训班、研修班、进修班"), id(0), name(0), QStringLiteral("数字化转型研修班"), QDate(2025, 5, 6), QDate(2025, 5, 8), 3,
             QStringLiteral("专业")},
            {QStringLiteral("practice"), id(2), name(2), QStringLiteral("实践活动"), QDate(2025, 7, 1), QDate(2025, 7, 2), 2, QStringLiteral("公需科目")},
        };
        QString error;
        QVERIFY2(TestSupport::writeXlsx(file, rows, &error, QStringLiteral("名单")), qPrintable(error));
        ActivityImporter::Preview preview;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(report(preview)));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.rows.at(0).location(), QStringLiteral("3"));
        QCOMPARE(preview.rows.at(0).activity.startDate, QDate(2025, 5, 6));
        QCOMPARE(preview.rows.at(0).activity.endDate, QDate(2025, 5, 8));
        QCOMPARE(preview.rows.at(0).activity.year, 2025);   // from the end date
        QCOMPARE(preview.rows.at(0).activity.subject, QStringLiteral("professional"));
        QCOMPARE(preview.rows.at(1).activity.kind, QStringLiteral("practice"));
        QCOMPARE(preview.rows.at(1).activity.subject, QStringLiteral("public"));
    }

    void unreadableFilesAndMissingHeader()
    {
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY(!analyse(fx.path(QStringLiteral("none.csv")), &preview, &error));
        QVERIFY(error.contains(QLatin1String("none.csv")));
        const QString file = fx.path(QStringLiteral("noheader.csv"));
        QVERIFY(writeBytes(file, "a,b,c\n1,2,3\n"));
        QVERIFY(!analyse(file, &preview, &error));
        QVERIFY2(error.contains(QStringLiteral("身份证号码")), qPrintable(error));
    }

    // Issue 11 (found by the activity importer's fuzz seeds): a number of days like 1e308 gave
    // "inf" hours and the explanation "-9223372036854775808天" (a double-to-integer overflow).
    // A quantity without a maximum in the rule set is bounded by FieldSpec::MaxQuantity.
    void hugeNumbersAreRefused()
    {
        const QString rows = QStringLiteral("身份证号码,姓名,年度,类别,名称,天数\n"
                                            "%1,张三,2025,training,巨大,1e308\n"
                                            "%1,张三,2025,training,很大,1e30\n"
                                            "%1,张三,2025,training,十亿多,1000000001\n"
                                            "%1,张三,2025,training,正常,2\n")
                                 .arg(id(0));
        const QString file = fx.path(QStringLiteral("huge.csv"));
        QVERIFY(writeBytes(file, rows.toUtf8()));
        ActivityImporter::Preview preview;
        QString error;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QCOMPARE(preview.rows.size(), 1);
        QCOMPARE(preview.rows.first().hours, 16.0);
        QVERIFY2(preview.errors.size() == 3, qPrintable(report(preview)));
        for (const auto &e : preview.errors)
            QVERIFY2(e.reason.contains(QStringLiteral("天数")) && e.reason.contains(QLatin1String("1000000000")), qPrintable(e.reason));
        // Formatting a large value never goes through an integer that overflows.
        QVERIFY2(!FormulaEvaluator::number(1e30).startsWith(QLatin1Char('-')), qPrintable(FormulaEvaluator::number(1e30)));
        QVERIFY2(!FormulaEvaluator::number(-1e300).contains(QLatin1String("9223372036854775808")), qPrintable(FormulaEvaluator::number(-1e300)));
        QCOMPARE(FormulaEvaluator::number(47), QStringLiteral("47"));
    }

    // Issue 11: an ID number typed into a number cell has lost its last digits; even when the
    // rounded number is a registered person's ID, the row is refused (it may name someone else).
    void numericCellIdIsRefusedEvenWhenItMatchesSomeone()
    {
        Staff s;
        s.unitId = fx.unitId;
        s.name = QStringLiteral("钱九");
        s.idNumber = validIdEndingIn000();
        QString error;
        QVERIFY2(StaffRepository(fx.db->connection()).insert(s, &error), qPrintable(error));
        const QString file = fx.path(QStringLiteral("numeric-id.xlsx"));
        QVERIFY2(TestSupport::writeXlsx(file, {{QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("年度"), QStringLiteral("类别"), QStringLiteral("名称"), QStringLiteral("天数")},
                                               {double(s.idNumber.toLongLong()), s.name, 2025, QStringLiteral("training"), QStringLiteral("数字单元格"), 2}},
                                         &error),
                 qPrintable(error));
        ActivityImporter::Preview preview;
        QVERIFY2(analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.rows.isEmpty() && preview.errors.size() == 1, qPrintable(report(preview)));
        QCOMPARE(preview.errors.first().row, 2);
        QVERIFY2(preview.errors.first().reason.contains(QLatin1String("format the column as text")), qPrintable(preview.errors.first().reason));
    }
};

QTEST_GUILESS_MAIN(TestActivityImport)
#include "test_activity_import.moc"
