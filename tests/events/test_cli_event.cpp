// cehours-cli event …: exit codes 0 / 2 (bad input, nothing changed), JSON of list/show, the import's
// dry run, set-result, and print summary-sheet --event.
#include "TestBackend.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestCliEvent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_where; // a SQLite file or a postgresql:// URL (TestBackend)
    QString db() const { return m_where; }
    TestSupport::CliRun cli(const QStringList &args) const { return runCli(QStringList{QStringLiteral("--db"), db()} + args); }
    QString write(const QString &name, const QString &text) const
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return p;
    }
    static QString id(int seq) { return TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1988, 3, 1), seq); }
    QJsonObject show(const QString &event) const
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("event"), QStringLiteral("show"), event, QStringLiteral("--json")}).out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        CEHOURS_FRESH_DATABASE(where, "cli_event");
        m_where = where;
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("湖南某医院"), QStringLiteral("--credit-code"),
                      QStringLiteral("91350100M000100Y43"), QStringLiteral("--rules"), QStringLiteral("hunan-2025")})
                     .exitCode,
                 0);
        const QString staff = write(QStringLiteral("staff.csv"), QStringLiteral("姓名,身份证号码,部门\n甲一,%1,内科\n乙二,%2,外科\n丙三,%3,外科\n")
                                                                      .arg(id(11), id(12), id(13)));
        QCOMPARE(cli({QStringLiteral("import-staff"), staff}).exitCode, 0);
    }

    void createListShow()
    {
        auto r = cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("院内感染防控培训"),
                      QStringLiteral("--kind"), QStringLiteral("unit_training"), QStringLiteral("--subject"), QStringLiteral("professional"),
                      QStringLiteral("--start"), QStringLiteral("2025-04-08"), QStringLiteral("--end"), QStringLiteral("2025-04-09"),
                      QStringLiteral("--param"), QStringLiteral("hours=12"), QStringLiteral("--mode"), QStringLiteral("线下"),
                      QStringLiteral("--filing-date"), QStringLiteral("2025-04-10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("三（一）")), qPrintable(r.err)); // filed after the start: a warning
        // Bad input: no title, end before start, unknown kind, unknown option — nothing created.
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--start"), QStringLiteral("2025-04-08")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--start"),
                      QStringLiteral("2025-04-08"), QStringLiteral("--end"), QStringLiteral("2025-04-01")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--start"),
                      QStringLiteral("2025-04-08"), QStringLiteral("--kind"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("frobnicate")}).exitCode, 2);
        r = cli({QStringLiteral("event"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("院内感染防控培训"));
        QCOMPARE(show(QStringLiteral("1")).value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("99")}).exitCode, 2);
    }

    void importDryRunSetResultPrint()
    {
        const QString unknown = write(QStringLiteral("unknown.csv"), QStringLiteral("序号,姓名,身份证号码,考试结果\n1,甲一,%1,合格\n2,某某,%2,合格\n").arg(id(11), id(77)));
        auto r = cli({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("1"), unknown});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("3\t%1\t").arg(id(77))), qPrintable(r.err));
        QCOMPARE(show(QStringLiteral("1")).value(QStringLiteral("participants")).toArray().size(), 0);

        const QString good = write(QStringLiteral("good.csv"), QStringLiteral("序号,姓名,身份证号码,考试结果,备注\n1,乙二,%1,合格,\n2,甲一,%2,缺考,病假\n").arg(id(12), id(11)));
        r = cli({QStringLiteral("event"), QStringLiteral("add-participants"), QStringLiteral("院内感染防控培训"), good, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(id(12)));
        QCOMPARE(show(QStringLiteral("1")).value(QStringLiteral("participants")).toArray().size(), 0);
        r = cli({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("1"), good});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray people = show(QStringLiteral("1")).value(QStringLiteral("participants")).toArray();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("hours")).toDouble(), 12.0);
        QCOMPARE(people.at(1).toObject().value(QStringLiteral("hours")).toDouble(), 0.0);

        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("set-result"), QStringLiteral("1"), id(11), QStringLiteral("优秀")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("set-result"), QStringLiteral("1"), id(13), QStringLiteral("合格")}).exitCode, 2);
        r = cli({QStringLiteral("event"), QStringLiteral("set-result"), QStringLiteral("1"), id(11), QStringLiteral("合格")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        people = show(QStringLiteral("1")).value(QStringLiteral("participants")).toArray();
        QCOMPARE(people.at(1).toObject().value(QStringLiteral("hours")).toDouble(), 12.0);

        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        r = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("乙二")) && text.contains(QStringLiteral("甲一")) && text.contains(QStringLiteral("病假")), qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("乙二")) < text.indexOf(QStringLiteral("甲一"))); // imported order
    }

    void twoEventsWithOneTitlePrintTwoSheets()
    {
        for (int i = 0; i < 2; ++i)
            QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("急救技能培训班"),
                          QStringLiteral("--subject"), QStringLiteral("professional"), QStringLiteral("--start"), i ? QStringLiteral("2025-10-01") : QStringLiteral("2025-05-01"),
                          QStringLiteral("--param"), QStringLiteral("days=1")}).exitCode,
                     0);
        const QString a = write(QStringLiteral("a.csv"), QStringLiteral("姓名,身份证号码\n甲一,%1\n").arg(id(11)));
        const QString b = write(QStringLiteral("b.csv"), QStringLiteral("姓名,身份证号码\n丙三,%1\n").arg(id(13)));
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("2"), a}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("import"), QStringLiteral("3"), b}).exitCode, 0);
        const auto ambiguous = cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QStringLiteral("急救技能培训班"),
                                    QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains(QLatin1String("2, 3")), qPrintable(ambiguous.err));
        for (const char *n : {"2", "3"}) {
            const QString pdf = m_dir.filePath(QStringLiteral("s%1.pdf").arg(QLatin1String(n)));
            QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QLatin1String(n), QStringLiteral("--pdf"), pdf}).exitCode, 0);
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QCOMPARE(text.contains(QStringLiteral("甲一")), QLatin1String(n) == QLatin1String("2"));
            QCOMPARE(text.contains(QStringLiteral("丙三")), QLatin1String(n) == QLatin1String("3"));
        }
    }

    void deleteEvent()
    {
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("event"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array().size(), 2);
    }
};

QTEST_MAIN(TestCliEvent)
#include "test_cli_event.moc"
