// Rules engine: loader validation, explanations, yearly aggregation (policies, caps, deadlines,
// verdicts), carry-over and cycle checks, and property tests over every embedded rule set.
#include "rules/CreditCalculator.h"
#include "rules/CycleCheck.h"
#include "rules/RuleSetLoader.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const RuleSet &set(const char *id)
{
    const RuleSet *s = RuleSetRegistry::embedded().find(QString::fromLatin1(id));
    if (!s)
        qFatal("rule set %s missing", id);
    return *s;
}

ActivityInput act(int year, const char *kind, const QJsonObject &params, Subject subject = Subject::None,
                  const QString &title = QString())
{
    ActivityInput a;
    a.year = year;
    a.kind = QString::fromLatin1(kind);
    a.params = params;
    a.subject = subject;
    a.title = title;
    return a;
}

// hours (public, professional) as certificate items of the Henan/Hefei kinds
QList<ActivityInput> hefeiYear(int year, double pub, double prof)
{
    QList<ActivityInput> l;
    if (pub > 0)
        l << act(year, "public_course", {{QStringLiteral("courses"), pub / 30}});
    if (prof > 0)
        l << act(year, "provincial_training", {{QStringLiteral("certifiedHours"), prof}});
    return l;
}
QList<ActivityInput> henanYear(int year, double pub, double prof)
{
    QList<ActivityInput> l;
    if (pub > 0)
        l << act(year, "public_learning", {{QStringLiteral("hours"), pub}});
    if (prof > 0)
        l << act(year, "professional_learning", {{QStringLiteral("mode"), QStringLiteral("training")}, {QStringLiteral("hours"), prof}});
    return l;
}

QByteArray miniSet(const QString &kindsJson)
{
    return QStringLiteral(R"({"format":1,"id":"mini","name":"测试","jurisdiction":"测试","family":"mini","validFrom":2020,
      "documents":[{"number":"测试〔2020〕1号"}],
      "requirement":{"total":{"hours":90,"clause":"第一条"}},
      "aggregation":{"mode":"sum"},
      "kinds":%1})").arg(kindsJson).toUtf8();
}
} // namespace

class TestRulesEngine : public QObject
{
    Q_OBJECT
private slots:
    void embeddedSetsLoad();
    void loaderNamesFileKindField_data();
    void loaderNamesFileKindField();
    void issueExampleExplanation();
    void badParameters();
    void personChoosesSubjectWithoutDefault();
    void anhuiOnlyHighestConversionCounts();
    void anhuiTieKeepsEarlier();
    void anhuiActivitiesOfOneItemAddUp();
    void anhuiTieFullYearWins();
    void publicCountsAsProfessionalWhenTheSetSaysSo();
    void anhuiFullYearItemMakesYearCompliant();
    void anhuiPublicOnlineYearCapAndDeadline();
    void anhuiNoPublicMinimum();
    void jiangsuItemsAddUpWithinCaps();
    void jiangsuPublicShortfall();
    void henanDeclarationDeadline();
    void henanCompletionDeadline();
    void personChoosesSubjectWhereTheClauseIsSilent();
    void hefeiMakeUpNextYear();
    void hefeiMakeUpOnlyFromTheNextYear();
    void henanNoCarryOver();
    void anhuiCycleAverage();
    void anhuiCycleCramming();
    void hunanFiveYearsBeforeApplication();
    void registryResolve();
    void wholeYearCycleRowIsTheYearRow();
    void fixedSubjectGivenWarns();
    void propertyNeverNegativeAndRankMonotone();
    void propertyMoreNeverEarnsLess();
    void fieldDeclarationsForForms();
};

void TestRulesEngine::embeddedSetsLoad()
{
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    QVERIFY2(reg.errors().isEmpty(), qPrintable(reg.errors().join(QLatin1Char('\n'))));
    QCOMPARE(reg.ids(), QStringList({QStringLiteral("anhui-2025"), QStringLiteral("hefei-2021"), QStringLiteral("henan-2025"),
                                     QStringLiteral("hunan-2025"), QStringLiteral("jiangsu-2023")}));
    for (const RuleSet &s : reg.sets()) {
        QVERIFY(!s.requirement().totalClause.isEmpty());
        for (const ActivityKind &k : s.kinds())
            QVERIFY2(!k.clause.isEmpty(), qPrintable(s.id() + QLatin1Char('/') + k.id));
    }
}

