// cehours-cli credits / rules: exit codes 0 and 2, explanations in the output, errors naming file/row/field.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using TestSupport::runCli;

class TestRulesCli : public QObject
{
    Q_OBJECT
private slots:
    void rulesLists();
    void rulesJson();
    void rulesUnknownSet();
    void creditsJsonExample();
    void creditsCsvExampleAsJson();
    void creditsBadRowNamesFileRowField();
    void creditsUsageErrors();
    void creditsCycle();
    void creditsYearsOutsideTheSetReportErrors();
    void creditsCsvStreamedEqualsJson();

private:
    static QString example(const char *name)
    {
        return TestSupport::sourceDir() + QStringLiteral("/docs/rules/examples/") + QString::fromLatin1(name);
    }
};

void TestRulesCli::rulesLists()
{
    const auto r = runCli({QStringLiteral("rules")});
    QCOMPARE(r.exitCode, 0);
    for (const char *s : {"anhui-2025", "jiangsu-2023", "hefei-2021", "hunan-2025", "henan-2025", "patent", "rank"})
        QVERIFY2(r.out.contains(QLatin1String(s)), s);
}

void TestRulesCli::rulesJson()
{
    const auto r = runCli({QStringLiteral("rules"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray sets = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ruleSets")).toArray();
    QCOMPARE(sets.size(), 5);
    for (const QJsonValue &s : sets)
        QVERIFY(!s.toObject().value(QStringLiteral("kinds")).toArray().isEmpty());
}

void TestRulesCli::rulesUnknownSet()
{
    const auto r = runCli({QStringLiteral("rules"), QStringLiteral("atlantis-2099")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("atlantis-2099")));
}

void TestRulesCli::creditsJsonExample()
{
    const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--input"), example("anhui-2025-activities.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("发明专利第2名：50−3×1=47（皖人社秘〔2025〕109号 第十二条（一））")));
    QVERIFY(r.out.contains(QStringLiteral("就高原则")));
    QVERIFY(r.out.contains(QStringLiteral("达标")));
}

void TestRulesCli::creditsCsvExampleAsJson()
{
    const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("jiangsu-2023"),
                           QStringLiteral("--input"), example("jiangsu-2023-activities.csv"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ruleSet")).toString(), QStringLiteral("jiangsu-2023"));
    const QJsonObject year = o.value(QStringLiteral("people")).toArray().at(0).toObject()
                                 .value(QStringLiteral("years")).toArray().at(0).toObject();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), 2024);
    QCOMPARE(year.value(QStringLiteral("public")).toDouble(), 30.0);
    QVERIFY(year.value(QStringLiteral("compliant")).toBool());
    const QJsonArray items = year.value(QStringLiteral("items")).toArray();
    QVERIFY(items.at(0).toObject().value(QStringLiteral("explanation")).toString().contains(QStringLiteral("3天×8=24")));
}

void TestRulesCli::creditsBadRowNamesFileRowField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("person,year,kind,type,rank,subject\n"
            "p1,2025,patent,invention,1,专业\n"
            "p1,2025,patent,invention,0,\n"
            "p1,2025,spaceflight,,,\n"
            "p1,2025,patent,utility,1,maybe\n");
    f.close();
    const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"),
                           QStringLiteral("--input"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv: row 3")) && r.err.contains(QStringLiteral("rank")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv: row 4")) && r.err.contains(QStringLiteral("spaceflight")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv: row 5")) && r.err.contains(QStringLiteral("subject")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("发明专利第1名")));   // the good row is still credited
}

void TestRulesCli::creditsUsageErrors()
{
    QCOMPARE(runCli({QStringLiteral("credits")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("nope"), QStringLiteral("--input"),
                     example("anhui-2025-activities.json")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"), QStringLiteral("--input"),
                     QStringLiteral("/nonexistent/x.json")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("credits"), QStringLiteral("--input"), example("anhui-2025-activities.json"),
                     QStringLiteral("--bogus")}).exitCode, 2);
}

// --rules anhui-2025 on a 2022 row: the year is computed under hefei-2021 (in force then); a kind that
// set lacks is an error of that row: reported in "errors", exit 2, the year names the set used.
void TestRulesCli::creditsYearsOutsideTheSetReportErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("person,year,kind,grade,rank,subject,courses\n"
            "p1,2022,award_national,first,1,professional,\n"
            "p1,2022,public_course,,,professional,1\n");
    f.close();
    const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"),
                           QStringLiteral("--input"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toString().contains(QStringLiteral("old.csv: row 2"))
                 && errors.first().toString().contains(QStringLiteral("hefei-2021")), qPrintable(errors.first().toString()));
    const QJsonObject year = o.value(QStringLiteral("people")).toArray().first().toObject()
                                 .value(QStringLiteral("years")).toArray().first().toObject();
    QCOMPARE(year.value(QStringLiteral("ruleSet")).toString(), QStringLiteral("hefei-2021"));
    QVERIFY(!year.value(QStringLiteral("ruleSetName")).toString().isEmpty());
    // the fixed-subject row is credited, with a warning naming what was ignored
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().toString().contains(QStringLiteral("old.csv: row 3")));
    QVERIFY(r.err.contains(QStringLiteral("old.csv: row 3")));
}

