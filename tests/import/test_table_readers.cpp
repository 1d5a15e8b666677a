#include "TestSupport.h"

#include "import/CsvReader.h"
#include "import/TableData.h"
#include "import/TableReader.h"
#include "import/XlsxNumberFormat.h"
#include "import/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Rows = QList<QStringList>;

// Python helpers in tests/import/data (hand-made workbooks exercise what generators differ in:
// sheet parts not named sheet1.xml, rich text with phonetic runs, inline strings, t="str"/"b"/"e",
// cells without r, skipped columns, a custom Chinese date format, 1904 dates, _x000D_ escapes).
static QString script(const QString &name)
{
    QFile f(TestSupport::sourceDir() + QStringLiteral("/tests/import/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

class TestTableReaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void csvUtf8();
    void csvUtf8Bom();
    void csvGb18030();
    void csvQuoting();
    void csvLineEndsAndEmptyRows();
    void csvTabsAndUtf16();
    void csvErrors();

    void numberFormatting_data();
    void numberFormatting();
    void formatKinds();
    void dateSerials();

    void xlsxFromLibxlsxwriter();
    void xlsxHandMade();
    void xlsx1904();
    void xlsxFromOpenpyxl();
    void xlsxErrors();
    void xlsxLarge();

    void tableReaderDispatch();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    static Rows parseCsv(const QByteArray &bytes)
    {
        TableData table;
        QString error;
        if (!CsvReader::parse(bytes, &table, &error, QStringLiteral("test.csv")))
            qWarning() << "parse failed:" << error;
        return table.rows;
    }

    QTemporaryDir m_dir;
};

void TestTableReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTableReaders::csvUtf8()
{
    const QByteArray bytes = QStringLiteral("姓名,身份证号,单位\n张三,430102199003077000,第一医院\n").toUtf8();
    QVERIFY(writeFile(QStringLiteral("名单.csv"), bytes));
    TableData table;
    QString error;
    QVERIFY2(CsvReader::read(path(QStringLiteral("名单.csv")), &table, &error), qPrintable(error));
    QCOMPARE(table.sourceName, QStringLiteral("名单.csv"));
    QCOMPARE(table.rows, (Rows{{"姓名", "身份证号", "单位"}, {"张三", "430102199003077000", "第一医院"}}));
}

void TestTableReaders::csvUtf8Bom()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("姓名,性别\r\n张三,男\r\n").toUtf8();
    const Rows rows = parseCsv(bytes);
    QCOMPARE(rows, (Rows{{"姓名", "性别"}, {"张三", "男"}}));
    QVERIFY(!rows.at(0).at(0).startsWith(QChar(0xFEFF)));
}

void TestTableReaders::csvGb18030()
{
    // Literal GBK bytes for "姓名,单位\r\n张三,第一医院\r\n" (as Excel on Chinese Windows saves CSV).
    const QByteArray gbk("\xD0\xD5\xC3\xFB,\xB5\xA5\xCE\xBB\r\n\xD5\xC5\xC8\xFD,\xB5\xDA\xD2\xBB\xD2\xBD\xD4\xBA\r\n");
    QCOMPARE(parseCsv(gbk), (Rows{{"姓名", "单位"}, {"张三", "第一医院"}}));

    // Through the encoder as well, with a four-byte GB18030 character (U+20BB7 𠮷).
    QStringEncoder encoder("GB18030");
    QVERIFY2(encoder.isValid(), "Qt has no GB18030 codec here (no ICU)");
    const QString text = QStringLiteral("姓名,备注\n𠮷祥,“引号”、顿号\n");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(bytes != text.toUtf8());
    QCOMPARE(parseCsv(bytes), (Rows{{"姓名", "备注"}, {"𠮷祥", "“引号”、顿号"}}));

    // Python's gbk codec, written to a file and read back.
    QString pyError;
    const QString out = TestSupport::runPython(
        QStringLiteral("import sys\nopen(sys.argv[1],'wb').write('编号,姓名\\r\\n1,欧阳娜娜\\r\\n'.encode('gbk'))\nprint('ok')\n"),
        {path(QStringLiteral("gbk.csv"))}, &pyError);
    QVERIFY2(!out.isNull(), qPrintable(pyError));
    TableData table;
    QString error;
    QVERIFY2(CsvReader::read(path(QStringLiteral("gbk.csv")), &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"编号", "姓名"}, {"1", "欧阳娜娜"}}));
}