void TestRulesEngine::loaderNamesFileKindField_data()
{
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("bad type") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c",
        "fields":[{"name":"n","label":"N","type":"integer"}],"formula":{"type":"fixed","hours":1}}])"
                              << QStringList{"mini.json", "kind \"k\"", "field \"n\"", "integer"};
    QTest::newRow("undeclared field") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c",
        "fields":[],"formula":{"type":"perUnit","field":"days","rate":8}}])"
                                      << QStringList{"mini.json", "kind \"k\"", "days"};
    QTest::newRow("unknown enum value in case") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c",
        "fields":[{"name":"t","label":"T","type":"enum","values":[{"value":"a","label":"甲"}]}],
        "formula":{"type":"cases","cases":[{"when":{"t":"b"},"formula":{"type":"fixed","hours":1}}]}}])"
                                                << QStringList{"kind \"k\"", "\"b\"", "field \"t\""};
    QTest::newRow("duplicate kind") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c","fields":[],"formula":{"type":"fixed","hours":1}},
        {"id":"k","label":"K","category":"learning","subject":"professional","clause":"c","fields":[],"formula":{"type":"fixed","hours":1}}])"
                                    << QStringList{"kind \"k\"", "twice"};
    QTest::newRow("unknown formula") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c","fields":[],"formula":{"type":"magic"}}])"
                                     << QStringList{"kind \"k\"", "magic"};
    QTest::newRow("missing clause") << R"([{"id":"k","label":"K","category":"learning","subject":"professional","fields":[],"formula":{"type":"fixed","hours":1}}])"
                                    << QStringList{"kind \"k\"", "clause"};
}

void TestRulesEngine::loaderNamesFileKindField()
{
    QFETCH(QString, kinds);
    QFETCH(QStringList, mustContain);
    RuleSet rs;
    QString error;
    QVERIFY(!RuleSetLoader::load(miniSet(kinds), QStringLiteral("mini.json"), &rs, &error));
    for (const QString &s : mustContain)
        QVERIFY2(error.contains(s), qPrintable(error));
    // and a valid one loads
    QVERIFY2(RuleSetLoader::load(miniSet(R"([{"id":"k","label":"K","category":"learning","subject":"professional","clause":"c","fields":[],"formula":{"type":"fixed","hours":1}}])"),
                                 QStringLiteral("mini.json"), &rs, &error),
             qPrintable(error));
}

void TestRulesEngine::issueExampleExplanation()
{
    const CreditResult r = CreditCalculator::calculate(
        set("anhui-2025"), act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 2}}));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.hours, 47.0);
    QCOMPARE(r.explanation, QStringLiteral("发明专利第2名：50−3×1=47（皖人社秘〔2025〕109号 第十二条（一））"));
    QCOMPARE(r.subject, Subject::Professional);   // default when the person did not choose
}

void TestRulesEngine::badParameters()
{
    const RuleSet &ah = set("anhui-2025");
    auto err = [&](const ActivityInput &a) { return CreditCalculator::calculate(ah, a).error; };
    QVERIFY(err(act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 0}})).contains(QLatin1String("rank")));
    QVERIFY(err(act(2025, "training", {{QStringLiteral("days"), -1}})).contains(QLatin1String("days")));
    QVERIFY(err(act(2025, "nonexistent", {})).contains(QLatin1String("nonexistent")));
    QVERIFY(err(act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}})).contains(QLatin1String("rank")));
    QVERIFY(err(act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 1.5}})).contains(QLatin1String("whole")));
    QVERIFY(err(act(2025, "training", {{QStringLiteral("days"), QStringLiteral("three")}})).contains(QLatin1String("number")));
    QVERIFY(err(act(0, "training", {{QStringLiteral("days"), 1}})).contains(QLatin1String("year")));
    QVERIFY(err(act(2025, "training", {{QStringLiteral("days"), 1}, {QStringLiteral("dayz"), 1}})).contains(QLatin1String("dayz")));
    // an error never yields hours
    const CreditResult r = CreditCalculator::calculate(ah, act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 0}}));
    QVERIFY(!r.ok());
    QCOMPARE(r.hours, 0.0);
}

void TestRulesEngine::personChoosesSubjectWithoutDefault()
{
    RuleSet rs;
    QString error;
    QVERIFY2(RuleSetLoader::load(miniSet(R"([{"id":"k","label":"K","category":"conversion","subject":"person","clause":"c","fields":[],"formula":{"type":"fixed","hours":5}}])"),
                                 QStringLiteral("mini.json"), &rs, &error), qPrintable(error));
    QVERIFY(CreditCalculator::calculate(rs, act(2020, "k", {})).error.contains(QLatin1String("subject")));
    const CreditResult r = CreditCalculator::calculate(rs, act(2020, "k", {}, Subject::Public));
    QVERIFY(r.ok());
    QCOMPARE(r.subject, Subject::Public);
}

