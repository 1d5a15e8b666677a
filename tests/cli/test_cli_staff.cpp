// Runs on both backends (test_cli_staff_pg: `cehours-cli --db postgresql://…` on a throw-away cluster).
#include "TestBackend.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;

class TestCliStaff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_where; // a SQLite file or a postgresql:// URL (TestBackend)
    QString db() const { return m_where; }
    QString write(const QString &name, const QString &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return p;
    }
    static QString id(int seq) { return TestSupport::makeIdNumber(QStringLiteral("320402"), QDate(1979, 11, 3), seq); }

private slots:
    void initTestCase()
    {
        CEHOURS_FRESH_DATABASE(where, "cli");
        m_where = where;
    }

    void versionAndHelp()
    {
        auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("cehours-cli ")));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *cmd : {"init", "import-staff", "list-staff", "template staff"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
    }

    void badUsageIsExit2()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("list-staff"), QStringLiteral("--xml")}).exitCode, 2);
        const auto missing = runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff"), m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("nope.csv")), qPrintable(missing.err));
        const auto badCode = runCli({QStringLiteral("--db"), db(), QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("常州某厂"),
                                     QStringLiteral("--credit-code"), QStringLiteral("91350100M000100Y44")});
        QCOMPARE(badCode.exitCode, 2);
        QVERIFY(badCode.err.contains(QLatin1String("check character")));
    }

    void unopenableDatabaseIsExit1()
    {
        CEHOURS_SQLITE_ONLY("a folder where the file should be");
        // A folder where the database file should be.
        QDir(m_dir.path()).mkpath(QStringLiteral("adir.sqlite"));
        const auto r = runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("adir.sqlite")), QStringLiteral("list-staff")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void importListAndAllOrNothing()
    {
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("常州某厂"),
                         QStringLiteral("--credit-code"), QStringLiteral("91350100M000100Y43"), QStringLiteral("--rules"), QStringLiteral("jiangsu-2023")})
                     .exitCode,
                 0);
        QString badId = id(301);
        badId[17] = badId.at(17) == QLatin1Char('5') ? QLatin1Char('6') : QLatin1Char('5');
        const QString bad = write(QStringLiteral("bad.csv"), QStringLiteral("姓名,身份证号码,部门\n甲,%1,一车间\n乙,%2,二车间\n").arg(id(302), badId));
        auto r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("3\t%1\t").arg(badId)), qPrintable(r.err));
        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("list-staff"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        const QString good = write(QStringLiteral("good.csv"), QStringLiteral("姓名,身份证号码,部门\n甲,%1,一车间\n乙,%2,二车间\n").arg(id(302), id(313)));
        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff"), good, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(id(313)));
        QCOMPARE(QJsonDocument::fromJson(runCli({QStringLiteral("--db"), db(), QStringLiteral("list-staff"), QStringLiteral("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 0);
        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff"), good});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("list-staff"), QStringLiteral("--json")});
        const QJsonArray people = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(people.size(), 2);
        QStringList names;
        for (const auto &p : people)
            names << p.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("乙"), QStringLiteral("甲")}));
    }

    void chineseReportHeadings()
    {
        QString badId = id(321);
        badId[17] = badId.at(17) == QLatin1Char('5') ? QLatin1Char('6') : QLatin1Char('5');
        const QString bad = write(QStringLiteral("bad-zh.csv"), QStringLiteral("姓名,身份证号码\n丙,%1\n").arg(badId));
        const auto r = runCli({QStringLiteral("--db"), db(), QStringLiteral("import-staff"), bad}, QStringLiteral("zh_CN"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("行号\t证件号码\t失败原因")), qPrintable(r.err));
    }

    void templateCommand()
    {
        const QString out = m_dir.filePath(QStringLiteral("tpl.xlsx"));
        auto r = runCli({QStringLiteral("--db"), db(), QStringLiteral("template"), QStringLiteral("staff"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(out).size() > 1000);
        r = runCli({QStringLiteral("--db"), db(), QStringLiteral("template"), QStringLiteral("staff")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("身份证号码,姓名")));
        QCOMPARE(runCli({QStringLiteral("--db"), db(), QStringLiteral("template"), QStringLiteral("units")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStaff)
#include "test_cli_staff.moc"