void TestTableReaders::csvQuoting()
{
    const QByteArray bytes =
        "name,note,quote,last\r\n"
        "\"Zhang, San\",\"line1\r\nline2\",\"say \"\"hi\"\"\",plain\r\n"
        "\"\",\"a\nb\",\"\"\"\",=\"00123\"\r\n";
    const Rows rows = parseCsv(bytes);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1), (QStringList{"Zhang, San", "line1\nline2", "say \"hi\"", "plain"}));
    QCOMPARE(rows.at(2), (QStringList{"", "a\nb", "\"", "00123"}));
}

void TestTableReaders::csvLineEndsAndEmptyRows()
{
    // Row 3 is empty and stays, so that row 4 keeps its number; trailing commas are dropped.
    const QByteArray bytes = "a,b\r\n1,2,,\r\n\r\nlast,x\r\n\r\n\r\n";
    QCOMPARE(parseCsv(bytes), (Rows{{"a", "b"}, {"1", "2"}, {}, {"last", "x"}}));
    // LF only, no final line end; a row of only commas is an empty row.
    QCOMPARE(parseCsv("a,b\n,,\nc"), (Rows{{"a", "b"}, {}, {"c"}}));
    // A middle empty cell is kept.
    QCOMPARE(parseCsv("a,,c"), (Rows{{"a", "", "c"}}));
    QCOMPARE(parseCsv(QByteArray()), Rows());
}

void TestTableReaders::csvTabsAndUtf16()
{
    QCOMPARE(parseCsv("name\tid, with comma\tunit\nx\t1,2\n"), (Rows{{"name", "id, with comma", "unit"}, {"x", "1,2"}}));
    // Excel "Unicode text": UTF-16 LE with BOM, tab-separated.
    const QString text = QStringLiteral("姓名\t单位\r\n张三\t医院\r\n");
    QByteArray le("\xFF\xFE");
    le += QStringEncoder(QStringEncoder::Utf16LE).encode(text);
    QCOMPARE(parseCsv(le), (Rows{{"姓名", "单位"}, {"张三", "医院"}}));
    QByteArray be("\xFE\xFF");
    be += QStringEncoder(QStringEncoder::Utf16BE).encode(QStringLiteral("a,b\n张,三\n"));
    QCOMPARE(parseCsv(be), (Rows{{"a", "b"}, {"张", "三"}}));
}

void TestTableReaders::csvErrors()
{
    TableData table;
    QString error;
    QVERIFY(!CsvReader::parse("a,b\n1,\"open\n2,3\n", &table, &error, QStringLiteral("bad.csv")));
    QVERIFY2(error.contains(QStringLiteral("bad.csv")) && error.contains(QStringLiteral("row 2")), qPrintable(error));

    error.clear();
    QVERIFY(!CsvReader::read(path(QStringLiteral("missing.csv")), &table, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));

    error.clear();
    QVERIFY(!CsvReader::parse(QByteArray("PK\x03\x04zipdata", 11), &table, &error, QStringLiteral("book.csv")));
    QVERIFY2(error.contains(QStringLiteral("book.csv")) && error.contains(QStringLiteral(".xlsx")), qPrintable(error));
}

void TestTableReaders::numberFormatting_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id-sci") << "4.30102199003077E+17" << "430102199003077000";
    QTest::newRow("id-sci-17") << "4.3010219900307698e+17" << "430102199003077000";
    QTest::newRow("id-python") << "4.301021990030771e+17" << "430102199003077000";
    QTest::newRow("id-plain") << "430102199003077000" << "430102199003077000";
    // Like Excel: 15 significant digits (a number cannot hold more).
    QTest::newRow("id-17-digits") << "430102199003077123" << "430102199003077000";
    QTest::newRow("16-digits") << "1234567890123456" << "1234567890123460";
    QTest::newRow("15-digits") << "123456789012345" << "123456789012345";
    QTest::newRow("int") << "42" << "42";
    QTest::newRow("int-dot0") << "42.0" << "42";
    QTest::newRow("negative") << "-7" << "-7";
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("neg-zero") << "-0" << "0";
    QTest::newRow("half") << "1.5" << "1.5";
    QTest::newRow("float-noise") << "0.30000000000000004" << "0.3";
    QTest::newRow("float-noise-int") << "2.9999999999999996" << "3";
    QTest::newRow("small") << "1.0000000000000001E-5" << "0.00001";
    QTest::newRow("small-sci") << "2.5E-3" << "0.0025";
    QTest::newRow("big-sci") << "1.2345678901234567E+25" << "12345678901234600000000000";
    QTest::newRow("phone") << "13800138000" << "13800138000";
    QTest::newRow("junk") << "abc" << "abc";
}

