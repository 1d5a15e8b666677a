// cehours-cli export / print over a real registry (Jiangsu 2023 rules): figures from the rules engine,
// the error gate, exit codes, and the PDFs' text.
#include "PdfTestUtil.h"
#include "TestBackend.h"
#include "TestSupport.h"
#include "domain/Activity.h"
#include "events/EventRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace PdfTestUtil;

namespace {
const QString kTraining = QStringLiteral("2025年建筑结构新规范培训班");

const char *kDumpXlsx = R"PY(
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{'name': ws.title, 'rows': [[c.value if not hasattr(c.value, 'isoformat') else c.value.strftime('%Y-%m-%d')
                   for c in row] for row in ws.iter_rows()]} for ws in wb.worksheets], ensure_ascii=False))
)PY";
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_wang, m_li, m_zhao;
    qint64 m_event = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    TestSupport::CliRun cli(const QStringList &args) const
    {
        return TestSupport::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CEHOURS_FRESH_DATABASE(where, "export_cli");
        m_db = where;
        Database db;
        QVERIFY2(db.open(m_db), qPrintable(db.errorString()));
        QString error;
        Unit u;
        u.name = QStringLiteral("常州市建筑科学研究院集团股份有限公司");
        u.nature = QStringLiteral("国有企事业单位");
        u.region = QStringLiteral("常州市");
        u.ruleSet = QStringLiteral("jiangsu-2023");
        u.contactPerson = QStringLiteral("钱芳");
        u.contactPhone = QStringLiteral("0519-86660000");
        QVERIFY2(UnitRepository(db.connection()).save(u, &error), qPrintable(error));

        StaffRepository staff(db.connection());
        auto person = [&](const QString &name, const QString &dept, int seq) {
            Staff s;
            s.unitId = u.id;
            s.name = name;
            s.department = dept;
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1986, 4, seq), seq);
            s.title = QStringLiteral("工程师");
            s.titleLevel = QStringLiteral("中级");
            s.education = QStringLiteral("大学本科");
            s.titleSought = QStringLiteral("高级工程师");
            if (!staff.insert(s, &error))
                qFatal("staff: %s", qPrintable(error));
            return s;
        };
        const Staff wang = person(QStringLiteral("王强"), QStringLiteral("结构所"), 11);
        const Staff li = person(QStringLiteral("李娜"), QStringLiteral("建筑一所"), 12);
        const Staff zhao = person(QStringLiteral("赵六"), QStringLiteral("结构所"), 13);
        m_wang = wang.idNumber;
        m_li = li.idNumber;
        m_zhao = zhao.idNumber;

        ActivityRepository acts(db.connection());
        auto activity = [&](const Staff &s, int year, const QString &kind, const QString &title, const QJsonObject &params,
                            const QDate &from = QDate(), const QDate &to = QDate()) {
            Activity a;
            a.staffId = s.id;
            a.year = year;
            a.kind = kind;
            a.title = title;
            a.params = params;
            a.startDate = from;
            a.endDate = to;
            if (!acts.insert(a, &error))
                qFatal("activity: %s", qPrintable(error));
        };
        // 王强 2025: public course 30 + training 5 days × 8 = 40 + first-author paper 30 → 100, compliant.
        activity(wang, 2025, QStringLiteral("public_course"), QStringLiteral("2025年度公需科目"), {{QStringLiteral("courses"), 1}});
        activity(wang, 2025, QStringLiteral("paper"), QStringLiteral("装配式结构节点试验研究"), {{QStringLiteral("authorship"), QStringLiteral("first")}});
        // 王强 2024: public 30 + training 8 days = 64 → 94.
        activity(wang, 2024, QStringLiteral("public_course"), QStringLiteral("2024年度公需科目"), {{QStringLiteral("courses"), 1}});
        activity(wang, 2024, QStringLiteral("training"), QStringLiteral("2024年BIM应用研修"), {{QStringLiteral("days"), 8}});
        // 王强 and 李娜 2025: the training event (5 days × 8 = 40 each); 赵六 was absent (缺考, no activity).
        // 李娜 has only this: 40 professional, short 30 public, 20 professional, 50 total.
        TrainingEvent event;
        event.title = kTraining;
        event.startDate = QDate(2025, 6, 9);
        event.endDate = QDate(2025, 6, 13);
        event.params = {{QStringLiteral("days"), 5}};
        EventRepository events(db.connection());
        QVERIFY2(events.create(event, &error), qPrintable(error));
        m_event = event.id;
        auto participant = [](const Staff &s, const QString &result) {
            EventParticipant p;
            p.staffId = s.id;
            p.name = s.name;
            p.result = result;
            return p;
        };
        QVERIFY2(events.addParticipants(event.id, {participant(wang, QStringLiteral("合格")), participant(li, QStringLiteral("合格")),
                                                   participant(zhao, QStringLiteral("缺考"))},
                                        &error),
                 qPrintable(error));
        // 赵六 2025: a paper with an authorship the rule set does not know: an error.
        activity(zhao, 2025, QStringLiteral("paper"), QStringLiteral("某论文"), {{QStringLiteral("authorship"), QStringLiteral("ghost")}});
    }

    void exportRefusesYearsWithErrors()
    {
        const QString out = path(QStringLiteral("refused.xlsx"));
        const auto r = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                            QStringLiteral("jiangsu-2023"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("赵六")) && r.err.contains(m_zhao), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("王强")));
        QVERIFY(!QFile::exists(out));
    }

    void exportXlsxWithSkip()
    {
        const QString out = path(QStringLiteral("jiangsu.xlsx"));
        const auto r = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                            QStringLiteral("jiangsu-2023"), QStringLiteral("--out"), out, QStringLiteral("--skip-errors")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("赵六")));
        QString perr;
        const QJsonArray sheets = QJsonDocument::fromJson(TestSupport::runPython(QString::fromUtf8(kDumpXlsx), {out}, &perr).toUtf8()).array();
        QVERIFY2(sheets.size() == 2, qPrintable(perr));
        const QJsonArray people = sheets.at(0).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(people.size(), 3); // header + 王强 + 李娜
        const QJsonArray h = people.at(0).toArray();
        QCOMPARE(h.at(0).toString(), QStringLiteral("证件号码"));
        QCOMPARE(h.at(8).toString(), QStringLiteral("公需科目学时"));
        const bool wangFirst = people.at(1).toArray().at(0).toString() == m_wang;
        const QJsonArray w = people.at(wangFirst ? 1 : 2).toArray();
        QCOMPARE(w.at(0).toString(), m_wang);
        QCOMPARE(w.at(1).toString(), QStringLiteral("王强"));
        QCOMPARE(w.at(3).toString(), QStringLiteral("常州市建筑科学研究院集团股份有限公司"));
        QCOMPARE(w.at(7).toInt(), 2025);
        QCOMPARE(w.at(8).toDouble(), 30.0);
        QCOMPARE(w.at(9).toDouble(), 70.0);
        QCOMPARE(w.at(10).toDouble(), 100.0);
        QCOMPARE(w.at(11).toString(), QStringLiteral("达标"));
        const QJsonArray l = people.at(wangFirst ? 2 : 1).toArray();
        QCOMPARE(l.at(1).toString(), QStringLiteral("李娜"));
        QVERIFY(l.at(8).isNull() || l.at(8).toDouble() == 0.0);
        QCOMPARE(l.at(9).toDouble(), 40.0);
        QCOMPARE(l.at(11).toString(), QStringLiteral("未达标"));
        const QJsonArray acts = sheets.at(1).toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(acts.size(), 5); // header + 3 + 1
        QString allExplanations;
        for (int i = 1; i < acts.size(); ++i)
            allExplanations += acts.at(i).toArray().last().toString() + QLatin1Char('\n');
        QVERIFY2(allExplanations.contains(QStringLiteral("苏人社函〔2023〕308号")), qPrintable(allExplanations));
        int trainings = 0;
        for (int i = 1; i < acts.size(); ++i)
            if (acts.at(i).toArray().at(4).toString() == kTraining) {
                QCOMPARE(acts.at(i).toArray().at(6).toString(), QStringLiteral("2025-06-09"));
                QCOMPARE(acts.at(i).toArray().at(8).toDouble(), 40.0);
                ++trainings;
            }
        QCOMPARE(trainings, 2);
    }

    void exportCsvHunanNeedsItsFields()
    {
        // The Hunan declaration requires 民族 and others the registry lacks here: refused with the list.
        const QString out = path(QStringLiteral("hunan.csv"));
        auto r = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                      QStringLiteral("hunan-2025"), QStringLiteral("--out"), out, QStringLiteral("--id"), m_wang});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("民族")), qPrintable(r.err));
        // The Anhui layout as CSV: BOM, the activity file beside it.
        const QString csv = path(QStringLiteral("anhui.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                 QStringLiteral("anhui-2025"), QStringLiteral("--out"), csv, QStringLiteral("--id"), m_wang});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(m_wang + QStringLiteral(",王强,")));
        QVERIFY(QFile::exists(path(QStringLiteral("anhui_activities.csv"))));
    }

    void exportBadInput()
    {
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                      QStringLiteral("nowhere"), QStringLiteral("--out"), path(QStringLiteral("x.xlsx"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("anhui-2025"), QStringLiteral("--out"),
                      path(QStringLiteral("x.xlsx"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                      QStringLiteral("anhui-2025"), QStringLiteral("--out"), path(QStringLiteral("x.txt"))}).exitCode, 2);
        const auto list = cli({QStringLiteral("export"), QStringLiteral("--list-profiles")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("hunan-2025")));
    }

    void printSummarySheet()
    {
        const QString out = path(QStringLiteral("summary.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QString::number(m_event),
                            QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString t = text(out);
        QVERIFY(t.contains(QStringLiteral("继续教育合格人员简明情况汇总表")));
        QVERIFY(t.contains(QStringLiteral("王强")) && t.contains(m_wang));
        QVERIFY(t.contains(QStringLiteral("李娜")) && t.contains(m_li));
        // 赵六 stays on the sheet with the real result and 0 hours.
        QVERIFY(t.contains(QStringLiteral("赵六")) && t.contains(QStringLiteral("缺考")));
        QCOMPARE(t.count(QRegularExpression(QStringLiteral("\\b40\\b"))), 2);
        QVERIFY(t.contains(QStringLiteral("联系人：钱芳")));
        const QString raw = squeezed(text(out, QStringLiteral("-raw")));
        QVERIFY2(raw.contains(QStringLiteral("2025年6月9日至6月13日")), qPrintable(raw));
        QVERIFY(raw.contains(squeezed(kTraining)));
        // Entered order: 王强, 李娜, 赵六.
        QVERIFY(raw.indexOf(QStringLiteral("王强")) < raw.indexOf(QStringLiteral("李娜")));
        QVERIFY(raw.indexOf(QStringLiteral("李娜")) < raw.indexOf(QStringLiteral("赵六")));
        QVERIFY(!renderFirstPage(out, QStringLiteral("cli-summary-sheet")).isEmpty());
        // The theme works as EVENT while only one event has it.
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), kTraining, QStringLiteral("--pdf"),
                      path(QStringLiteral("t.pdf"))}).exitCode, 0);

        const auto none = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QStringLiteral("不存在的培训"),
                               QStringLiteral("--pdf"), path(QStringLiteral("n.pdf"))});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("n.pdf"))));
        // The old title-matching path is gone.
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--title"), kTraining, QStringLiteral("--pdf"), path(QStringLiteral("old.pdf"))}).exitCode, 2);
    }

    void printSummarySheetFromJson()
    {
        const QString in = path(QStringLiteral("sheet.json"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{
                                  {QStringLiteral("reportingUnit"), QStringLiteral("常州市继续教育基地")},
                                  {QStringLiteral("filledOn"), QStringLiteral("2025-07-01")},
                                  {QStringLiteral("theme"), QStringLiteral("绿色建筑专题")},
                                  {QStringLiteral("from"), QStringLiteral("2025-06-01")},
                                  {QStringLiteral("to"), QStringLiteral("2025-06-02")},
                                  {QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("孙七")},
                                                                                  {QStringLiteral("idNumber"), m_li},
                                                                                  {QStringLiteral("hours"), 16},
                                                                                  {QStringLiteral("examResult"), QStringLiteral("合格")}}}},
                              })
                    .toJson());
        f.close();
        const QString out = path(QStringLiteral("sheet-json.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--input"), in, QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString t = text(out);
        QVERIFY(t.contains(QStringLiteral("孙七")));
        QVERIFY(t.contains(QStringLiteral("填表时间：2025年7月1日")));
        QVERIFY(t.contains(QStringLiteral("16")));
    }

    void printCertificate()
    {
        const QString out = path(QStringLiteral("cert.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("certificate"), QStringLiteral("--from"), QStringLiteral("2024"),
                            QStringLiteral("--to"), QStringLiteral("2025"), QStringLiteral("--id"), m_wang + QLatin1Char(',') + m_li,
                            QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList ps = pages(out, QStringLiteral("-raw"));
        QCOMPARE(ps.size(), 2);
        const int wi = ps.at(0).contains(QStringLiteral("王强")) ? 0 : 1;
        const QString w = squeezed(ps.at(wi));
        QVERIFY(w.contains(QStringLiteral("王强")) && w.contains(m_wang));
        // 2024: 94, 2025: 100 → 194 (public 60, professional 134).
        QVERIFY2(w.contains(QStringLiteral("累计194学时，其中公需科目60学时、专业科目134学时")), qPrintable(w));
        // The verdict over the range is the engine's cycle check (Jiangsu: every year must comply).
        QVERIFY(w.contains(QStringLiteral("134学时，达到规定的继续教育学时要求")));
        QVERIFY2(w.contains(QStringLiteral("结论：周期学时达标")), qPrintable(w));
        QVERIFY(w.contains(QStringLiteral("2/2年达标")));
        const QString l = squeezed(ps.at(1 - wi));
        QVERIFY(l.contains(QStringLiteral("李娜")));
        QVERIFY(l.contains(QStringLiteral("未达到规定的继续教育学时要求")));
        QVERIFY(l.contains(QStringLiteral("结论：周期学时未达标")));
        QVERIFY(l.contains(QStringLiteral("0/2年达标")));
        QVERIFY(!renderFirstPage(out, QStringLiteral("cli-certificate")).isEmpty());
    }

    // The register of issued 认定单: one number per person and range, unique, the same on a reprint
    // whether printed alone or in a batch.
    void certificateNumbersComeFromTheRegister()
    {
        auto numberOf = [this](const QStringList &ids, const QString &who) {
            const QString out = path(QStringLiteral("reg.pdf"));
            const auto r = cli({QStringLiteral("--operator"), QStringLiteral("王经办"), QStringLiteral("print"), QStringLiteral("certificate"),
                                QStringLiteral("--from"), QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("2025"),
                                QStringLiteral("--id"), ids.join(QLatin1Char(',')), QStringLiteral("--pdf"), out});
            if (r.exitCode != 0)
                return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
            for (const QString &p : pages(out, QStringLiteral("-raw")))
                if (p.contains(who)) {
                    static const QRegularExpression re(QStringLiteral("编号：(\\S+)"));
                    return re.match(p).captured(1);
                }
            return QString();
        };
        const QString liAlone = numberOf({m_li}, QStringLiteral("李娜"));
        QVERIFY2(liAlone.startsWith(QStringLiteral("2021-2025-")), qPrintable(liAlone));
        const QString wangInBatch = numberOf({m_li, m_wang}, QStringLiteral("王强"));
        const QString liInBatch = numberOf({m_li, m_wang}, QStringLiteral("李娜"));
        QCOMPARE(liInBatch, liAlone);
        QVERIFY2(wangInBatch.startsWith(QStringLiteral("2021-2025-")) && wangInBatch != liAlone, qPrintable(wangInBatch));
        QCOMPARE(numberOf({m_wang}, QStringLiteral("王强")), wangInBatch);
        Database db;
        QVERIFY(db.open(m_db));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT number) FROM certificate_register WHERE from_year = 2021")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 2);
        q.prepare(QStringLiteral("SELECT operator, issued_on FROM certificate_register WHERE id_number = ? AND from_year = 2021 AND to_year = 2025"));
        q.addBindValue(m_li);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("王经办")), qPrintable(q.value(0).toString())); // the operator who printed it
        QVERIFY(QDate::fromString(q.value(1).toString(), Qt::ISODate).isValid());
    }

    // 继续教育登记表 (Lu'an 54号 二（三）, Hefei 2021 五（一）): per person, every activity in date order,
    // counted or not with the reason, a 部门审核意见 box; batch by department.
    void printRegistrationRecord()
    {
        const QString out = path(QStringLiteral("registration.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("registration-record"), QStringLiteral("--from"), QStringLiteral("2024"),
                            QStringLiteral("--to"), QStringLiteral("2025"), QStringLiteral("--department"), QStringLiteral("结构所"),
                            QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList ps = pages(out, QStringLiteral("-raw"));
        QCOMPARE(ps.size(), 2);   // 王强 and 赵六 (结构所); 李娜 is in 建筑一所
        const QString w = squeezed(ps.at(0));
        QVERIFY2(w.contains(QStringLiteral("专业技术人员继续教育登记表")) && w.contains(QStringLiteral("王强")) && w.contains(m_wang), qPrintable(w));
        QVERIFY(!w.contains(QStringLiteral("李娜")));
        // date order: 2024 entries (no dates), the June 2025 training, then the undated 2025 entries
        const int bim = w.indexOf(QStringLiteral("2024年BIM应用研修"));
        const int june = w.indexOf(QStringLiteral("2025.6.9—2025.6.13"));
        const int pub25 = w.indexOf(QStringLiteral("2025年度公需科目"));
        QVERIFY2(bim >= 0 && june > bim && pub25 > june, qPrintable(w));
        for (const QString &f : {QStringLiteral("学习内容"), QStringLiteral("形式"), QStringLiteral("主办单位"), QStringLiteral("认定学时"),
                                 QStringLiteral("是否计入（原因）"), QStringLiteral("考核结果"), QStringLiteral("部门审核意见"),
                                 QStringLiteral("（盖章）")})
            QVERIFY2(w.contains(f), qPrintable(f));
        const QString z = squeezed(ps.at(1));
        QVERIFY(z.contains(QStringLiteral("赵六")));
        QVERIFY2(z.contains(QStringLiteral("不计入")) && z.contains(QStringLiteral("ghost")), qPrintable(z));   // the bad row, with why
        QVERIFY(!renderFirstPage(out, QStringLiteral("cli-registration-record")).isEmpty());
    }

    void printReport()
    {
        const QString out = path(QStringLiteral("report.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025"),
                            QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString t = text(out);
        QVERIFY(t.contains(QStringLiteral("2025年度专业技术人员继续教育学时达标情况报告")));
        QVERIFY2(t.simplified().contains(QStringLiteral("3 1 2 33.3%")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("李娜")) && t.contains(QStringLiteral("赵六")));
        QVERIFY(squeezed(text(out, QStringLiteral("-raw"))).contains(QStringLiteral("公需30；专业20；合计50")));
        QVERIFY(!renderFirstPage(out, QStringLiteral("cli-report")).isEmpty());
    }

    // issue 12 "Files": absolute paths printed for both formats, the usual permissions, Chinese paths,
    // hours shown as 30 and 2.5 (not "30."), print quiet without XDG_RUNTIME_DIR.
    void exportFilesLikeUserSavedFiles()
    {
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const auto x = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                            QStringLiteral("anhui-2025"), QStringLiteral("--out"), QStringLiteral("rel.xlsx"), QStringLiteral("--id"), m_wang});
        const auto c = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                            QStringLiteral("anhui-2025"), QStringLiteral("--out"), QStringLiteral("rel.csv"), QStringLiteral("--id"), m_wang});
        QDir::setCurrent(old);
        QVERIFY2(x.exitCode == 0 && c.exitCode == 0, qPrintable(x.err + c.err));
        const QString base = QDir::toNativeSeparators(QDir(m_dir.path()).canonicalPath());
        const QStringList lines = (x.out + c.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList files;
        for (const QString &l : lines)
            if (l.endsWith(QLatin1String(".xlsx")) || l.endsWith(QLatin1String(".csv")))
                files << l.trimmed();
        QCOMPARE(files.size(), 3);   // rel.xlsx, rel.csv, rel_activities.csv
        for (const QString &f : files)
            QVERIFY2(QDir::isAbsolutePath(f) && QFileInfo(f).canonicalFilePath().startsWith(QDir(m_dir.path()).canonicalPath()),
                     qPrintable(f));
        QCOMPARE(QFileInfo(path(QStringLiteral("rel.xlsx"))).permissions(), QFileInfo(path(QStringLiteral("rel.csv"))).permissions());
        QVERIFY(QFileInfo(path(QStringLiteral("rel.xlsx"))).permissions() & QFileDevice::ReadGroup);
        Q_UNUSED(base)

        // hours: General (30, 2.5), not "0.##" ("30.")
        QString perr;
        const QString fmts = TestSupport::runPython(QStringLiteral(
            "import sys, openpyxl\n"
            "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
            "h = [c.value for c in ws[1]]\n"
            "i = h.index('合计学时')\n"
            "print(ws.cell(row=2, column=i+1).number_format, ws.cell(row=2, column=i+1).value)\n"), {path(QStringLiteral("rel.xlsx"))}, &perr);
        QVERIFY2(fmts.trimmed() == QStringLiteral("General 100"), qPrintable(fmts + perr));
    }

    void exportToAChinesePath()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("导出 文件夹"));
        const QString out = path(QStringLiteral("导出 文件夹/学时导出（2025）.xlsx"));
        const auto r = cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--profile"),
                            QStringLiteral("jiangsu-2023"), QStringLiteral("--out"), out, QStringLiteral("--skip-errors")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("学时导出（2025）.xlsx")), qPrintable(r.out));
        QString perr;
        const QJsonArray sheets = QJsonDocument::fromJson(TestSupport::runPython(QString::fromUtf8(kDumpXlsx), {out}, &perr).toUtf8()).array();
        QVERIFY2(sheets.size() == 2, qPrintable(perr));
        // nothing left beside it
        const QStringList left = QDir(path(QStringLiteral("导出 文件夹"))).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("学时导出（2025）.xlsx")});
    }

    void printIsQuietWithoutRuntimeDir()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const auto r = cli({QStringLiteral("print"), QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025"),
                            QStringLiteral("--pdf"), path(QStringLiteral("quiet.pdf"))});
        if (!saved.isEmpty())
            qputenv("XDG_RUNTIME_DIR", saved);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(r.err));
    }

    void printBadInput()
    {
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("poster"), QStringLiteral("--pdf"), path(QStringLiteral("p.pdf"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("certificate"), QStringLiteral("--from"), QStringLiteral("2025"),
                      QStringLiteral("--to"), QStringLiteral("2024"), QStringLiteral("--pdf"), path(QStringLiteral("c.pdf"))}).exitCode, 2);
    }

    // Last (it adds a person): 技术职称 prints the title, else the level the roster holds.
    void summarySheetTitleElseLevel()
    {
        Database db;
        QVERIFY(db.open(m_db));
        QString error;
        Staff s;
        Unit u;
        QVERIFY(UnitRepository(db.connection()).first(&u, &error));
        s.unitId = u.id;
        s.name = QStringLiteral("钱七");
        s.department = QStringLiteral("结构所");
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1970, 2, 3), 17);
        s.titleLevel = QStringLiteral("正高级");
        QVERIFY2(StaffRepository(db.connection()).insert(s, &error), qPrintable(error));
        // A second event of the same theme, with only this person (it has only a title level).
        TrainingEvent event;
        event.title = kTraining;
        event.startDate = QDate(2025, 9, 1);
        event.endDate = QDate(2025, 9, 5);
        event.params = {{QStringLiteral("days"), 5}};
        EventRepository events(db.connection());
        QVERIFY2(events.create(event, &error), qPrintable(error));
        EventParticipant p;
        p.staffId = s.id;
        p.result = QStringLiteral("合格");
        QVERIFY2(events.addParticipants(event.id, {p}, &error), qPrintable(error));
        db.close();
        const QString out = path(QStringLiteral("summary-level.pdf"));
        const auto r = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QString::number(event.id),
                            QStringLiteral("--pdf"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString t = text(out);
        QVERIFY2(t.contains(QStringLiteral("钱七")) && t.contains(QStringLiteral("正高级")), qPrintable(t));
    }
};

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