void TestRulesCli::creditsCycle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hunan.json"));
    QJsonArray acts;
    for (int y = 2020; y <= 2024; ++y) {
        acts.append(QJsonObject{{QStringLiteral("person"), QStringLiteral("p")}, {QStringLiteral("year"), y},
                                {QStringLiteral("kind"), QStringLiteral("public_course")},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("hours"), 30}}}});
        acts.append(QJsonObject{{QStringLiteral("person"), QStringLiteral("p")}, {QStringLiteral("year"), y},
                                {QStringLiteral("kind"), QStringLiteral("project")},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("level"), QStringLiteral("provincial")}, {QStringLiteral("rank"), 1}}}});
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), QStringLiteral("hunan-2025")}, {QStringLiteral("activities"), acts}}).toJson());
    f.close();
    const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--input"), path, QStringLiteral("--cycle"), QStringLiteral("2025")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2020—2024")));
    QVERIFY(r.out.contains(QStringLiteral("结论：周期学时达标")));
}


// The CSV input is streamed (read once for the checks, rows read again by offset person by person):
// rows of people and years interleaved, quoted fields with commas, doubled quotes and line breaks,
// CRLF, a blank line (not counted in the row numbers), a byte-order mark, a bad row and a last row
// without a line break give exactly
// the people, years and items of the same activities given as JSON (read whole).
void TestRulesCli::creditsCsvStreamedEqualsJson()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("mixed.csv"));
    const QString json = dir.filePath(QStringLiteral("mixed.json"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFperson,name,year,kind,type,rank,subject,title\r\n"
            "p1,张三,2026,patent,invention,1,专业,\"专利, \"\"甲\"\"\"\r\n"
            "p2,李四,2025,patent,utility,1,professional,\"多行\r\n标题\"\r\n"
            "\r\n"
            "p1,张三,2025,patent,invention,2,professional,乙\r\n"
            "p2,李四,2026,patent,invention,0,,坏\n"
            "p2,李四,2025,patent,invention,1,professional,丁\n"
            "p1,张三,2026,patent,utility,1,professional,丙");
    f.close();
    struct A
    {
        const char *person, *name;
        int year;
        const char *type, *rank, *subject, *title;
    };
    const QList<A> acts = {{"p1", "张三", 2026, "invention", "1", "专业", "专利, \"甲\""},
                           {"p2", "李四", 2025, "utility", "1", "professional", "多行\r\n标题"},
                           {"p1", "张三", 2025, "invention", "2", "professional", "乙"},
                           {"p2", "李四", 2026, "invention", "0", "", "坏"},
                           {"p2", "李四", 2025, "invention", "1", "professional", "丁"},
                           {"p1", "张三", 2026, "utility", "1", "professional", "丙"}};
    QJsonArray list;
    for (const A &a : acts) {
        QJsonObject o{{QStringLiteral("person"), QString::fromUtf8(a.person)},
                      {QStringLiteral("name"), QString::fromUtf8(a.name)},
                      {QStringLiteral("year"), QString::number(a.year)},
                      {QStringLiteral("kind"), QStringLiteral("patent")},
                      {QStringLiteral("title"), QString::fromUtf8(a.title)},
                      {QStringLiteral("params"), QJsonObject{{QStringLiteral("type"), QString::fromUtf8(a.type)},
                                                             {QStringLiteral("rank"), QString::fromUtf8(a.rank)}}}};
        if (*a.subject)
            o.insert(QStringLiteral("subject"), QString::fromUtf8(a.subject));
        list.append(o);
    }
    QFile j(json);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(QJsonDocument(QJsonObject{{QStringLiteral("activities"), list}}).toJson());
    j.close();
    auto run = [](const QString &path) {
        const auto r = runCli({QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"), QStringLiteral("--input"),
                               path, QStringLiteral("--json")});
        return std::make_pair(r.exitCode, QJsonDocument::fromJson(r.out.toUtf8()).object());
    };
    const auto fromCsv = run(csv);
    const auto fromJson = run(json);
    QCOMPARE(fromCsv.first, 2);   // the bad row
    QCOMPARE(fromJson.first, 2);
    const QJsonArray people = fromCsv.second.value(QStringLiteral("people")).toArray();
    QCOMPARE(people, fromJson.second.value(QStringLiteral("people")).toArray());
    QCOMPARE(fromCsv.second.value(QStringLiteral("errors")).toArray().size(), 1);
    QVERIFY(fromCsv.second.value(QStringLiteral("errors")).toArray().first().toString().contains(QStringLiteral("mixed.csv: row 5")));
    // people in file order, years ascending, items in file order within a year
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).toObject().value(QStringLiteral("person")).toString(), QStringLiteral("p1"));
    const QJsonArray years = people.at(0).toObject().value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).toObject().value(QStringLiteral("year")).toInt(), 2025);
    const QJsonArray items = years.at(1).toObject().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("专利, \"甲\""));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("丙"));
    const QJsonArray p2 = people.at(1).toObject().value(QStringLiteral("years")).toArray();
    QCOMPARE(p2.at(0).toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("多行\r\n标题"));
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rules_cli.moc"