void TestTableReaders::numberFormatting()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(XlsxNumberFormat::formatNumber(raw), expected);
}

void TestTableReaders::formatKinds()
{
    using K = XlsxNumberFormat::Kind;
    QCOMPARE(XlsxNumberFormat::kindOf(0, {}), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(14, {}), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(22, {}), K::DateTime);
    QCOMPARE(XlsxNumberFormat::kindOf(20, {}), K::Time);
    QCOMPARE(XlsxNumberFormat::kindOf(31, {}), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(49, {}), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("yyyy-mm-dd")), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("[$-804]yyyy/m/d;@")), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("yyyy/m/d h:mm")), K::DateTime);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("h:mm:ss")), K::Time);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("[h]:mm")), K::Time);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("mmm")), K::Date);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("0.00_);[Red]\\(0.00\\)")), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("0\"天\"")), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("0 \"days\"")), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("General")), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("[Red]0.00")), K::Number);
    QCOMPARE(XlsxNumberFormat::kindOf(176, QStringLiteral("@")), K::Number);
}

void TestTableReaders::dateSerials()
{
    using K = XlsxNumberFormat::Kind;
    QCOMPARE(XlsxNumberFormat::formatSerial(1, K::Date, false), QStringLiteral("1900-01-01"));
    QCOMPARE(XlsxNumberFormat::formatSerial(59, K::Date, false), QStringLiteral("1900-02-28"));
    QCOMPARE(XlsxNumberFormat::formatSerial(61, K::Date, false), QStringLiteral("1900-03-01"));
    QCOMPARE(XlsxNumberFormat::formatSerial(45000, K::Date, false), QStringLiteral("2023-03-15"));
    QCOMPARE(XlsxNumberFormat::formatSerial(45000.75, K::Date, false), QStringLiteral("2023-03-15"));
    QCOMPARE(XlsxNumberFormat::formatSerial(45000.5, K::DateTime, false), QStringLiteral("2023-03-15 12:00"));
    QCOMPARE(XlsxNumberFormat::formatSerial(45000, K::DateTime, false), QStringLiteral("2023-03-15"));
    QCOMPARE(XlsxNumberFormat::formatSerial(0.354166666666667, K::Time, false), QStringLiteral("08:30"));
    QCOMPARE(XlsxNumberFormat::formatSerial(0, K::Date, true), QStringLiteral("1904-01-01"));
    QCOMPARE(XlsxNumberFormat::formatSerial(43538, K::Date, true), QStringLiteral("2023-03-15"));
    QCOMPARE(XlsxNumberFormat::formatSerial(0, K::Date, false), QString());
    QCOMPARE(XlsxNumberFormat::formatSerial(-1, K::Date, false), QString());
}

void TestTableReaders::xlsxFromLibxlsxwriter()
{
    const QString file = path(QStringLiteral("lxw.xlsx"));
    QString error;
    const QList<QVariantList> rows = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("出生日期"), QStringLiteral("学时"), QStringLiteral("备注")},
        {QStringLiteral("张三"), 430102199003077000.0, QDate(1990, 3, 7), 1.5, QStringLiteral("第一医院")},
        {QStringLiteral("李四"), QVariant(), QDate(2000, 2, 29), 42, QVariant()},
        {},
        {QVariant(), QVariant(), QStringLiteral("C5 only")},
    };
    QVERIFY2(TestSupport::writeXlsx(file, rows, &error, QStringLiteral("人员")), qPrintable(error));

    QCOMPARE(XlsxReader::sheetNames(file, &error), QStringList{QStringLiteral("人员")});
    TableData table;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.sourceName, QStringLiteral("lxw.xlsx"));
    QCOMPARE(table.sheetName, QStringLiteral("人员"));
    QCOMPARE(table.rows, (Rows{
        {"姓名", "身份证号", "出生日期", "学时", "备注"},
        {"张三", "430102199003077000", "1990-03-07", "1.5", "第一医院"},
        {"李四", "", "2000-02-29", "42"},
        {},
        {"", "", "C5 only"},
    }));
    // By name, case-insensitively.
    QVERIFY2(XlsxReader::read(file, &table, &error, QStringLiteral("人员")), qPrintable(error));
    QCOMPARE(table.rows.size(), 5);
}

