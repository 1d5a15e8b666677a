// The xlsx pipeline (issue 14, export14b): TableWriter turns the cells into values and text on the
// caller's thread and hands them in batches to one writer thread that makes every libxlsxwriter
// call. Across many batches (the queue full, the caller waiting) the workbook must hold every cell
// as the CSV — written on the caller's thread, no pipeline — has it; a person-year refused after
// thousands of rows were queued, or a cell the library refuses on the writer thread, must leave no
// file and no scratch file, with the same results and messages as before.
#include "ExportFixtures.h"
#include "TestSupport.h"
#include "export/ExportProfile.h"
#include "export/TableExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Every sheet of the workbook as text rows, numbers as the CSV prints them, dates yyyy-mm-dd.
const char *kSheetsAsText = R"PY(
import sys, json, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
def text(v):
    if v is None: return ''
    if isinstance(v, datetime.datetime): return v.strftime('%Y-%m-%d')
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
print(json.dumps([[[text(v) for v in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets], ensure_ascii=False))
)PY";

// The CSV files of the export as text rows (the same JSON shape).
const char *kCsvAsText = R"PY(
import sys, json, csv
out = []
for name in sys.argv[1:]:
    with open(name, encoding='utf-8-sig', newline='') as f:
        out.append([row for row in csv.reader(f)])
print(json.dumps(out, ensure_ascii=False))
)PY";

// n person-years of the sample, three activities each; one title a formula; the person-year at
// `badAt` (if any) has an engine error; the note of the one at `hugeAt` is too long for a cell.
ExportDataSet many(int n, int badAt = -1, int hugeAt = -1)
{
    ExportDataSet d;
    const ExportDataSet sample = ExportFixtures::sample();
    for (int i = 0; i < n; ++i) {
        PersonYearRow r = sample.people.at(i % 2);
        r.person.staff.idNumber = TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1970, 1, 1).addDays(i), i % 900 + 1);
        r.person.staff.name += QString::number(i);
        r.publicHours = i % 7 * 1.25;
        if (i == badAt)
            r.errors = {QStringLiteral("论文排名为0")};
        if (i == hugeAt)
            r.note = QString(40000, QChar(0x5B66));
        d.people << r;
        for (int k = 0; k < 3; ++k) {
            ActivityRow a = sample.activities.at(k);
            a.person = r.person;
            a.hours = (i + k) % 9 * 2.5;
            if (k == 2 && i % 100 == 0)
                a.title = QStringLiteral("=HYPERLINK(\"x\")");
            d.activities << a;
        }
    }
    return d;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestExportPipeline : public QObject
{
    Q_OBJECT

    ExportProfile m_profile;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("anhui-2025"), &m_profile, &error), qPrintable(error));
    }

    void manyBatchesHoldEveryCell()
    {
        // 3,000 person-years and 9,000 activities: ≈ 144,000 cells, many batches of 8,192.
        const ExportDataSet d = many(3000, 1234);
        QTemporaryDir dir;
        TableExporter::Options options;
        options.skipErrors = true;
        TableExporter::Result xlsx, csv;
        QString error;
        QVERIFY2(TableExporter::write(m_profile, d, dir.filePath(QStringLiteral("m.xlsx")), options, &xlsx, &error), qPrintable(error));
        QVERIFY2(TableExporter::write(m_profile, d, dir.filePath(QStringLiteral("m.csv")), options, &csv, &error), qPrintable(error));
        QCOMPARE(xlsx.personYearRows, 2999);
        QCOMPARE(xlsx.activityRows, 8997);
        QCOMPARE(xlsx.problems, csv.problems);
        const QString fromXlsx = TestSupport::runPython(QString::fromUtf8(kSheetsAsText), {xlsx.files.first()}, &error);
        QVERIFY2(!fromXlsx.isEmpty(), qPrintable(error));
        const QString fromCsv = TestSupport::runPython(QString::fromUtf8(kCsvAsText), csv.files, &error);
        QVERIFY2(!fromCsv.isEmpty(), qPrintable(error));
        QVERIFY(fromCsv.contains(QStringLiteral("'=HYPERLINK")));   // neutralised, in both
        const QJsonArray a = QJsonDocument::fromJson(fromXlsx.toUtf8()).array();
        const QJsonArray b = QJsonDocument::fromJson(fromCsv.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);
        for (int sheet = 0; sheet < 2; ++sheet) {
            const QJsonArray x = a.at(sheet).toArray(), y = b.at(sheet).toArray();
            QCOMPARE(x.size(), y.size());
            for (int r = 0; r < x.size(); ++r)
                QVERIFY2(x.at(r) == y.at(r), qPrintable(QStringLiteral("sheet %1 row %2: %3 | %4").arg(sheet).arg(r)
                             .arg(QString::fromUtf8(QJsonDocument(x.at(r).toArray()).toJson(QJsonDocument::Compact)),
                                  QString::fromUtf8(QJsonDocument(y.at(r).toArray()).toJson(QJsonDocument::Compact)))));
        }
    }

    void refusalAfterManyRowsLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        TableExporter::Result res;
        QString error;
        QVERIFY(!TableExporter::write(m_profile, many(3000, 2900), path, {}, &res, &error));
        QVERIFY(res.refused);
        QCOMPARE(res.problems.size(), 1);
        QVERIFY2(res.problems.first().contains(QStringLiteral("论文排名为0")), qPrintable(res.problems.first()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("r.xlsx")});   // no scratch file left
    }

    void writerThreadFailureIsReported_data()
    {
        QTest::addColumn<bool>("skipErrors");
        QTest::newRow("refusing") << false;
        QTest::newRow("skipping") << true;
    }

    void writerThreadFailureIsReported()
    {
        // libxlsxwriter refuses a cell over 32,767 characters: on the writer thread, after 2,000
        // person-years were queued. The export fails (not refused), no file, no scratch file.
        QFETCH(bool, skipErrors);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.xlsx"));
        TableExporter::Options options;
        options.skipErrors = skipErrors;
        TableExporter::Result res;
        QString error;
        QVERIFY(!TableExporter::write(m_profile, many(3000, -1, 2000), path, options, &res, &error));
        QVERIFY(!res.refused);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)) && error.contains(QStringLiteral("32,767")),
                 qPrintable(error));
        QVERIFY(res.files.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExportPipeline)
#include "tst_export_pipeline.moc"
