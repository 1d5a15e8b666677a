// Runs on both backends (test_roster_import_pg).
#include "TestBackend.h"
#include "TestSupport.h"
#include "import/RosterImporter.h"
#include "import/StaffTemplate.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::makeIdNumber;

namespace {
QString id(int seq, const QDate &birth = QDate(1990, 1, 1))
{
    return makeIdNumber(QStringLiteral("340104"), birth, seq);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int auditCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()) ? q.value(0).toInt() : -1;
}
}

class TestRosterImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    RosterImporter importer() const { return RosterImporter(m_db->connection(), m_unit); }

    QString csvText() const
    {
        return QStringLiteral("姓名,身份证号码,部门,专业技术职称,职称级别,入职日期,联系电话\r\n"
                              "张三,%1,工程部,工程师,中级,2015/7/1,13800000001\r\n"
                              "\"李四, 小\",%2,\"财务部\",会计师,中级,2016年3月1日,13800000002\r\n")
            .arg(id(131), id(142));
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        CEHOURS_FRESH_DATABASE(where, "roster"); // a new SQLite file or PostgreSQL database per test (TestBackend)
        QVERIFY2(m_db->open(where), qPrintable(m_db->errorString()));
        QString error;
        m_unit = UnitRepository(m_db->connection()).ensureDefault(&error);
        QVERIFY2(m_unit > 0, qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = csvText();
        QTest::newRow("utf8") << text.toUtf8();
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder gbk("GB18030");
        QTest::newRow("gbk") << QByteArray(gbk.encode(text));
    }
    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        const QString file = path(QStringLiteral("roster.csv"));
        QVERIFY(writeBytes(file, bytes));
        RosterImporter::Preview preview;
        QString error;
        QVERIFY2(importer().analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(RosterImporter::errorReport(preview)));
        QCOMPARE(preview.toAdd.size(), 2);
        QVERIFY(importer().apply(preview, &error));
        StaffRepository repo(m_db->connection());
        Staff s;
        QVERIFY(repo.byIdNumber(m_unit, id(142), &s));
        QCOMPARE(s.name, QStringLiteral("李四, 小"));
        QCOMPARE(s.department, QStringLiteral("财务部"));
        QCOMPARE(s.joinedOn, QDate(2016, 3, 1));
        QCOMPARE(s.gender, QStringLiteral("女"));
        QCOMPARE(s.phone, QStringLiteral("13800000002"));
    }

    void xlsxFromLibxlsxwriter()
    {
        // Columns in another order, a title row above the header, the date as a real date cell.
        const QString file = path(QStringLiteral("roster.xlsx"));
        QList<QVariantList> rows = {
            {QStringLiteral("某单位专业技术人员名册")},
            {QStringLiteral("部门"), QStringLiteral("* 证件号码"), QStringLiteral("姓名"), QStringLiteral("入职时间"), QStringLiteral("备注")},
            {QStringLiteral("研发部"), id(155, QDate(1985, 8, 10)), QStringLiteral("王五"), QDate(2019, 9, 2), QStringLiteral("x")},
            {QStringLiteral("研发部"), id(166, QDate(1992, 2, 29)), QStringLiteral("赵六"), QVariant(), QVariant()},
        };
        QString error;
        QVERIFY2(TestSupport::writeXlsx(file, rows, &error), qPrintable(error));
        RosterImporter::Preview preview;
        QVERIFY2(importer().analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(RosterImporter::errorReport(preview)));
        QCOMPARE(preview.headerRow, 2);
        QCOMPARE(preview.ignoredColumns, QStringList{QStringLiteral("备注")});
        QCOMPARE(preview.toAdd.size(), 2);
        QCOMPARE(preview.toAdd.first().idNumber, id(155, QDate(1985, 8, 10)));
        QCOMPARE(preview.toAdd.first().joinedOn, QDate(2019, 9, 2));
        QCOMPARE(preview.toAdd.at(1).birthDate, QDate(1992, 2, 29));
    }

    void xlsxNumericIdIsReportedNotMangled()
    {
        // An ID typed into a number cell: the file itself holds only 15 significant digits.
        // The row is refused with the digits as Excel shows them (never 3.4e17) and a hint.
        const QString file = path(QStringLiteral("numeric.xlsx"));
        QString idText = id(155, QDate(1985, 8, 10));
        for (int seq = 156; idText.endsWith(QLatin1Char('X')); ++seq)
            idText = id(seq, QDate(1985, 8, 10));
        QString error;
        QVERIFY(TestSupport::writeXlsx(file, {{QStringLiteral("身份证号码"), QStringLiteral("姓名")}, {idText.toLongLong(), QStringLiteral("王五")}}, &error));
        RosterImporter::Preview preview;
        QVERIFY2(importer().analyse(file, &preview, &error), qPrintable(error));
        QCOMPARE(preview.errors.size(), 1);
        const auto &issue = preview.errors.first();
        QCOMPARE(issue.row, 2);
        // 15 significant digits of an 18-digit number: rounded to thousands.
        QCOMPARE(issue.idNumber, QString::number((idText.toLongLong() + 500) / 1000) + QStringLiteral("000"));
        QVERIFY2(issue.reason.contains(QLatin1String("format the column as text")), qPrintable(issue.reason));
    }

    void xlsxFromOpenpyxl()
    {
        const QString file = path(QStringLiteral("openpyxl.xlsx"));
        const QString code = QStringLiteral(
            "import sys, openpyxl\n"
            "wb = openpyxl.Workbook(); ws = wb.active; ws.title = '名册'\n"
            "ws.append(['身份证号码', '姓名', '职称级别', '状态'])\n"
            "ws.append([sys.argv[2], '钱七', '副高级', '在职'])\n"
            "ws.append([sys.argv[3], '孙八', '正高级', '离职'])\n"
            "wb.save(sys.argv[1])\n");
        QString error;
        const QString x = id(171).endsWith(QLatin1Char('X')) ? id(171) : id(173);
        QString digits = id(182);
        for (int seq = 183; digits.endsWith(QLatin1Char('X')); ++seq)
            digits = id(seq);
        TestSupport::runPython(code, {file, x, digits}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        RosterImporter::Preview preview;
        QVERIFY2(importer().analyse(file, &preview, &error), qPrintable(error));
        QVERIFY2(preview.ok(), qPrintable(RosterImporter::errorReport(preview)));
        QCOMPARE(preview.toAdd.size(), 2);
        QCOMPARE(preview.toAdd.at(1).idNumber, digits);
        QCOMPARE(preview.toAdd.at(1).status, QStringLiteral("离职"));
    }

    void oneBadRowImportsNothing()
    {
        QString text = csvText();
        QString bad = id(190);
        bad[17] = bad.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        text += QStringLiteral("王五,%1,工程部,,,,\r\n").arg(bad);           // row 4: bad check digit
        text += QStringLiteral(",%1,工程部,,,,\r\n").arg(id(201));          // row 5: no name
        text += QStringLiteral("张三三,%1,工程部,,,,\r\n").arg(id(131));     // row 6: duplicate of row 2
        text += QStringLiteral("周九,%1,工程部,,特级,,\r\n").arg(id(212));   // row 7: bad level
        text += QStringLiteral("吴十,%1,工程部,,,2019-13-01,\r\n").arg(id(223)); // row 8: bad date
        const QString file = path(QStringLiteral("bad.csv"));
        QVERIFY(writeBytes(file, text.toUtf8()));
        const int auditBefore = auditCount(m_db->connection());
        RosterImporter::Preview preview;
        QString error;
        QVERIFY(importer().analyse(file, &preview, &error));
        QCOMPARE(preview.errors.size(), 5);
        QCOMPARE(preview.errors.at(0).row, 4);
        QCOMPARE(preview.errors.at(0).idNumber, bad);
        QVERIFY(preview.errors.at(0).reason.contains(QLatin1String("check digit")));
        QCOMPARE(preview.errors.at(1).row, 5);
        QVERIFY(preview.errors.at(1).reason.contains(QLatin1String("Name is missing")));
        QCOMPARE(preview.errors.at(2).row, 6);
        QVERIFY(preview.errors.at(2).reason.contains(QLatin1String("row 2")));
        QCOMPARE(preview.errors.at(3).row, 7);
        QCOMPARE(preview.errors.at(4).row, 8);
        QVERIFY(!importer().apply(preview, &error));
        QVERIFY(error.contains(QLatin1String("nothing was imported")));
        QCOMPARE(StaffRepository(m_db->connection()).count(m_unit), 0);
        QCOMPARE(auditCount(m_db->connection()), auditBefore);
        const QString report = RosterImporter::errorReport(preview);
        QVERIFY(report.startsWith(QLatin1String("Row\tID number\tReason\n")));
        QVERIFY(report.contains(QStringLiteral("4\t%1\t").arg(bad)));
    }

    void reimportUpdatesWithoutErasing()
    {
        const QString file = path(QStringLiteral("first.csv"));
        QVERIFY(writeBytes(file, csvText().toUtf8()));
        RosterImporter::Preview preview;
        QString error;
        QVERIFY(importer().analyse(file, &preview, &error) && importer().apply(preview, &error));
        // The second file changes one department and leaves the phone column out.
        const QString second = path(QStringLiteral("second.csv"));
        QVERIFY(writeBytes(second, QStringLiteral("身份证号码,姓名,部门\n%1,张三,研发部\n%2,\"李四, 小\",财务部\n")
                                       .arg(id(131), id(142))
                                       .toUtf8()));
        QVERIFY(importer().analyse(second, &preview, &error));
        QVERIFY2(preview.ok(), qPrintable(RosterImporter::errorReport(preview)));
        QCOMPARE(preview.toAdd.size(), 0);
        QCOMPARE(preview.toUpdate.size(), 1);
        QCOMPARE(preview.unchanged, 1);
        QVERIFY(importer().apply(preview, &error));
        Staff s;
        QVERIFY(StaffRepository(m_db->connection()).byIdNumber(m_unit, id(131), &s));
        QCOMPARE(s.department, QStringLiteral("研发部"));
        QCOMPARE(s.phone, QStringLiteral("13800000001")); // not in the file: kept
        QCOMPARE(s.title, QStringLiteral("工程师"));
        // Importing the first file again changes only what differs.
        QVERIFY(importer().analyse(file, &preview, &error));
        QCOMPARE(preview.toUpdate.size(), 1); // 张三 back to 工程部
        QCOMPARE(preview.unchanged, 1);
    }

    void missingHeaderIsAFileError()
    {
        const QString file = path(QStringLiteral("nohead.csv"));
        QVERIFY(writeBytes(file, "a,b,c\n1,2,3\n"));
        RosterImporter::Preview preview;
        QString error;
        QVERIFY(!importer().analyse(file, &preview, &error));
        QVERIFY2(error.contains(QLatin1String("nohead.csv")) && error.contains(QStringLiteral("身份证号码")), qPrintable(error));
    }

    void templateRoundTrips()
    {
        QString error;
        const QString xlsx = path(QStringLiteral("template.xlsx"));
        const QString csv = path(QStringLiteral("template.csv"));
        QVERIFY2(StaffTemplate::write(xlsx, &error), qPrintable(error));
        QVERIFY2(StaffTemplate::write(csv, &error), qPrintable(error));
        QVERIFY(!StaffTemplate::write(path(QStringLiteral("t.doc")), &error));
        error.clear();
        // An empty template is a valid, empty roster.
        for (const QString &file : {xlsx, csv}) {
            RosterImporter::Preview preview;
            QVERIFY2(importer().analyse(file, &preview, &error), qPrintable(error));
            QCOMPARE(preview.rowsRead(), 0);
            QVERIFY(preview.ignoredColumns.isEmpty());
        }
        const QString sheets = TestSupport::runPython(
            QStringLiteral("import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n"
                           "print('|'.join(wb.sheetnames)); print(wb.worksheets[0]['A1'].value)\n"),
            {xlsx}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sheets, QStringLiteral("人员名册|填写说明\n身份证号码\n"));
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "test_roster_import.moc"
