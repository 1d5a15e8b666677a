// Wrong identities and oversized fields on roster import (issue 11): an ID number that went
// through a number cell, a birth date in the future or under 16, a field longer than allowed.
#include "TestBackend.h"
#include "TestSupport.h"
#include "XlsxBuilder.h"

#include "domain/IdNumber.h"
#include "import/RosterColumns.h"
#include "import/RosterImporter.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QtTest>

using TestSupport::makeIdNumber;

namespace {

// An 18-digit ID ending in 000 that passes the check digit: what a number cell makes of
// 3.40104198904303E+17 when the person happens to have such a number.
QString validIdEndingIn000()
{
    for (int day = 0; day < 4000; ++day) {
        const QString first15 = makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(day), 0).left(14) + QLatin1Char('3');
        const QString candidate = first15 + QStringLiteral("00");
        if (IdNumber::checkCharacter(candidate) == QLatin1Char('0'))
            return candidate + QLatin1Char('0');
    }
    return {};
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestImportIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 30), QTime(9, 0))};

    QString path(const QString &name) const { return m_dir.filePath(name); }
    RosterImporter::Preview analyse(const QString &file)
    {
        RosterImporter::Preview preview;
        QString error;
        if (!RosterImporter(m_db->connection(), m_unit).analyse(file, &preview, &error))
            qWarning("analyse failed: %s", qPrintable(error));
        return preview;
    }