void TestRulesEngine::anhuiOnlyHighestConversionCounts()
{
    const YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {
        act(2025, "paper", {{QStringLiteral("index"), QStringLiteral("cn_issn")}, {QStringLiteral("authorship"), QStringLiteral("first")}}, Subject::Professional, QStringLiteral("论文")),
        act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 2}}, Subject::Professional, QStringLiteral("专利")),
        act(2025, "training", {{QStringLiteral("days"), 5}}, Subject::Professional),
        act(2025, "courseware", {{QStringLiteral("markedHours"), 13}}, Subject::Professional),
        act(2025, "public_online", {{QStringLiteral("hours"), 30}}),
    });
    QCOMPARE(y.items.size(), 5);
    QVERIFY(!y.items[0].counted);
    QVERIFY(y.items[0].reason.contains(QStringLiteral("就高")));
    QVERIFY(y.items[0].reason.contains(QStringLiteral("第二十一条")));
    QVERIFY(y.items[1].counted);
    QVERIFY(!y.items[2].counted);   // training 30 < patent 47: also a conversion item
    QVERIFY(y.items[3].counted);    // courseware (十二) is outside art. 21
    QVERIFY(y.items[4].counted);
    QCOMPARE(y.countedItems().size(), 3);
    QCOMPARE(y.notCountedItems().size(), 2);
    QCOMPARE(y.professionalHours, 47.0 + 13.0);
    QCOMPARE(y.publicHours, 30.0);
    QCOMPARE(y.total, 90.0);
    QVERIFY(y.compliant);
}

void TestRulesEngine::anhuiActivitiesOfOneItemAddUp()
{
    // art. 21.4 "每个年度认定仅能选择一项": one item of art. 12 a year, its activities added up
    // (reading A14 in docs/rules/anhui-2025.md): two trainings (十) 30 + 30 beat a patent (一) 47 …
    const ActivityInput patent = act(2025, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 2}}, Subject::Professional);
    const ActivityInput t1 = act(2025, "training", {{QStringLiteral("days"), 5}}, Subject::Professional);
    const ActivityInput t2 = act(2025, "training", {{QStringLiteral("days"), 5}}, Subject::Public);
    YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {patent, t1, t2});
    QVERIFY(!y.items[0].counted);
    QVERIFY2(y.items[0].reason.contains(QStringLiteral("第十二条（十）项")), qPrintable(y.items[0].reason));
    QVERIFY(y.items[1].counted && y.items[2].counted);
    QCOMPARE(y.professionalHours, 30.0);
    QCOMPARE(y.publicHours, 30.0);
    // … but a provincial award (also item (一)) lifts (一) to 47 + 27 = 74 > 60.
    const ActivityInput award = act(2025, "award_provincial", {{QStringLiteral("grade"), QStringLiteral("third")}, {QStringLiteral("rank"), 2}}, Subject::Professional);
    y = YearAggregator::aggregate(set("anhui-2025"), 2025, {patent, t1, t2, award});
    QVERIFY(y.items[0].counted && y.items[3].counted);
    QVERIFY(!y.items[1].counted && !y.items[2].counted);
    QCOMPARE(y.professionalHours, 74.0);
    QCOMPARE(y.publicHours, 0.0);
}

void TestRulesEngine::anhuiTieKeepsEarlier()
{
    const YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {
        act(2025, "paper", {{QStringLiteral("index"), QStringLiteral("cn_issn")}, {QStringLiteral("authorship"), QStringLiteral("sole")}}, Subject::Public),
        act(2025, "training", {{QStringLiteral("days"), 5}}, Subject::Professional),
    });
    QVERIFY(y.items[0].counted);
    QVERIFY(!y.items[1].counted);
    QCOMPARE(y.publicHours, 30.0);
    QCOMPARE(y.professionalHours, 0.0);
    QVERIFY(!y.compliant);
    QCOMPARE(y.shortfallTotal, 60.0);
    QCOMPARE(y.shortfallProfessional, 60.0);
    QCOMPARE(y.shortfallPublic, 0.0);
    QVERIFY(y.verdictText().contains(QStringLiteral("专业科目差60")));
}

void TestRulesEngine::anhuiTieFullYearWins()
{
    const YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {
        act(2025, "qualification_exam", {}, Subject::Public),
        act(2025, "paper", {{QStringLiteral("index"), QStringLiteral("sci")}, {QStringLiteral("authorship"), QStringLiteral("other")}}, Subject::Public),
    });
    QVERIFY(!y.items[0].counted);
    QVERIFY(y.items[1].counted);
    QVERIFY(y.fullYear);
    QVERIFY(y.compliant);
}