void TestTableReaders::xlsxHandMade()
{
    const QString file = path(QStringLiteral("hand.xlsx"));
    QString pyError;
    QVERIFY2(!TestSupport::runPython(script(QStringLiteral("make_handmade_xlsx.py")), {file, QStringLiteral("0")}, &pyError).isNull(),
             qPrintable(pyError));
    QString error;
    QCOMPARE(XlsxReader::sheetNames(file, &error), (QStringList{"Hidden", "名单"}));
    TableData table;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.sheetName, QStringLiteral("名单")); // first visible sheet
    QCOMPARE(table.rows, (Rows{
        {"姓名", "身份证号 ", "备注"},
        {"张三", "430102199003077000", "", "2023-03-15"},
        {},
        {"张三!", "TRUE", "#N/A", "0", "1.5", "0.3"},
        {"", "第一行\n第二行"}, // "_x000D_" + LF in the file
    }));

    QVERIFY2(XlsxReader::read(file, &table, &error, QStringLiteral("hidden")), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"secret"}}));
}

void TestTableReaders::xlsx1904()
{
    const QString file = path(QStringLiteral("mac.xlsx"));
    QString pyError;
    QVERIFY2(!TestSupport::runPython(script(QStringLiteral("make_handmade_xlsx.py")), {file, QStringLiteral("1")}, &pyError).isNull(),
             qPrintable(pyError));
    TableData table;
    QString error;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.cell(1, 3), QStringLiteral("2027-03-16")); // 45000 days after 1904-01-01
    QCOMPARE(table.cell(3, 3), QStringLiteral("1904-01-01"));
}

void TestTableReaders::xlsxFromOpenpyxl()
{
    const QString file = path(QStringLiteral("openpyxl.xlsx"));
    QString pyError;
    QVERIFY2(!TestSupport::runPython(script(QStringLiteral("make_openpyxl_xlsx.py")), {file}, &pyError).isNull(), qPrintable(pyError));
    QString error;
    QCOMPARE(XlsxReader::sheetNames(file, &error), (QStringList{"说明", "人员名单"}));
    TableData table;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"请填写第二个工作表"}}));
    QVERIFY2(XlsxReader::read(file, &table, &error, QStringLiteral("人员名单")), qPrintable(error));
    QCOMPARE(table.rows, (Rows{
        {"姓名", "身份证号", "入职日期", "学时", "备注"},
        {"李四", "430102199003077000", "2021-09-01", "12.5"}, // openpyxl wrote 4.301021990030771e+17
        {"王五", "11010519491231002X", "1999-12-31", "3", "外聘"},
        {},
        {"末行", "", "", "", "TRUE"},
    }));
}

void TestTableReaders::xlsxErrors()
{
    TableData table;
    QString error;
    QVERIFY(writeFile(QStringLiteral("fake.xlsx"), "this is just text, not a workbook\n"));
    QVERIFY(!XlsxReader::read(path(QStringLiteral("fake.xlsx")), &table, &error));
    QVERIFY2(error.contains(QStringLiteral("fake.xlsx")) && error.contains(QStringLiteral("not an xlsx file")), qPrintable(error));
    error.clear();
    QVERIFY(XlsxReader::sheetNames(path(QStringLiteral("fake.xlsx")), &error).isEmpty());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(!XlsxReader::read(path(QStringLiteral("nope.xlsx")), &table, &error));
    QVERIFY2(error.contains(QStringLiteral("nope.xlsx")), qPrintable(error));

    const QString good = path(QStringLiteral("good.xlsx"));
    QVERIFY(TestSupport::writeXlsx(good, {{QStringLiteral("x")}}, &error, QStringLiteral("名单")));
    error.clear();
    QVERIFY(!XlsxReader::read(good, &table, &error, QStringLiteral("Sheet9")));
    QVERIFY2(error.contains(QStringLiteral("Sheet9")) && error.contains(QStringLiteral("名单")), qPrintable(error));

    // Broken XML in the worksheet part: the message names the part.
    const QString broken = path(QStringLiteral("broken.xlsx"));
    QString pyError;
    QVERIFY2(!TestSupport::runPython(QStringLiteral(
        "import sys, zipfile\n"
        "src = zipfile.ZipFile(sys.argv[1])\n"
        "with zipfile.ZipFile(sys.argv[2], 'w') as z:\n"
        "    for i in src.infolist():\n"
        "        data = src.read(i.filename)\n"
        "        if i.filename == 'xl/worksheets/sheet1.xml':\n"
        "            data = data.replace(b'</sheetData>', b'<row><c><v>1</c></row></sheetData>')\n"
        "        z.writestr(i, data)\n"
        "print('ok')\n"), {good, broken}, &pyError).isNull(), qPrintable(pyError));
    error.clear();
    QVERIFY(!XlsxReader::read(broken, &table, &error));
    QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")) && error.contains(QStringLiteral("broken.xlsx")),
             qPrintable(error));

    // A zip that is not a workbook.
    const QString zip = path(QStringLiteral("other.xlsx"));
    QVERIFY(!TestSupport::runPython(QStringLiteral(
        "import sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
        "    z.writestr('readme.txt', 'hello')\n"
        "print('ok')\n"), {zip}).isNull());
    error.clear();
    QVERIFY(!XlsxReader::read(zip, &table, &error));
    QVERIFY2(error.contains(QStringLiteral("not an xlsx file")), qPrintable(error));
}

