// Printed forms: text extracted from the PDFs (pdftotext), page structure, the embedded font,
// and page 1 of each form rendered to PNG under <build>/test-artifacts/ for a look.
#include "ExportFixtures.h"
#include "PdfTestUtil.h"
#include "export/CjkFont.h"
#include "export/PrintForms.h"
#include "export/SummarySheetLayout.h"
#include "export/CjkFont.h"
#include "util/Clock.h"

#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonObject>
#include <numeric>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace PdfTestUtil;

class TestExportPdf : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(9, 30))};
    QTemporaryDir m_dir;

    QString pdf(const QString &name) const { return m_dir.filePath(name); }

    static SummarySheet sheet(int people)
    {
        SummarySheet s;
        s.reportingUnit = QStringLiteral("合肥市建筑业培训中心");
        s.theme = QStringLiteral("2025年建设工程专业技术人员新技术新规范专题培训班");
        s.from = QDate(2025, 5, 6);
        s.to = QDate(2025, 5, 10);
        s.contactPerson = QStringLiteral("周敏");
        s.contactPhone = QStringLiteral("0551-65396286");
        for (int i = 1; i <= people; ++i) {
            SummarySheetRow r;
            r.name = QStringLiteral("学员%1").arg(i, 2, 10, QLatin1Char('0'));
            r.unit = i % 7 == 0 ? QStringLiteral("安徽省合肥市包河区城市建设投资集团有限公司工程管理部第三项目部")
                                : QStringLiteral("合肥市第%1建筑公司").arg(i);
            r.idNumber = ExportFixtures::id(i);
            r.title = i % 5 == 0 ? QStringLiteral("正高级工程师") : i % 2 ? QStringLiteral("工程师") : QStringLiteral("高级工程师");
            r.hours = QStringLiteral("40");
            r.examResult = QStringLiteral("合格");
            r.remark = i == 3 ? QStringLiteral("补考合格（2025年5月20日补考，成绩以培训中心通知为准）") : QString();
            s.rows << r;
        }
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setCurrent(&m_clock);
        QString error;
        QVERIFY2(CjkFont::ensureLoaded(&error), qPrintable(error));
        QCOMPARE(CjkFont::family(), QStringLiteral("WenQuanYi Micro Hei"));
    }

    void cleanupTestCase() { Clock::setCurrent(nullptr); }

    void summarySheetText()
    {
        QString error;
        const QString file = pdf(QStringLiteral("summary.pdf"));
        QVERIFY2(PdfPages::toPdf(file, PrintForms::summarySheetTitle(), PrintForms::summarySheet(sheet(5)), &error), qPrintable(error));
        const QString t = text(file);
        QVERIFY2(t.contains(QStringLiteral("继续教育合格人员简明情况汇总表")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("填报单位：合肥市建筑业培训中心")));
        QVERIFY(t.contains(QStringLiteral("填表时间：2026年11月21日")));
        for (const QString &hdr : {QStringLiteral("培训主题"), QStringLiteral("培训时间"), QStringLiteral("序号"),
                                   QStringLiteral("姓名"), QStringLiteral("单位"), QStringLiteral("身份证号码"),
                                   QStringLiteral("技术职称"), QStringLiteral("培训学时"), QStringLiteral("考试结果"),
                                   QStringLiteral("备注")})
            QVERIFY2(t.contains(hdr), qPrintable(hdr));
        QVERIFY(squeezed(text(file, QStringLiteral("-raw"))).contains(QStringLiteral("2025年5月6日至5月10日"))); // 月日至月日 as on the form, the year once
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(t.contains(QStringLiteral("学员%1").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY2(t.contains(ExportFixtures::id(i)), qPrintable(ExportFixtures::id(i)));
        }
        QVERIFY(t.contains(QStringLiteral("联系人：周敏")));
        QVERIFY(t.contains(QStringLiteral("联系电话：0551-65396286")));
        QVERIFY(squeezed(t).contains(QStringLiteral("第1页共1页")));
        // Long texts wrap inside their cells and are printed whole.
        const QString raw = squeezed(text(file, QStringLiteral("-raw")));
        QVERIFY(raw.contains(QStringLiteral("补考合格（2025年5月20日补考，成绩以培训中心通知为准）")));
        QVERIFY(raw.contains(squeezed(QStringLiteral("2025年建设工程专业技术人员新技术新规范专题培训班"))));
        QVERIFY(!renderFirstPage(file, QStringLiteral("summary-sheet")).isEmpty());
    }

    void embedsTheChosenFont()
    {
        const QString file = pdf(QStringLiteral("summary.pdf"));
        const QString fonts = run(QStringLiteral("pdffonts"), {file});
        QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("Noto")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line)); // emb
        }
    }

    void summarySheetRepeatsHeaderOnEveryPage()
    {
        QString error;
        const QString file = pdf(QStringLiteral("summary60.pdf"));
        SummarySheet s60 = sheet(60);
        s60.from = QDate(2025, 12, 10);   // two-digit months and days: the date cell must not wrap
        s60.to = QDate(2025, 12, 15);
        QVERIFY2(PdfPages::toPdf(file, PrintForms::summarySheetTitle(), PrintForms::summarySheet(s60), &error), qPrintable(error));
        const QStringList ps = pages(file);
        QVERIFY2(ps.size() >= 3, qPrintable(QString::number(ps.size())));
        QString all;
        for (int i = 0; i < ps.size(); ++i) {
            const QString &p = ps.at(i);
            QVERIFY2(p.contains(QStringLiteral("序号")) && p.contains(QStringLiteral("身份证号码")) && p.contains(QStringLiteral("考试结果")),
                     qPrintable(QStringLiteral("page %1 lacks the header row").arg(i + 1)));
            QVERIFY2(p.contains(QStringLiteral("培训主题")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY2(squeezed(p).contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(ps.size())), qPrintable(p.right(200)));
            all += p;
        }
        // Every trainee exactly once, in order, and the foot only on the last page.
        int last = -1;
        for (int i = 1; i <= 60; ++i) {
            const QString id = ExportFixtures::id(i);
            QCOMPARE(all.count(id), 1);
            const int at = all.indexOf(id);
            QVERIFY(at > last);
            last = at;
        }
        QVERIFY(!ps.first().contains(QStringLiteral("联系人：")));
        QVERIFY(ps.last().contains(QStringLiteral("联系人：周敏")));
        QVERIFY(!renderFirstPage(file, QStringLiteral("summary-sheet-60")).isEmpty());
    }

    void blankSummarySheetPrints()
    {
        QString error;
        SummarySheet s;
        const QString file = pdf(QStringLiteral("blank.pdf"));
        QVERIFY2(PdfPages::toPdf(file, PrintForms::summarySheetTitle(), PrintForms::summarySheet(s), &error), qPrintable(error));
        const QString t = text(file);
        QVERIFY(t.contains(QStringLiteral("身份证号码")));
        // for writing on: no date filled in, the 年 月 日 至 年 月 日 scaffold, room after 联系电话
        QVERIFY2(!t.contains(QStringLiteral("2026年11月21日")), qPrintable(t));
        QVERIFY2(squeezed(t).contains(QStringLiteral("填表时间：年月日")), qPrintable(t));
        QVERIFY2(squeezed(t).contains(QStringLiteral("年月日至年月日")), qPrintable(t));
        const QString bbox = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\""));
        static const QRegularExpression wordRe(QStringLiteral("xMax=\"([0-9.]+)\"[^>]*>联系电话："));
        const double pageWidth = pageRe.match(bbox).captured(1).toDouble();
        const QRegularExpressionMatch w = wordRe.match(bbox);
        QVERIFY2(w.hasMatch() && pageWidth > 0, qPrintable(bbox.left(2000)));
        // A4 = 595 pt, margin 18 mm = 51 pt: at least ~35 mm (100 pt) of room after the label
        QVERIFY2(w.captured(1).toDouble() < pageWidth - 51 - 100, qPrintable(w.captured(1)));
        QVERIFY(!renderFirstPage(file, QStringLiteral("summary-sheet-blank")).isEmpty());
    }

    // 汇总表 columns sized from the content: nothing in a header, ID, title or date cell wraps.
    void summarySheetColumnsFitTheirContent()
    {
        SummarySheet s = sheet(12);
        s.from = QDate(2025, 12, 10);
        s.to = QDate(2025, 12, 15);
        s.rows[1].title = QStringLiteral("正高级工程师");
        const QFont f = CjkFont::font(9.5), b = CjkFont::font(9.5, true);
        const auto measure = [&](const QString &t, bool bold) { return QFontMetricsF(bold ? b : f).horizontalAdvance(t); };
        const double pad = 10, width = 700;
        const QList<double> w = SummarySheetLayout::columnWidths(s, measure, width, pad);
        QCOMPARE(w.size(), int(SummarySheetLayout::ColumnCount));
        QVERIFY(qAbs(std::accumulate(w.begin(), w.end(), 0.0) - width) < 1e-6);
        using L = SummarySheetLayout::Column;
        QVERIFY(w[L::IdNumber] >= measure(s.rows[0].idNumber, false) + pad);
        QVERIFY(w[L::Title] >= measure(QStringLiteral("正高级工程师"), false) + pad);
        QVERIFY(w[L::Hours] >= measure(QStringLiteral("培训学时"), true) + pad);
        QVERIFY(w[L::Exam] >= measure(QStringLiteral("考试结果"), true) + pad);
        QVERIFY(w[L::Hours] + w[L::Exam] + w[L::Remark] >= measure(SummarySheetLayout::period(s), false) + pad);
        QCOMPARE(SummarySheetLayout::period(s), QStringLiteral("2025年12月10日至12月15日"));

        QString error;
        const QString file = pdf(QStringLiteral("summary-widths.pdf"));
        QVERIFY2(PdfPages::toPdf(file, PrintForms::summarySheetTitle(), PrintForms::summarySheet(s), &error), qPrintable(error));
        const QString t = text(file);
        QVERIFY2(t.contains(QStringLiteral("2025年12月10日至12月15日")), qPrintable(t));   // one line
        QVERIFY2(t.contains(QStringLiteral("正高级工程师")), qPrintable(t));
        for (const QString &hdr : SummarySheetLayout::headers())
            QVERIFY2(t.contains(hdr), qPrintable(hdr));
    }

    void summarySheetJsonChecksIdNumbers()
    {
        QString id = ExportFixtures::id(4);
        const QChar wrong = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        id[17] = wrong;
        SummarySheet s;
        QString error;
        const QJsonObject o{{QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("孙七")},
                                                                            {QStringLiteral("idNumber"), id}}}}};
        QVERIFY(!SummarySheet::fromJson(o, &s, &error));
        QVERIFY2(error.contains(QStringLiteral("row 1")) && error.contains(id), qPrintable(error));
        QJsonObject good = o;
        good[QStringLiteral("rows")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("孙七")},
                                                              {QStringLiteral("idNumber"), ExportFixtures::id(4).toLower()}}};
        QVERIFY2(SummarySheet::fromJson(good, &s, &error), qPrintable(error));
    }

    void certificates()
    {
        const ExportDataSet d = ExportFixtures::sample();
        QList<Certificate> list;
        for (int k = 0; k < 2; ++k) {
            Certificate c;
            c.person = d.people.at(k).person;
            c.fromYear = 2021;
            c.toYear = 2025;
            c.number = QStringLiteral("2025-%1").arg(k + 1, 4, 10, QLatin1Char('0'));
            for (int y = 2021; y <= 2025; ++y) {
                PersonYearRow r = ExportFixtures::year(c.person, y, 30, y == 2023 && k == 1 ? 45 : 60 + y % 2);
                if (y == 2025) {
                    r.publicNames = {QStringLiteral("网络公需课")};
                    r.publicForm = QStringLiteral("远程教育");
                }
                c.years << r;
            }
            list << c;
        }
        QString error;
        const QString file = pdf(QStringLiteral("certificates.pdf"));
        QVERIFY2(PdfPages::toPdf(file, PrintForms::certificateTitle(), PrintForms::certificates(list), &error), qPrintable(error));
        const QStringList ps = pages(file);
        QCOMPARE(ps.size(), 2);
        // 张三: 5×30 public, 61+60+61+60+61 = 303 professional, 453 total, every year met.
        const QString a = ps.at(0);
        QVERIFY(a.contains(QStringLiteral("专业技术人员继续教育学时认定单")));
        QVERIFY(a.contains(QStringLiteral("张三")));
        QVERIFY(a.contains(ExportFixtures::id(1)));
        QVERIFY(!a.contains(QStringLiteral("欧阳娜娜")));
        const QString sa = squeezed(text(file, QStringLiteral("-raw")).split(QLatin1Char('\f')).at(0));
        QVERIFY2(sa.contains(QStringLiteral("2021年至2025年（共5年）参加继续教育累计453学时，其中公需科目150学时、专业科目303学时")), qPrintable(sa));
        QVERIFY(sa.contains(QStringLiteral("各年度均达到规定的继续教育学时要求")));
        QVERIFY(sa.contains(QStringLiteral("拟申报高级工程师")));
        QVERIFY(sa.contains(QStringLiteral("最高学历大学本科")));
        for (const QString &hdr : {QStringLiteral("年度"), QStringLiteral("公需科目"), QStringLiteral("专业科目"),
                                   QStringLiteral("继续教育形式"), QStringLiteral("合计学时")})
            QVERIFY2(a.contains(hdr), qPrintable(hdr));
        // seed 003: its basis first, and 民族, 联系电话, 单位性质, 行政区划名称; per year the subject names and forms
        QVERIFY(sa.contains(QStringLiteral("根据《专业技术人员继续教育规定》（人社部令第25号），张三同志")));
        for (const QString &f : {QStringLiteral("民族汉族"), QStringLiteral("联系电话13800000000"), QStringLiteral("单位性质国有企事业单位"),
                                 QStringLiteral("行政区划名称长沙市")})
            QVERIFY2(sa.contains(f), qPrintable(f + QStringLiteral(" in ") + sa));
        QVERIFY2(sa.contains(QStringLiteral("2025网络公需课30远程教育")), qPrintable(sa));
        QVERIFY(a.contains(QStringLiteral("5/5年达标")));
        QVERIFY(a.contains(QStringLiteral("长沙市第一建筑设计研究院有限公司")));
        QVERIFY(a.contains(QStringLiteral("2026年11月21日")));
        QVERIFY(a.contains(QStringLiteral("编号：2025-0001")));
        const QString b = ps.at(1);
        QVERIFY(b.contains(QStringLiteral("欧阳娜娜")));
        QVERIFY(b.contains(QStringLiteral("4/5年达标")));
        QVERIFY(squeezed(b).contains(QStringLiteral("2023年度未达到规定的继续教育学时要求")));
        QVERIFY(!renderFirstPage(file, QStringLiteral("certificate")).isEmpty());
    }

    void complianceReport()
    {
        ComplianceReport r;
        r.unit = ExportFixtures::unit();
        r.year = 2025;
        r.ruleSetName = QStringLiteral("湖南省 2025");
        const QStringList depts = {QStringLiteral("结构所"), QStringLiteral("建筑一所"), QStringLiteral("给排水与暖通空调设计研究所")};
        for (int i = 1; i <= 12; ++i) {
            PersonInfo p = ExportFixtures::person(QStringLiteral("职工%1").arg(i, 2, 10, QLatin1Char('0')), ExportFixtures::id(i),
                                                  depts.at(i % 3), QStringLiteral("工程师"));
            // Every fourth person lacks professional hours.
            PersonYearRow y = ExportFixtures::year(p, 2025, 30, i % 4 == 0 ? 48 : 64);
            r.people << y;
        }
        r.people[5].errors = {QStringLiteral("专利排名为0，未计入")};
        QString error;
        const QString file = pdf(QStringLiteral("report.pdf"));
        QVERIFY2(PdfPages::toPdf(file, PrintForms::reportTitle(2025), PrintForms::complianceReport(r), &error), qPrintable(error));
        const QString t = text(file);
        QVERIFY(t.contains(QStringLiteral("2025年度专业技术人员继续教育学时达标情况报告")));
        QVERIFY(t.contains(QStringLiteral("一、总体情况")));
        // 12 people, 9 met (75.0%), 3 short: 职工04, 职工08, 职工12, each short 12 professional and 12 total.
        const QString flat = t.simplified();
        QVERIFY2(flat.contains(QStringLiteral("12 9 3 75.0%")), qPrintable(flat));
        QVERIFY(t.contains(QStringLiteral("给排水与暖通空调设计研究所")));
        QVERIFY(t.contains(QStringLiteral("三、未达标人员名单")));
        for (int i : {4, 8, 12}) {
            QVERIFY(t.contains(QStringLiteral("职工%1").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(t.contains(ExportFixtures::id(i)));
        }
        QVERIFY(!t.contains(ExportFixtures::id(5)) || t.indexOf(ExportFixtures::id(5)) > t.indexOf(QStringLiteral("四、")));
        QVERIFY(t.contains(QStringLiteral("专业12；合计12")));
        QVERIFY(t.contains(QStringLiteral("专利排名为0，未计入")));
        QVERIFY(!renderFirstPage(file, QStringLiteral("compliance-report")).isEmpty());
    }

    void nothingHalfWritten()
    {
        // A failing body leaves no file behind (QSaveFile).
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("no-such-dir/x.pdf"));
        QVERIFY(!PdfPages::toPdf(file, QString(), PrintForms::summarySheet(sheet(1)), &error));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestExportPdf)
#include "tst_export_pdf.moc"