void TestRulesEngine::publicCountsAsProfessionalWhenTheSetSaysSo()
{
    const QString kinds = QStringLiteral(R"([{"id":"pub","label":"P","category":"learning","subject":"public","clause":"c","fields":[],"formula":{"type":"fixed","hours":70}},
        {"id":"pro","label":"Q","category":"learning","subject":"professional","clause":"c","fields":[],"formula":{"type":"fixed","hours":40}}])");
    QByteArray json = QStringLiteral(R"({"format":1,"id":"mini","name":"测试","jurisdiction":"测试","family":"mini","validFrom":2020,
      "documents":[{"number":"测试〔2020〕1号"}],
      "requirement":{"total":{"hours":90,"clause":"一"},"public":{"hours":30,"clause":"一"},"professional":{"hours":60,"clause":"一"}},
      "aggregation":{"mode":"sum","publicCountsAsProfessional":%1},"kinds":%2})").arg(QStringLiteral("true"), kinds).toUtf8();
    RuleSet rs;
    QString error;
    QVERIFY2(RuleSetLoader::load(json, QStringLiteral("mini.json"), &rs, &error), qPrintable(error));
    YearResult y = YearAggregator::aggregate(rs, 2020, {act(2020, "pub", {}), act(2020, "pro", {})});
    QVERIFY(y.compliant);   // 70 public: 30 for the public minimum, 40 towards professional
    json.replace("\"publicCountsAsProfessional\":true", "\"publicCountsAsProfessional\":false");
    QVERIFY2(RuleSetLoader::load(json, QStringLiteral("mini.json"), &rs, &error), qPrintable(error));
    y = YearAggregator::aggregate(rs, 2020, {act(2020, "pub", {}), act(2020, "pro", {})});
    QVERIFY(!y.compliant);
    QCOMPARE(y.shortfallProfessional, 20.0);
}

void TestRulesEngine::anhuiFullYearItemMakesYearCompliant()
{
    const YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {
        act(2025, "aid_assignment", {{QStringLiteral("type"), QStringLiteral("tibet")}}, Subject::Public),
    });
    QVERIFY(y.fullYear);
    QVERIFY(y.compliant);
    QCOMPARE(y.shortfallProfessional, 0.0);
    QCOMPARE(y.effectiveProfessional(), 60.0);   // public-assigned, yet the professional minimum is met
}

void TestRulesEngine::anhuiPublicOnlineYearCapAndDeadline()
{
    ActivityInput a = act(2025, "public_online", {{QStringLiteral("hours"), 20}});
    ActivityInput b = a;
    a.date = QDate(2026, 5, 31);
    b.date = QDate(2026, 5, 20);
    YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {a, b});
    QCOMPARE(y.publicHours, 30.0);   // 20 + 10 of 20 (cap 30)
    QCOMPARE(y.items[1].countedHours, 10.0);
    QVERIFY(y.items[1].reason.contains(QStringLiteral("30")));
    b.date = QDate(2026, 6, 1);
    y = YearAggregator::aggregate(set("anhui-2025"), 2025, {a, b});
    QCOMPARE(y.publicHours, 20.0);
    QVERIFY(!y.items[1].counted);
    QVERIFY(y.items[1].reason.contains(QStringLiteral("2026-05-31")));
}

void TestRulesEngine::anhuiNoPublicMinimum()
{
    // 109号 art. 12 sets 90 total with ≥60 professional and no public minimum (reading pinned in
    // docs/rules/anhui-2025.md): 90 professional hours comply.
    const YearResult y = YearAggregator::aggregate(set("anhui-2025"), 2025, {
        act(2025, "courseware", {{QStringLiteral("markedHours"), 50}}, Subject::Professional),
        act(2025, "training", {{QStringLiteral("days"), 7}}, Subject::Professional),
    });
    QCOMPARE(y.total, 92.0);
    QVERIFY(y.compliant);
}

void TestRulesEngine::jiangsuItemsAddUpWithinCaps()
{
    const YearResult y = YearAggregator::aggregate(set("jiangsu-2023"), 2024, {
        act(2024, "paper", {{QStringLiteral("authorship"), QStringLiteral("first")}}),
        act(2024, "project", {{QStringLiteral("level"), QStringLiteral("province")}, {QStringLiteral("rank"), 1}}),
        act(2024, "self_study", {{QStringLiteral("archive"), true}, {QStringLiteral("hours"), 16}, {QStringLiteral("days"), 2}}),
        act(2024, "self_study", {{QStringLiteral("archive"), true}, {QStringLiteral("hours"), 24}, {QStringLiteral("days"), 3}}),
        act(2024, "public_course", {}),
    });
    QCOMPARE(y.items[3].countedHours, 14.0);   // 30 a year
    QCOMPARE(y.professionalHours, 30.0 + 40.0 + 30.0);
    QCOMPARE(y.publicHours, 30.0);
    QVERIFY(y.compliant);
}

void TestRulesEngine::jiangsuPublicShortfall()
{
    const YearResult y = YearAggregator::aggregate(set("jiangsu-2023"), 2024, {
        act(2024, "book", {{QStringLiteral("authorship"), QStringLiteral("sole")}}),
        act(2024, "paper", {{QStringLiteral("authorship"), QStringLiteral("sole")}}),
    });
    QCOMPARE(y.professionalHours, 100.0);
    QVERIFY(!y.compliant);
    QCOMPARE(y.shortfallPublic, 30.0);
    QCOMPARE(y.shortfallTotal, 0.0);
    QVERIFY(y.verdictText().contains(QStringLiteral("公需科目差30")));
}

