// The 导出与打印 page (offscreen): export with the error gate, PDF of a form, and the printer path
// (PdfPages::toDevice on a QPrinter, as the print preview uses it).
#include "AppContext.h"
#include "ExportPage.h"
#include "JobDialog.h"
#include "PdfTestUtil.h"
#include "Prompter.h"
#include "TestSupport.h"
#include "domain/Activity.h"
#include "export/ExportProfile.h"
#include "export/ExportSource.h"
#include "export/PrintForms.h"
#include "export/TableExporter.h"
#include "jobs/JobControl.h"
#include "events/EventRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QPrinter>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace PdfTestUtil;

namespace {
class RecordingPrompter : public Prompter
{
public:
    QStringList warnings;
    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    void information(QWidget *, const QString &, const QString &) override {}
    void openFile(const QString &) override {}
};
} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    RecordingPrompter m_prompter;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("cehours-test-export-ui"));
        Prompter::setCurrent(&m_prompter);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r.sqlite"))));
        QString error;
        Unit u;
        u.name = QStringLiteral("常州市测试单位");
        u.ruleSet = QStringLiteral("jiangsu-2023");
        QVERIFY2(UnitRepository(m_db.connection()).save(u, &error), qPrintable(error));
        StaffRepository staff(m_db.connection());
        ActivityRepository acts(m_db.connection());
        const QStringList names = {QStringLiteral("王强"), QStringLiteral("赵六")};
        QList<qint64> ids;
        for (int i = 0; i < names.size(); ++i) {
            Staff s;
            s.unitId = u.id;
            s.name = names.at(i);
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1986, 4, 11 + i), 11 + 2 * i);
            QVERIFY2(staff.insert(s, &error), qPrintable(error));
            Activity a;
            a.staffId = s.id;
            a.year = 2025;
            a.kind = QStringLiteral("training");
            a.title = QStringLiteral("2025年结构培训");
            a.params = i == 0 ? QJsonObject{{QStringLiteral("days"), 5}} : QJsonObject{{QStringLiteral("days"), -2}};
            QVERIFY2(acts.insert(a, &error), qPrintable(error));
            ids << s.id;
        }
        // The 汇总表 is printed from a training event (docs/events.md).
        TrainingEvent event;
        event.title = QStringLiteral("2025年结构培训");
        event.startDate = QDate(2025, 6, 9);
        event.endDate = QDate(2025, 6, 13);
        event.params = {{QStringLiteral("days"), 5}};
        EventRepository events(m_db.connection());
        QVERIFY2(events.create(event, &error), qPrintable(error));
        EventParticipant p;
        p.staffId = ids.first();
        p.name = names.first();
        p.result = QStringLiteral("不合格");
        QVERIFY2(events.addParticipants(event.id, {p}, &error), qPrintable(error));
    }

    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void exportGateAndPdf()
    {
        AppContext ctx(&m_db);
        ctx.setYear(2025);
        ExportPage page(&ctx);
        QCOMPARE(page.objectName(), QStringLiteral("exportPage"));
        auto *profile = page.findChild<QComboBox *>(QStringLiteral("exportProfile"));
        QVERIFY(profile && profile->count() >= 3);
        profile->setCurrentIndex(profile->findData(QStringLiteral("jiangsu-2023")));
        QVERIFY(profile->currentIndex() >= 0);

        const QString xlsx = m_dir.filePath(QStringLiteral("e.xlsx"));
        QVERIFY(!page.exportTo(xlsx));
        QCOMPARE(m_prompter.warnings.size(), 1);
        auto *report = page.findChild<QPlainTextEdit *>(QStringLiteral("exportReport"));
        QVERIFY2(report->toPlainText().contains(QStringLiteral("赵六")), qPrintable(report->toPlainText()));
        QVERIFY(!QFile::exists(xlsx));

        page.findChild<QCheckBox *>(QStringLiteral("exportSkipErrors"))->setChecked(true);
        QVERIFY(page.exportTo(xlsx));
        QVERIFY(QFile::exists(xlsx));
        QVERIFY(report->toPlainText().contains(QStringLiteral("赵六")));

        auto *titles = page.findChild<QComboBox *>(QStringLiteral("summarySheetTitle"));
        QCOMPARE(titles->currentText(), QStringLiteral("2025年结构培训（06-09）"));
        const QString sheetPdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(page.printToPdf(QStringLiteral("summary-sheet"), sheetPdf));
        QVERIFY(text(sheetPdf).contains(QStringLiteral("王强")) && text(sheetPdf).contains(QStringLiteral("不合格")));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page.printToPdf(QStringLiteral("report"), pdf));
        QVERIFY(text(pdf).contains(QStringLiteral("2025年度专业技术人员继续教育学时达标情况报告")));

        // the 登记表 row: from/to years and a department; printed per person
        page.findChild<QSpinBox *>(QStringLiteral("registrationFrom"))->setValue(2025);
        QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("registrationDepartment")));
        const QString reg = m_dir.filePath(QStringLiteral("registration.pdf"));
        QVERIFY(page.printToPdf(QStringLiteral("registrationRecord"), reg));
        const QString rt = text(reg);
        QVERIFY2(rt.contains(QStringLiteral("专业技术人员继续教育登记表")) && rt.contains(QStringLiteral("王强")), qPrintable(rt));

        page.resize(960, 640);
        page.show();
        QVERIFY(page.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("export-page.png"))));
    }

    void printerPath()
    {
        SummarySheet s;
        s.reportingUnit = QStringLiteral("常州市测试单位");
        s.theme = QStringLiteral("打印机路径测试培训");
        for (int i = 1; i <= 45; ++i)
            s.rows << SummarySheetRow{QStringLiteral("学员%1").arg(i), QStringLiteral("常州市测试单位"),
                                      TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1990, 1, 1).addDays(i), i),
                                      QStringLiteral("工程师"), QStringLiteral("24"), QStringLiteral("合格"), QString()};
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(pdf);
        QString error;
        QVERIFY2(PdfPages::toDevice(&printer, PrintForms::summarySheet(s), &error), qPrintable(error));
        const QStringList ps = pages(pdf);
        QVERIFY2(ps.size() >= 2, qPrintable(QString::number(ps.size())));
        for (int i = 0; i < ps.size(); ++i) {
            QVERIFY(ps.at(i).contains(QStringLiteral("身份证号码")));
            QVERIFY(squeezed(ps.at(i)).contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(ps.size())));
        }
        QVERIFY(!renderFirstPage(pdf, QStringLiteral("printer-summary-sheet")).isEmpty());
    }

    // The page streams the export (TableWriter::exportYears in the job) instead of loading the
    // year whole: the file is the one the whole-year path (ExportSource::load + TableExporter::write)
    // gave, part by part.
    void exportStreamsWhatTheWholeYearGave()
    {
        AppContext ctx(&m_db);
        ctx.setYear(2025);
        ExportPage page(&ctx);
        auto *profile = page.findChild<QComboBox *>(QStringLiteral("exportProfile"));
        profile->setCurrentIndex(profile->findData(QStringLiteral("jiangsu-2023")));
        page.findChild<QCheckBox *>(QStringLiteral("exportSkipErrors"))->setChecked(true);
        const QString streamed = m_dir.filePath(QStringLiteral("streamed.xlsx"));
        QVERIFY(page.exportTo(streamed));
        const QString report = page.findChild<QPlainTextEdit *>(QStringLiteral("exportReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("赵六")), qPrintable(report));   // left out, listed

        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("jiangsu-2023"), &p, &error), qPrintable(error));
        ExportDataSet data;
        QVERIFY2(ExportSource(m_db.connection()).load(2025, 2025, {}, &data, &error), qPrintable(error));
        TableExporter::Options options;
        options.skipErrors = true;
        TableExporter::Result res;
        const QString whole = m_dir.filePath(QStringLiteral("whole.xlsx"));
        QVERIFY2(TableExporter::write(p, data, whole, options, &res, &error), qPrintable(error));
        QVERIFY2(report.contains(QString::number(res.personYearRows)), qPrintable(report));
        const char *parts = R"PY(
import sys, zipfile, json
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({n: z.read(n).decode('utf-8') for n in sorted(z.namelist()) if n != 'docProps/core.xml'}, ensure_ascii=False))
)PY";
        const QString want = TestSupport::runPython(QString::fromUtf8(parts), {whole}, &error);
        QVERIFY2(!want.isEmpty(), qPrintable(error));
        QCOMPARE(TestSupport::runPython(QString::fromUtf8(parts), {streamed}), want);
    }

    // Cancel during the streamed export (300 people): the job stops at the next person, the page
    // reports the cancel, and neither the file nor a scratch file is left.
    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.sqlite"));
        const int year = QDate::currentDate().year();
        for (const QStringList &args : {QStringList{QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--unit-name"),
                                                    QStringLiteral("测试医院"), QStringLiteral("--rules"), QStringLiteral("anhui-2025")},
                                        QStringList{QStringLiteral("--db"), path, QStringLiteral("demo-data"), QStringLiteral("--staff"),
                                                    QStringLiteral("300"), QStringLiteral("--years"), QStringLiteral("1"),
                                                    QStringLiteral("--per-year"), QStringLiteral("8"), QStringLiteral("--seed"),
                                                    QStringLiteral("3")}}) {
            const TestSupport::CliRun r = TestSupport::runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        Database big;
        QVERIFY2(big.open(path), qPrintable(big.errorString()));
        AppContext ctx(&big);
        ctx.setYear(year);
        ExportPage page(&ctx);
        auto *profile = page.findChild<QComboBox *>(QStringLiteral("exportProfile"));
        profile->setCurrentIndex(profile->findData(QStringLiteral("anhui-2025")));
        page.findChild<QCheckBox *>(QStringLiteral("exportSkipErrors"))->setChecked(true);
        const QString xlsx = m_dir.filePath(QStringLiteral("canceled.xlsx"));
        m_prompter.warnings.clear();
        bool clicked = false;
        JobDialog::setShownHook([&clicked](JobDialog *dialog) {
            if (auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("jobCancel"))) {
                QTest::mouseClick(cancel, Qt::LeftButton);
                clicked = true;
            }
        });
        const bool exported = page.exportTo(xlsx);
        JobDialog::setShownHook({});
        QVERIFY(clicked);
        QVERIFY(!exported);
        QCOMPARE(m_prompter.warnings, QStringList{JobControl::canceledText()});
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".cehours-export-*")}, QDir::Files | QDir::Hidden).isEmpty());
        // Without Cancel the same page writes it.
        QVERIFY(page.exportTo(xlsx));
        QVERIFY(QFile::exists(xlsx));
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