private slots:
    void init()
    {
        Clock::setCurrent(&m_clock);
        m_db = std::make_unique<Database>();
        CEHOURS_FRESH_DATABASE(where, "identity");
        QVERIFY2(m_db->open(where), qPrintable(m_db->errorString()));
        QString error;
        m_unit = UnitRepository(m_db->connection()).ensureDefault(&error);
        QVERIFY2(m_unit > 0, qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        Clock::setCurrent(nullptr);
    }

    void numericCellIdIsRefusedEvenWithAValidCheckDigit()
    {
        const QString lossy = validIdEndingIn000();
        QVERIFY(IdNumber::validate(lossy));
        // Excel's own way of storing it: a number cell with 15 significant digits.
        const QByteArray value = QByteArray::number(lossy.left(15).toLongLong() / 1e14, 'f', 14) + "E+17";
        const QString file = path(QStringLiteral("numeric.xlsx"));
        QVERIFY(XlsxBuilder::write(file, "<row r=\"1\">" + XlsxBuilder::inlineCell("身份证号码", "A1") + XlsxBuilder::inlineCell("姓名", "B1")
                                             + "</row><row r=\"2\"><c r=\"A2\"><v>" + value + "</v></c>" + XlsxBuilder::inlineCell("王五", "B2")
                                             + "</row>"));
        const RosterImporter::Preview preview = analyse(file);
        QCOMPARE(preview.toAdd.size(), 0);
        QCOMPARE(preview.errors.size(), 1);
        QCOMPARE(preview.errors.first().row, 2);
        QCOMPARE(preview.errors.first().idNumber, lossy);
        QVERIFY2(preview.errors.first().reason.contains(QLatin1String("format the column as text")), qPrintable(preview.errors.first().reason));

        // The same ID typed as text is a person.
        QVERIFY(XlsxBuilder::write(file, "<row r=\"1\">" + XlsxBuilder::inlineCell("身份证号码", "A1") + XlsxBuilder::inlineCell("姓名", "B1")
                                             + "</row><row r=\"2\">" + XlsxBuilder::inlineCell(lossy.toLatin1(), "A2")
                                             + XlsxBuilder::inlineCell("王五", "B2") + "</row>"));
        QCOMPARE(analyse(file).toAdd.size(), 1);
    }

    void scientificNotationInCsvIsRefused()
    {
        const QString file = path(QStringLiteral("sci.csv"));
        QVERIFY(writeBytes(file, "姓名,身份证号码\r\n王五,3.40104198904303E+17\r\n李四,3.40104198904303e17\r\n"));
        const RosterImporter::Preview preview = analyse(file);
        QCOMPARE(preview.errors.size(), 2);
        QCOMPARE(preview.errors.at(0).row, 2);
        QVERIFY2(preview.errors.at(0).reason.contains(QLatin1String("format the column as text")), qPrintable(preview.errors.at(0).reason));
    }

    void birthDateInTheFutureOrUnder16IsRefused()
    {
        const QString future = makeIdNumber(QStringLiteral("340104"), QDate(2030, 1, 1), 11);
        const QString fifteen = makeIdNumber(QStringLiteral("340104"), QDate(2010, 7, 1), 13);   // 16 tomorrow
        const QString sixteen = makeIdNumber(QStringLiteral("340104"), QDate(2010, 6, 30), 15);  // 16 today
        const QString file = path(QStringLiteral("ages.csv"));
        QVERIFY(writeBytes(file, QStringLiteral("姓名,身份证号码\r\n甲,%1\r\n乙,%2\r\n丙,%3\r\n").arg(future, fifteen, sixteen).toUtf8()));
        const RosterImporter::Preview preview = analyse(file);
        QCOMPARE(preview.errors.size(), 2);
        QCOMPARE(preview.errors.at(0).row, 2);
        QVERIFY2(preview.errors.at(0).reason.contains(QLatin1String("2030-01-01 is in the future")), qPrintable(preview.errors.at(0).reason));
        QCOMPARE(preview.errors.at(1).row, 3);
        QVERIFY2(preview.errors.at(1).reason.contains(QLatin1String("under 16 on 2026-06-30")), qPrintable(preview.errors.at(1).reason));
        QCOMPARE(preview.toAdd.size(), 1);
        QCOMPARE(preview.toAdd.first().idNumber, sixteen);

        // The import date comes from the clock: a year later the 15-year-old is accepted.
        m_clock.set(QDateTime(QDate(2027, 7, 1), QTime(9, 0)));
        QCOMPARE(analyse(file).toAdd.size(), 2);
    }

    void overlongFieldsAreRefused()
    {
        const QString a = makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 11);
        const QString b = makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 2), 13);
        const QString c = makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 3), 15);
        const QString name = QString(RosterColumns::maxLength(RosterColumns::Name) + 1, QChar(u'张'));
        const QString dept = QString(RosterColumns::maxLength(RosterColumns::Department) + 1, QLatin1Char('d'));
        const QString fine = QString(RosterColumns::maxLength(RosterColumns::Name), QChar(u'李'));
        const QString file = path(QStringLiteral("long.csv"));
        QVERIFY(writeBytes(file, QStringLiteral("姓名,身份证号码,部门\r\n%1,%2,x\r\n甲,%3,%4\r\n%5,%6,y\r\n").arg(name, a, b, dept, fine, c).toUtf8()));
        const RosterImporter::Preview preview = analyse(file);
        QCOMPARE(preview.errors.size(), 2);
        QCOMPARE(preview.errors.at(0).row, 2);
        QVERIFY2(preview.errors.at(0).reason.contains(QStringLiteral("姓名")) && preview.errors.at(0).reason.contains(QLatin1String("65 characters")),
                 qPrintable(preview.errors.at(0).reason));
        QCOMPARE(preview.errors.at(1).row, 3);
        QVERIFY2(preview.errors.at(1).reason.contains(QStringLiteral("部门")), qPrintable(preview.errors.at(1).reason));
        QCOMPARE(preview.toAdd.size(), 1);

        // A 1 MB name: the file is refused by the reader, naming the row.
        QVERIFY(writeBytes(file, QStringLiteral("姓名,身份证号码\r\n%1,%2\r\n").arg(QString(1 << 20, QLatin1Char('n')), a).toUtf8()));
        RosterImporter::Preview none;
        QString error;
        QVERIFY(!RosterImporter(m_db->connection(), m_unit).analyse(file, &none, &error));
        QVERIFY2(error.contains(QLatin1String("long.csv, row 2:")), qPrintable(error));
    }

    void errorReportHasNoFormulas()
    {
        const QString file = path(QStringLiteral("evil.csv"));
        QVERIFY(writeBytes(file, "姓名,身份证号码\r\n甲,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"));
        const RosterImporter::Preview preview = analyse(file);
        QCOMPARE(preview.errors.size(), 1);
        const QString report = RosterImporter::errorReport(preview);
        QVERIFY2(report.contains(QStringLiteral("2\t'=HYPERLINK")), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestImportIdentity)
#include "test_import_identity.moc"