void TestRulesEngine::henanDeclarationDeadline()
{
    QList<ActivityInput> items = henanYear(2025, 30, 60);
    items[1].declaredOn = QDate(2025, 12, 30);
    YearResult y = YearAggregator::aggregate(set("henan-2025"), 2025, items);
    QVERIFY(y.compliant);
    items[1].declaredOn = QDate(2025, 12, 31);
    y = YearAggregator::aggregate(set("henan-2025"), 2025, items);
    QVERIFY(!y.items[1].counted);
    QVERIFY(y.items[1].reason.contains(QStringLiteral("2025-12-30")));
    QCOMPARE(y.shortfallProfessional, 60.0);
}

// audit: 44号 二（三） "应在2025年12月30日前完成本年度规定的继续教育任务及学时申报" — the tasks, not
// only the declaration, are due by 12-30: an item completed on 12-31 does not count for that year.
void TestRulesEngine::henanCompletionDeadline()
{
    QList<ActivityInput> items = henanYear(2025, 30, 60);
    items[1].date = QDate(2025, 12, 30);
    YearResult y = YearAggregator::aggregate(set("henan-2025"), 2025, items);
    QVERIFY(y.compliant);
    items[1].date = QDate(2025, 12, 31);
    y = YearAggregator::aggregate(set("henan-2025"), 2025, items);
    QVERIFY(!y.items[1].counted);
    QVERIFY(y.items[1].reason.contains(QStringLiteral("2025-12-30")));
    QCOMPARE(y.shortfallProfessional, 60.0);
    QVERIFY(y.items[0].counted);   // the public item has no date: not checked
}

// audit: Hefei annex 3「自学」 names "公共科目和专业科目自学"; Hunan 附件2 二.6 专家服务基层 names no subject
// (unlike 二.2–二.5, 二.7–二.11): the person assigns the subject, professional by default.
void TestRulesEngine::personChoosesSubjectWhereTheClauseIsSilent()
{
    const ActivityInput hf = act(2023, "self_study", {{QStringLiteral("type"), QStringLiteral("assessed")}, {QStringLiteral("hours"), 20}});
    QCOMPARE(CreditCalculator::calculate(set("hefei-2021"), hf).subject, Subject::Professional);
    ActivityInput hfPub = hf;
    hfPub.subject = Subject::Public;
    QCOMPARE(CreditCalculator::calculate(set("hefei-2021"), hfPub).subject, Subject::Public);
    const ActivityInput hn = act(2024, "expert_service", {{QStringLiteral("onsiteDays"), 2}}, Subject::Public);
    const CreditResult r = CreditCalculator::calculate(set("hunan-2025"), hn);
    QCOMPARE(r.subject, Subject::Public);
    QCOMPARE(r.hours, 16.0);
    QCOMPARE(CreditCalculator::calculate(set("hunan-2025"), act(2024, "patent", {{QStringLiteral("type"), QStringLiteral("invention")}, {QStringLiteral("rank"), 1}}, Subject::Public)).subject,
             Subject::Professional);   // 二.4 "视同参加专业科目培训": fixed
}

void TestRulesEngine::hefeiMakeUpNextYear()
{
    const RuleSet &hf = set("hefei-2021");
    const QList<YearResult> ys = {YearAggregator::aggregate(hf, 2021, hefeiYear(2021, 30, 30)),
                                  YearAggregator::aggregate(hf, 2022, hefeiYear(2022, 30, 100)),
                                  YearAggregator::aggregate(hf, 2023, hefeiYear(2023, 30, 60))};
    QVERIFY(!ys[0].compliant);
    const CycleResult c = CycleCheck::check(hf, ys, 2021, 2023);
    QVERIFY2(c.compliant, qPrintable(c.explanation.join(QLatin1Char('\n'))));
    QCOMPARE(c.years[0].madeUp, 30.0);
    QVERIFY(c.years[0].note.contains(QStringLiteral("2022")));
    QCOMPARE(c.years[1].professionalHours, 70.0);
    // the make-up cannot take the next year below its own requirement
    const QList<YearResult> short2 = {YearAggregator::aggregate(hf, 2021, hefeiYear(2021, 30, 30)),
                                      YearAggregator::aggregate(hf, 2022, hefeiYear(2022, 30, 80))};
    const CycleResult c2 = CycleCheck::check(hf, short2, 2021, 2022);
    QVERIFY(!c2.compliant);
    QCOMPARE(c2.years[0].madeUp, 20.0);
    QVERIFY(c2.years[1].compliant);
}

