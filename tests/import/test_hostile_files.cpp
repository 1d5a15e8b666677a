// Hostile and damaged spreadsheets (issue 11): every structural oddity or limit is a clean
// refusal naming the file and the sheet row, and the readers stop early (the error names the
// row where they stopped) instead of materialising what the file claims.
#include "TestSupport.h"
#include "XlsxBuilder.h"

#include "import/CsvReader.h"
#include "import/ImportLimits.h"
#include "import/TableData.h"
#include "import/XlsxReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray row(int r, const QByteArray &cells)
{
    return "<row r=\"" + QByteArray::number(r) + "\">" + cells + "</row>";
}

QByteArray personRows(int from, int to)
{
    QByteArray out;
    for (int r = from; r <= to; ++r)
        out += row(r, XlsxBuilder::inlineCell("P" + QByteArray::number(r), "A" + QByteArray::number(r)));
    return out;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- silent loss: structural oddities are errors naming the row ---
    void rowWithMoreCellsThanExcelAllows();
    void duplicatedRow();
    void rowsOutOfOrder();
    void cellOfAnotherRow();
    void cellsOutOfOrder();
    void missingSharedString();
    void wellFormedSheetWithoutReferences();

    // --- hostile and huge ---
    void zipBomb();
    void manySharedStrings();
    void sharedStringsPartTooLarge();
    void cellsAtColumnXfd();
    void millionRows();
    void tenRowsOfFullWidth();
    void millionColumnCsvHeader();
    void wideHeaderWithinLimits();
    void deepXml();
    void longCell();
    void manyZipEntries();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Reads file expecting a refusal; returns the error.
    QString refusal(const QString &file)
    {
        TableData table;
        QString error;
        const bool ok = XlsxReader::read(file, &table, &error);
        if (ok)
            qWarning("unexpectedly read %lld rows", qlonglong(table.rows.size()));
        return ok ? QString() : error;
    }

    QTemporaryDir m_dir;
};

void TestHostileFiles::rowWithMoreCellsThanExcelAllows()
{
    // 100 people; row 3 has 16,385 cells without r=: the old reader ended the sheet there.
    QByteArray data = "<row><c t=\"inlineStr\"><is><t>Name</t></is></c></row><row>" + XlsxBuilder::inlineCell("P2") + "</row><row>";
    for (int c = 0; c <= ImportLimits::MaxXlsxColumns; ++c)
        data += "<c/>";
    data += "</row>";
    for (int r = 4; r <= 101; ++r)
        data += "<row>" + XlsxBuilder::inlineCell("P" + QByteArray::number(r)) + "</row>";
    const QString file = path(QStringLiteral("wide-row.xlsx"));
    QVERIFY(XlsxBuilder::write(file, data));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("wide-row.xlsx")) && error.contains(QLatin1String("row 3:"))
                 && error.contains(QLocale().toString(16384)), qPrintable(error));
}

void TestHostileFiles::duplicatedRow()
{
    const QString file = path(QStringLiteral("dup.xlsx"));
    QVERIFY(XlsxBuilder::write(file, personRows(1, 2) + personRows(2, 5)));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("Sheet1")) && error.contains(QLatin1String("row 2:"))
                 && error.contains(QLatin1String("repeated or out of order")), qPrintable(error));
}

void TestHostileFiles::rowsOutOfOrder()
{
    const QString file = path(QStringLiteral("order.xlsx"));
    QVERIFY(XlsxBuilder::write(file, personRows(1, 1) + personRows(3, 3) + personRows(2, 2)));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 2:")) && error.contains(QLatin1String("after row 3")), qPrintable(error));
}

void TestHostileFiles::cellOfAnotherRow()
{
    const QString file = path(QStringLiteral("ref.xlsx"));
    QVERIFY(XlsxBuilder::write(file, personRows(1, 1) + row(2, XlsxBuilder::inlineCell("x", "A3"))));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 2:")) && error.contains(QLatin1String("A3")), qPrintable(error));
}

void TestHostileFiles::cellsOutOfOrder()
{
    const QString file = path(QStringLiteral("cells.xlsx"));
    QVERIFY(XlsxBuilder::write(file, row(1, XlsxBuilder::inlineCell("b", "B1") + XlsxBuilder::inlineCell("a", "A1"))));
    QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 1:")) && error.contains(QLatin1String("A1")), qPrintable(error));
    // The same cell twice.
    QVERIFY(XlsxBuilder::write(file, row(1, XlsxBuilder::inlineCell("a", "A1") + XlsxBuilder::inlineCell("b", "A1"))));
    error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 1:")) && error.contains(QLatin1String("repeats")), qPrintable(error));
}