void TestTableReaders::xlsxLarge()
{
    const int rowCount = 5000;
    QList<QVariantList> rows;
    rows.reserve(rowCount + 1);
    rows.append({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("单位"),
                 QStringLiteral("科室"), QStringLiteral("职称"), QStringLiteral("入职日期"), QStringLiteral("学时")});
    for (int i = 1; i <= rowCount; ++i) {
        rows.append({i, QStringLiteral("职工%1").arg(i),
                     TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1970, 1, 1).addDays(i), i % 1000),
                     QStringLiteral("第%1医院").arg(i % 20), QStringLiteral("内科"), QStringLiteral("主治医师"),
                     QDate(2000, 1, 1).addDays(i), 0.5 * i});
    }
    const QString file = path(QStringLiteral("large.xlsx"));
    QString error;
    QVERIFY2(TestSupport::writeXlsx(file, rows, &error), qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    TableData table;
    QVERIFY2(XlsxReader::read(file, &table, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    qDebug() << "read" << rowCount << "rows x 8 columns in" << ms << "ms";
    QCOMPARE(table.rows.size(), rowCount + 1);
    QCOMPARE(table.rows.at(rowCount).size(), 8);
    QCOMPARE(table.cell(rowCount, 0), QString::number(rowCount));
    QCOMPARE(table.cell(rowCount, 2),
             TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1970, 1, 1).addDays(rowCount), rowCount % 1000));
    QCOMPARE(table.cell(rowCount, 6), QDate(2000, 1, 1).addDays(rowCount).toString(Qt::ISODate));
    QCOMPARE(table.cell(rowCount, 7), QStringLiteral("2500"));
    QCOMPARE(table.cell(3, 7), QStringLiteral("1.5"));
}

void TestTableReaders::tableReaderDispatch()
{
    TableData table;
    QString error;
    QVERIFY(writeFile(QStringLiteral("roster.CSV"), "a,b\n1,2\n"));
    QVERIFY2(TableReader::read(path(QStringLiteral("roster.CSV")), &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"a", "b"}, {"1", "2"}}));

    QVERIFY(writeFile(QStringLiteral("roster.txt"), "a\tb\n"));
    QVERIFY2(TableReader::read(path(QStringLiteral("roster.txt")), &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"a", "b"}}));

    const QString xlsx = path(QStringLiteral("roster.xlsx"));
    QVERIFY(TestSupport::writeXlsx(xlsx, {{QStringLiteral("x"), 1}}, &error));
    QVERIFY2(TableReader::read(xlsx, &table, &error), qPrintable(error));
    QCOMPARE(table.rows, (Rows{{"x", "1"}}));

    QVERIFY(writeFile(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0", 4)));
    error.clear();
    QVERIFY(!TableReader::read(path(QStringLiteral("old.xls")), &table, &error));
    QVERIFY2(error.contains(QStringLiteral("old.xls")) && error.contains(QStringLiteral(".xlsx")), qPrintable(error));

    error.clear();
    QVERIFY(!TableReader::read(path(QStringLiteral("roster.pdf")), &table, &error));
    QVERIFY2(error.contains(QStringLiteral("roster.pdf")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTableReaders)
#include "test_table_readers.moc"