void TestRulesEngine::hefeiMakeUpOnlyFromTheNextYear()
{
    const RuleSet &hf = set("hefei-2021");
    const QList<YearResult> ys = {YearAggregator::aggregate(hf, 2021, hefeiYear(2021, 30, 0)),
                                  YearAggregator::aggregate(hf, 2022, hefeiYear(2022, 30, 0)),
                                  YearAggregator::aggregate(hf, 2023, hefeiYear(2023, 30, 300))};
    const CycleResult c = CycleCheck::check(hf, ys, 2021, 2023);
    QVERIFY(!c.compliant);              // no cramming: 2023 only makes up 2022
    QCOMPARE(c.years[0].madeUp, 0.0);
    QCOMPARE(c.years[1].madeUp, 60.0);
}

void TestRulesEngine::henanNoCarryOver()
{
    const RuleSet &hn = set("henan-2025");
    const QList<YearResult> ys = {YearAggregator::aggregate(hn, 2025, henanYear(2025, 30, 30)),
                                  YearAggregator::aggregate(hn, 2026, henanYear(2026, 30, 100))};
    const CycleResult c = CycleCheck::check(hn, ys, 2025, 2026);
    QVERIFY(!c.compliant);
    QCOMPARE(c.years[0].madeUp, 0.0);
}

void TestRulesEngine::anhuiCycleAverage()
{
    const RuleSet &ah = set("anhui-2025");
    auto year = [&](int y, double prof) {
        return YearAggregator::aggregate(ah, y, {act(y, "courseware", {{QStringLiteral("markedHours"), prof}}, Subject::Professional)});
    };
    const QList<YearResult> ys = {year(2025, 90), year(2026, 60), year(2027, 120)};
    QVERIFY(!ys[1].compliant);
    CycleResult c = CycleCheck::forApplication(ah, ys, 2028, 3);
    QCOMPARE(c.firstYear, 2025);
    QCOMPARE(c.lastYear, 2027);
    QCOMPARE(c.averageTotal, 90.0);
    QVERIFY2(c.compliant, qPrintable(c.explanation.join(QLatin1Char('\n'))));
    c = CycleCheck::forApplication(ah, {year(2025, 90), year(2026, 60), year(2027, 110)}, 2028, 3);
    QVERIFY(!c.compliant);
    QVERIFY(!CycleCheck::forApplication(ah, ys, 2028, 0).error.isEmpty());   // tenure cycle needed
}

void TestRulesEngine::anhuiCycleCramming()
{
    const RuleSet &ah = set("anhui-2025");
    const QList<YearResult> ys = {YearAggregator::aggregate(ah, 2027, {act(2027, "courseware", {{QStringLiteral("markedHours"), 270}}, Subject::Professional)})};
    const CycleResult c = CycleCheck::check(ah, ys, 2025, 2027);
    QCOMPARE(c.averageTotal, 90.0);
    QVERIFY(c.cramming);
    QCOMPARE(c.crammingYears, QList<int>{2027});
    QVERIFY(!c.compliant);
    QVERIFY(c.explanation.join(QString()).contains(QStringLiteral("突击")));
}

void TestRulesEngine::hunanFiveYearsBeforeApplication()
{
    const RuleSet &hu = set("hunan-2025");
    QList<YearResult> ys;
    for (int y = 2020; y <= 2024; ++y)
        ys << YearAggregator::aggregate(hu, y, {act(y, "public_course", {{QStringLiteral("hours"), 30}}),
                                                act(y, "training", {{QStringLiteral("days"), 7.5}}, Subject::Professional)});
    QCOMPARE(ys[0].professionalHours, 60.0);
    CycleResult c = CycleCheck::forApplication(hu, ys, 2025);
    QCOMPARE(c.firstYear, 2020);
    QCOMPARE(c.lastYear, 2024);
    QVERIFY(c.compliant);
    ys.removeAt(2);   // 2022 missing
    c = CycleCheck::forApplication(hu, ys, 2025);
    QVERIFY(!c.compliant);
    QVERIFY(!c.years[2].compliant);
}