void TestHostileFiles::missingSharedString()
{
    const QString file = path(QStringLiteral("sst.xlsx"));
    XlsxBuilder b(file);
    b.addWorkbookParts(true);
    b.add(QStringLiteral("xl/sharedStrings.xml"), "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si></sst>");
    b.add(QStringLiteral("xl/worksheets/sheet1.xml"),
          XlsxBuilder::sheetStart() + row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>") + row(2, "<c r=\"A2\" t=\"s\"><v>7</v></c>") + XlsxBuilder::sheetEnd());
    b.close();
    QVERIFY(b.ok());
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 2:")) && error.contains(QLatin1String("shared string 7")), qPrintable(error));
}

void TestHostileFiles::wellFormedSheetWithoutReferences()
{
    // Cells and rows without r= (allowed by the format) still read, positions kept.
    const QString file = path(QStringLiteral("plain.xlsx"));
    QVERIFY(XlsxBuilder::write(file, "<row>" + XlsxBuilder::inlineCell("a") + "<c/>" + XlsxBuilder::inlineCell("c") + "</row><row r=\"3\">"
                                         + XlsxBuilder::inlineCell("d", "B3") + XlsxBuilder::inlineCell("e") + "</row>"));
    TableData table;
    QString error;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (QList<QStringList>{{"a", "", "c"}, {}, {"", "d", "e"}}));
}

void TestHostileFiles::zipBomb()
{
    // About 1 MB on disk, 1 GB of worksheet when inflated.
    const QString file = path(QStringLiteral("bomb.xlsx"));
    {
        XlsxBuilder b(file);
        b.addWorkbookParts();
        b.addStreamed(QStringLiteral("xl/worksheets/sheet1.xml"), [](const auto &write) {
            write(XlsxBuilder::sheetStart());
            const QByteArray spaces(1 << 20, ' ');
            for (int i = 0; i < 1024; ++i)
                write(spaces);
            write(XlsxBuilder::sheetEnd());
        }, 9);
        b.close();
        QVERIFY(b.ok());
    }
    qInfo() << "bomb.xlsx:" << QFileInfo(file).size() << "bytes";
    QVERIFY(QFileInfo(file).size() < 2 * 1024 * 1024);
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("bomb.xlsx")) && error.contains(QLatin1String("xl/worksheets/sheet1.xml"))
                 && error.contains(QLatin1String("256 MB")), qPrintable(error));
    qInfo() << "peak RSS after the zip bomb:" << peakRssMb() << "MB";
}

void TestHostileFiles::manySharedStrings()
{
    // One more than the limit of tiny strings (12 MB inflated): refused, no table built.
    const QString file = path(QStringLiteral("strings.xlsx"));
    {
        XlsxBuilder b(file);
        b.addWorkbookParts(true);
        b.addStreamed(QStringLiteral("xl/sharedStrings.xml"), [](const auto &write) {
            write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"55000000\">");
            QByteArray chunk;
            for (int i = 0; i < 100000; ++i)
                chunk += "<si><t/></si>";
            for (qint64 n = 0; n <= ImportLimits::MaxSharedStrings; n += 100000)
                write(chunk);
            write("</sst>");
        });
        b.add(QStringLiteral("xl/worksheets/sheet1.xml"), XlsxBuilder::sheetStart() + XlsxBuilder::sheetEnd());
        b.close();
        QVERIFY(b.ok());
    }
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("strings.xlsx")) && error.contains(QLatin1String("shared strings"))
                 && error.contains(QLocale().toString(ImportLimits::MaxSharedStrings)), qPrintable(error));
}

void TestHostileFiles::sharedStringsPartTooLarge()
{
    // 55 M empty strings: 275 MB of XML in about 300 KB; refused from the part's declared size.
    const QString file = path(QStringLiteral("strings55m.xlsx"));
    {
        XlsxBuilder b(file);
        b.addWorkbookParts(true);
        b.addStreamed(QStringLiteral("xl/sharedStrings.xml"), [](const auto &write) {
            write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            QByteArray chunk;
            for (int i = 0; i < 200000; ++i)
                chunk += "<si/>";
            for (int n = 0; n < 275; ++n)
                write(chunk);
            write("</sst>");
        }, 9);
        b.add(QStringLiteral("xl/worksheets/sheet1.xml"), XlsxBuilder::sheetStart() + XlsxBuilder::sheetEnd());
        b.close();
        QVERIFY(b.ok());
    }
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("xl/sharedStrings.xml")) && error.contains(QLatin1String("256 MB")), qPrintable(error));
}

void TestHostileFiles::cellsAtColumnXfd()
{
    // 10,000 cells at column XFD in a small file: the first is refused, nothing is widened.
    QByteArray data;
    for (int r = 1; r <= 10000; ++r)
        data += row(r, XlsxBuilder::inlineCell("x", "XFD" + QByteArray::number(r)));
    const QString file = path(QStringLiteral("xfd.xlsx"));
    QVERIFY(XlsxBuilder::write(file, data));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 1:")) && error.contains(QLatin1String("XFD1"))
                 && error.contains(QLatin1String("AMJ")), qPrintable(error));
}