// One source of truth: a 视同完成全年 year shows the same figures in the cycle as in its year result.
void TestRulesEngine::wholeYearCycleRowIsTheYearRow()
{
    const RuleSet &hu = set("hunan-2025");
    QList<YearResult> ys;
    for (int y = 2020; y <= 2024; ++y) {
        if (y == 2022)
            ys << YearAggregator::aggregate(hu, y, {act(y, "aid_assignment", {{QStringLiteral("type"), QStringLiteral("tibet")},
                                                                              {QStringLiteral("months"), 12},
                                                                              {QStringLiteral("assessed"), true}})});
        else
            ys << YearAggregator::aggregate(hu, y, {act(y, "public_course", {{QStringLiteral("hours"), 30}}),
                                                    act(y, "training", {{QStringLiteral("days"), 7.5}}, Subject::Professional)});
    }
    const YearResult &aid = ys[2];
    QVERIFY(aid.fullYear);
    QVERIFY(aid.compliant);
    const CycleResult c = CycleCheck::forApplication(hu, ys, 2025);
    QVERIFY(c.compliant);
    const CycleYear &row = c.years[2];
    QCOMPARE(row.year, 2022);
    QVERIFY(row.fullYear);
    QVERIFY(row.compliant);
    QCOMPARE(row.publicHours, aid.publicHours);
    QCOMPARE(row.professionalHours, aid.professionalHours);
    QCOMPARE(row.total, aid.total);
    QCOMPARE(row.publicHours + row.professionalHours, row.total);   // a printed row adds up
    QVERIFY(c.explanation[2].contains(QStringLiteral("视同完成年度全部学时")));
}

void TestRulesEngine::fixedSubjectGivenWarns()
{
    const CreditResult r = CreditCalculator::calculate(set("hefei-2021"), act(2022, "public_course", {}, Subject::Professional));
    QVERIFY(r.ok());
    QCOMPARE(r.subject, Subject::Public);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QStringLiteral("公需科目")));
    QVERIFY(r.toJson().value(QStringLiteral("warnings")).isArray());
    // the same subject as the fixed one, or none: nothing to say
    QVERIFY(CreditCalculator::calculate(set("hefei-2021"), act(2022, "public_course", {}, Subject::Public)).warnings.isEmpty());
    QVERIFY(CreditCalculator::calculate(set("hefei-2021"), act(2022, "public_course", {})).warnings.isEmpty());
}

void TestRulesEngine::registryResolve()
{
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    QCOMPARE(reg.resolve(QStringLiteral("anhui"), 2025)->id(), QStringLiteral("anhui-2025"));
    QCOMPARE(reg.resolve(QStringLiteral("anhui"), 2022)->id(), QStringLiteral("hefei-2021"));
    QVERIFY(!reg.resolve(QStringLiteral("anhui"), 2020));
    QVERIFY(!reg.resolve(QStringLiteral("jiangsu"), 2022));
    QVERIFY(!reg.find(QStringLiteral("nope")));
    // the set in force for a year, starting from the unit's choice
    QCOMPARE(reg.inForce(QStringLiteral("anhui-2025"), 2023)->id(), QStringLiteral("hefei-2021"));
    QCOMPARE(reg.inForce(QStringLiteral("hefei-2021"), 2026)->id(), QStringLiteral("anhui-2025"));
    QCOMPARE(reg.inForce(QStringLiteral("anhui-2025"), 2025)->id(), QStringLiteral("anhui-2025"));
    QVERIFY(!reg.inForce(QStringLiteral("jiangsu-2023"), 2022));
    QVERIFY(!reg.inForce(QStringLiteral("nope"), 2025));
}

void TestRulesEngine::propertyNeverNegativeAndRankMonotone()
{
    const QList<double> numbers = {0, 0.5, 1, 2.5, 3, 6, 7, 12, 20, 21, 1999, 2000, 2001, 100000};
    int evaluated = 0;
    for (const RuleSet &s : RuleSetRegistry::embedded().sets()) {
        for (const ActivityKind &k : s.kinds()) {
            // every combination of enum/bool values; numbers from the list; rank handled separately
            QList<QJsonObject> combos = {QJsonObject()};
            for (const FieldSpec &f : k.fields) {
                QList<QJsonValue> vals;
                if (f.type == FieldSpec::Type::Enum)
                    for (const FieldOption &o : f.options)
                        vals << QJsonValue(o.value);
                else if (f.type == FieldSpec::Type::Bool)
                    vals << QJsonValue(true) << QJsonValue(false);
                else if ((f.type == FieldSpec::Type::Int || f.type == FieldSpec::Type::Number) && f.name != QLatin1String("rank"))
                    for (double n : numbers)
                        if ((!f.hasMinimum || n >= f.minimum) && (f.type == FieldSpec::Type::Number || n == std::floor(n)))
                            vals << QJsonValue(n);
                if (vals.isEmpty())
                    continue;
                QList<QJsonObject> next;
                for (const QJsonObject &c : combos)
                    for (const QJsonValue &v : vals) {
                        QJsonObject o = c;
                        o.insert(f.name, v);
                        next << o;
                    }
                combos = next.size() > 20000 ? next.mid(0, 20000) : next;
            }
            const bool ranked = k.field(QStringLiteral("rank")) != nullptr;
            for (const QJsonObject &c : combos) {
                double previous = 1e9;
                for (int rank = 1; rank <= (ranked ? 25 : 1); ++rank) {
                    QJsonObject p = c;
                    if (ranked)
                        p.insert(QStringLiteral("rank"), rank);
                    const CreditResult r = CreditCalculator::calculate(s, act(s.validFrom(), k.id.toLatin1().constData(), p, Subject::Professional));
                    ++evaluated;
                    if (!r.ok())
                        continue;   // a combination the table has no row for: an error, never hours
                    const QByteArray where = (s.id() + QLatin1Char('/') + k.id + QLatin1Char(' ')
                                              + QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))).toUtf8();
                    QVERIFY2(r.hours >= 0, where.constData());
                    QVERIFY2(!r.explanation.isEmpty() && r.explanation.contains(r.clause), where.constData());
                    if (!r.creditable)
                        QVERIFY2(r.hours == 0 && !r.reason.isEmpty(), where.constData());
                    QVERIFY2(r.hours <= previous + 1e-9, where.constData());   // a worse rank never earns more
                    previous = r.hours;
                }
            }
        }
    }
    QVERIFY(evaluated > 1000);
}