void TestHostileFiles::millionRows()
{
    // 1,048,000 rows: the reader stops at the first row past the limit.
    const QString file = path(QStringLiteral("rows.xlsx"));
    {
        XlsxBuilder b(file);
        b.addWorkbookParts();
        b.addStreamed(QStringLiteral("xl/worksheets/sheet1.xml"), [](const auto &write) {
            write(XlsxBuilder::sheetStart());
            QByteArray chunk;
            for (int r = 1; r <= 1048000; ++r) {
                chunk += row(r, "<c r=\"A" + QByteArray::number(r) + "\"><v>1</v></c>");
                if (chunk.size() > (1 << 20)) {
                    write(chunk);
                    chunk.clear();
                }
            }
            write(chunk + XlsxBuilder::sheetEnd());
        });
        b.close();
        QVERIFY(b.ok());
    }
    const QString error = refusal(file);
    QVERIFY2(error.contains(QStringLiteral("row %1:").arg(ImportLimits::MaxRows + 1))
                 && error.contains(QLocale().toString(ImportLimits::MaxRows)), qPrintable(error));
}

void TestHostileFiles::tenRowsOfFullWidth()
{
    // 10 rows x 16,384 cells: refused at the first cell with text past the column limit.
    QByteArray cells;
    for (int c = 0; c < ImportLimits::MaxXlsxColumns; ++c)
        cells += "<c><v>" + QByteArray::number(c) + "</v></c>";
    QByteArray data;
    for (int r = 1; r <= 10; ++r)
        data += "<row>" + cells + "</row>";
    const QString file = path(QStringLiteral("full.xlsx"));
    QVERIFY(XlsxBuilder::write(file, data));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 1:")) && error.contains(QLatin1String("AMK1")), qPrintable(error));
}

void TestHostileFiles::millionColumnCsvHeader()
{
    QByteArray header;
    header.reserve(8 * 1000000);
    for (int c = 0; c < 1000000; ++c)
        header += "col" + QByteArray::number(c) + ',';
    header += "\r\n1,2\r\n";
    TableData table;
    QString error;
    QVERIFY(!CsvReader::parse(header, &table, &error, QStringLiteral("wide.csv")));
    QVERIFY2(error.contains(QLatin1String("wide.csv, row 1:")) && error.contains(QLocale().toString(1025)), qPrintable(error));
}

void TestHostileFiles::wideHeaderWithinLimits()
{
    // 10 rows x 1,024 columns of text (the most that is read) are read whole.
    QByteArray cells;
    for (int c = 0; c < ImportLimits::MaxColumns; ++c)
        cells += XlsxBuilder::inlineCell("h" + QByteArray::number(c));
    QByteArray data;
    for (int r = 1; r <= 10; ++r)
        data += "<row>" + cells + "</row>";
    const QString file = path(QStringLiteral("wide.xlsx"));
    QVERIFY(XlsxBuilder::write(file, data));
    TableData table;
    QString error;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.rows.size(), 10);
    QCOMPARE(table.rows.at(9).size(), ImportLimits::MaxColumns);
    QCOMPARE(table.cell(9, ImportLimits::MaxColumns - 1), QStringLiteral("h1023"));
}

void TestHostileFiles::deepXml()
{
    QByteArray nested;
    for (int i = 0; i < 200; ++i)
        nested += "<x>";
    for (int i = 0; i < 200; ++i)
        nested += "</x>";
    const QString file = path(QStringLiteral("deep.xlsx"));
    QVERIFY(XlsxBuilder::write(file, row(1, "<c r=\"A1\">" + nested + "</c>")));
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("deep.xlsx")) && error.contains(QString::number(ImportLimits::MaxXmlDepth)), qPrintable(error));
}

void TestHostileFiles::longCell()
{
    const QByteArray text(ImportLimits::MaxCellChars + 1, 'a');
    const QString file = path(QStringLiteral("long.xlsx"));
    QVERIFY(XlsxBuilder::write(file, personRows(1, 3) + row(4, XlsxBuilder::inlineCell(text, "B4"))));
    QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("row 4:")) && error.contains(QLatin1String("column B")), qPrintable(error));

    TableData table;
    QVERIFY(!CsvReader::parse("a,b\r\nc," + text + "\r\n", &table, &error, QStringLiteral("long.csv")));
    QVERIFY2(error.contains(QLatin1String("long.csv, row 2:")) && error.contains(QLatin1String("column B")), qPrintable(error));
}

void TestHostileFiles::manyZipEntries()
{
    const QString file = path(QStringLiteral("entries.xlsx"));
    {
        XlsxBuilder b(file);
        b.addWorkbookParts();
        b.add(QStringLiteral("xl/worksheets/sheet1.xml"), XlsxBuilder::sheetStart() + XlsxBuilder::sheetEnd());
        for (int i = 0; i < ImportLimits::MaxZipEntries; ++i)
            b.add(QStringLiteral("x/%1").arg(i), "", 0);
        b.close();
        QVERIFY(b.ok());
    }
    const QString error = refusal(file);
    QVERIFY2(error.contains(QLatin1String("entries.xlsx")) && error.contains(QString::number(ImportLimits::MaxZipEntries)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