void TestRulesEngine::propertyMoreNeverEarnsLess()
{
    // More days, hours, characters, courses or months never earn fewer hours (other fields fixed).
    const QList<double> numbers = {0, 0.5, 1, 1.5, 2, 3, 5, 6, 6.5, 7, 11, 12, 15, 16, 20, 21, 30, 1000, 1999, 2000, 2001, 9999, 10000, 25000};
    int checked = 0;
    for (const RuleSet &s : RuleSetRegistry::embedded().sets()) {
        for (const ActivityKind &k : s.kinds()) {
            for (const FieldSpec &varied : k.fields) {
                if ((varied.type != FieldSpec::Type::Int && varied.type != FieldSpec::Type::Number) || varied.name == QLatin1String("rank"))
                    continue;
                QList<QJsonObject> bases = {QJsonObject()};
                for (const FieldSpec &f : k.fields) {
                    if (f.name == varied.name)
                        continue;
                    QList<QJsonValue> vals;
                    if (f.type == FieldSpec::Type::Enum)
                        for (const FieldOption &o : f.options)
                            vals << QJsonValue(o.value);
                    else if (f.type == FieldSpec::Type::Bool)
                        vals << QJsonValue(true) << QJsonValue(false);
                    else if (f.type == FieldSpec::Type::Int || f.type == FieldSpec::Type::Number)
                        vals << QJsonValue(f.name == QLatin1String("rank") ? 1.0 : 3.0) << QJsonValue(f.name == QLatin1String("rank") ? 2.0 : 8.0);
                    if (vals.isEmpty())
                        continue;
                    QList<QJsonObject> next;
                    for (const QJsonObject &b : bases)
                        for (const QJsonValue &v : vals) {
                            QJsonObject o = b;
                            o.insert(f.name, v);
                            next << o;
                        }
                    bases = next;
                }
                for (const QJsonObject &b : bases) {
                    double previous = -1;
                    for (double n : numbers) {
                        if ((varied.hasMinimum && n < varied.minimum) || (varied.type == FieldSpec::Type::Int && n != std::floor(n)))
                            continue;
                        QJsonObject p = b;
                        p.insert(varied.name, n);
                        const CreditResult r = CreditCalculator::calculate(s, act(s.validFrom(), k.id.toLatin1().constData(), p, Subject::Professional));
                        if (!r.ok())
                            continue;
                        ++checked;
                        QVERIFY2(r.hours + 1e-9 >= previous,
                                 qPrintable(s.id() + QLatin1Char('/') + k.id + QLatin1Char(' ') + varied.name + QLatin1Char('=')
                                            + QString::number(n) + QStringLiteral(": ") + r.explanation));
                        previous = r.hours;
                    }
                }
            }
        }
    }
    QVERIFY(checked > 500);
}

void TestRulesEngine::fieldDeclarationsForForms()
{
    const ActivityKind *k = set("anhui-2025").kind(QStringLiteral("patent"));
    QVERIFY(k);
    const FieldSpec *type = k->field(QStringLiteral("type"));
    QVERIFY(type);
    QCOMPARE(type->type, FieldSpec::Type::Enum);
    QCOMPARE(type->optionLabel(QStringLiteral("invention")), QStringLiteral("发明专利"));
    const FieldSpec *rank = k->field(QStringLiteral("rank"));
    QVERIFY(rank && rank->required && rank->hasMinimum && rank->minimum == 1);
    const QJsonObject summary = set("anhui-2025").summaryJson();
    QVERIFY(summary.value(QStringLiteral("kinds")).toArray().size() == set("anhui-2025").kinds().size());
    QJsonValue typed;
    QString error;
    QVERIFY(type->coerce(QJsonValue(QStringLiteral("发明专利")), &typed, &error));   // label accepted
    QCOMPARE(typed.toString(), QStringLiteral("invention"));
}

QTEST_GUILESS_MAIN(TestRulesEngine)
#include "tst_rules_engine.moc"
