// Golden tables: tests/rules/golden/<rule-set id>.tsv, one row per clause row of the seeds, worked out
// by hand from the clause text. Columns (tab-separated, '#' starts a comment line):
//   case id | kind | params (name=value;name=value) | subject (empty = kind default) | year |
//   expected ("47", "full:90" = counts as the whole year, "none" = nothing creditable, "error") | clause
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QMap>
#include <QTest>

#include "TestSupport.h"

class TestRulesGolden : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void everyKindHasGoldenRows();
    void everyEmbeddedSetHasATable();
    void everyClauseCitesADocumentOfItsSet();
    void everySetHasItsReadingsDocumented();
    void yearTables_data();
    void yearTables();
    void everyChooseOneKindHasYearRows();

private:
    static QString goldenDir() { return TestSupport::sourceDir() + QStringLiteral("/tests/rules/golden"); }
    static QList<QStringList> rows(const QString &setId);
};

QList<QStringList> TestRulesGolden::rows(const QString &setId)
{
    QList<QStringList> out;
    QFile f(goldenDir() + QLatin1Char('/') + setId + QStringLiteral(".tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList cols = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        while (cols.size() < 7)
            cols << QString();
        out << cols;
    }
    return out;
}

void TestRulesGolden::initTestCase()
{
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    QVERIFY2(reg.errors().isEmpty(), qPrintable(reg.errors().join(QLatin1Char('\n'))));
    QVERIFY(!reg.sets().isEmpty());
}

void TestRulesGolden::golden_data()
{
    QTest::addColumn<QString>("setId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("clause");
    const QStringList files = QDir(goldenDir()).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString setId = file.chopped(4);
        for (const QStringList &c : rows(setId)) {
            const QByteArray name = (setId + QLatin1Char('/') + c[0].trimmed()).toUtf8();
            QTest::newRow(name.constData()) << setId << c[1].trimmed() << c[2].trimmed() << c[3].trimmed()
                                            << c[4].trimmed().toInt() << c[5].trimmed() << c[6].trimmed();
        }
    }
}

void TestRulesGolden::golden()
{
    QFETCH(QString, setId);
    QFETCH(QString, kind);
    QFETCH(QString, params);
    QFETCH(QString, subject);
    QFETCH(int, year);
    QFETCH(QString, expected);
    QFETCH(QString, clause);

    const RuleSet *set = RuleSetRegistry::embedded().find(setId);
    QVERIFY2(set, qPrintable(QStringLiteral("no embedded rule set ") + setId));
    ActivityInput in;
    in.kind = kind;
    in.year = year > 0 ? year : set->validFrom();
    in.subject = subjectFromId(subject);
    for (const QString &kv : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        QVERIFY2(eq > 0, qPrintable(QStringLiteral("bad params cell: ") + params));
        in.params.insert(kv.left(eq).trimmed(), kv.mid(eq + 1).trimmed());   // text, as from CSV
    }
    const CreditResult r = CreditCalculator::calculate(*set, in);
    if (expected == QLatin1String("error")) {
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("expected an error, got ") + r.explanation));
        QVERIFY(!r.error.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error));
    if (expected == QLatin1String("none")) {
        QVERIFY2(!r.creditable, qPrintable(r.explanation));
        QCOMPARE(r.hours, 0.0);
        QVERIFY(!r.reason.isEmpty());
    } else if (expected.startsWith(QLatin1String("full:"))) {
        QVERIFY2(r.fullYear, qPrintable(r.explanation));
        QCOMPARE(r.hours, expected.mid(5).toDouble());
    } else {
        bool ok = false;
        const double want = expected.toDouble(&ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("bad expected cell: ") + expected));
        QVERIFY2(!r.fullYear, qPrintable(r.explanation));
        QVERIFY2(qFuzzyCompare(1.0 + r.hours, 1.0 + want),
                 qPrintable(QStringLiteral("got %1, want %2: %3").arg(r.hours).arg(want).arg(r.explanation)));
        QVERIFY(r.creditable || want == 0);
    }
    if (!clause.isEmpty())
        QCOMPARE(r.clause, clause);
    QVERIFY2(r.explanation.contains(r.clause), qPrintable(r.explanation));
}

void TestRulesGolden::everyKindHasGoldenRows()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        QSet<QString> seen;
        for (const QStringList &c : rows(set.id()))
            seen.insert(c[1].trimmed());
        for (const ActivityKind &k : set.kinds())
            QVERIFY2(seen.contains(k.id), qPrintable(set.id() + QStringLiteral(": no golden row for kind ") + k.id));
    }
}

void TestRulesGolden::everyEmbeddedSetHasATable()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets())
        QVERIFY2(QFile::exists(goldenDir() + QLatin1Char('/') + set.id() + QStringLiteral(".tsv")),
                 qPrintable(set.id()));
}

void TestRulesGolden::everyClauseCitesADocumentOfItsSet()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        auto cites = [&](const QString &clause) {
            for (const RuleDocument &d : set.documents())
                if (!d.number.isEmpty() && clause.contains(d.number))
                    return true;
            return false;
        };
        QVERIFY2(cites(set.requirement().totalClause), qPrintable(set.id()));
        for (const ActivityKind &k : set.kinds()) {
            QVERIFY2(cites(k.clause), qPrintable(set.id() + QLatin1Char('/') + k.id + QLatin1Char(' ') + k.clause));
            if (k.yearCap >= 0)
                QVERIFY2(cites(k.yearCapClause), qPrintable(set.id() + QLatin1Char('/') + k.id));
        }
        for (const QStringList &c : rows(set.id()))
            if (!c[6].trimmed().isEmpty())
                QVERIFY2(cites(c[6]), qPrintable(set.id() + QLatin1Char('/') + c[0]));
    }
}

void TestRulesGolden::everySetHasItsReadingsDocumented()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        QFile f(TestSupport::sourceDir() + QStringLiteral("/docs/rules/") + set.id() + QStringLiteral(".md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        // every golden case id a reading cites must exist in the golden table
        QSet<QString> ids;
        for (const QStringList &c : rows(set.id()))
            ids.insert(c[0].trimmed());
        static const QRegularExpression cite(QStringLiteral("golden ((?:`[^`]+`(?:, )?)+)"));
        auto it = cite.globalMatch(text);
        while (it.hasNext()) {
            for (QString id : it.next().captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                id.remove(QLatin1Char('`'));
                if (id.contains(QLatin1Char('*')))
                    continue;   // a pattern such as `aid-*`
                QVERIFY2(ids.contains(id), qPrintable(set.id() + QStringLiteral(".md cites missing golden case ") + id));
            }
        }
    }
}

// Year tables (tests/rules/golden/years/<set>.tsv): rules that act across the entries of one year.
namespace {
QMap<QString, QList<QStringList>> yearCases(const QString &file)
{
    QMap<QString, QList<QStringList>> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList cols = line.split(QLatin1Char('\t'));
        while (cols.size() < 9)
            cols << QString();
        out[cols[0].trimmed()] << cols;
    }
    return out;
}
QString yearDir()
{
    return TestSupport::sourceDir() + QStringLiteral("/tests/rules/golden/years");
}
} // namespace

void TestRulesGolden::yearTables_data()
{
    QTest::addColumn<QString>("setId");
    QTest::addColumn<QList<QStringList>>("entries");
    const QStringList files = QDir(yearDir()).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &file : files) {
        const auto cases = yearCases(yearDir() + QLatin1Char('/') + file);
        for (auto it = cases.begin(); it != cases.end(); ++it)
            QTest::newRow((file.chopped(4) + QLatin1Char('/') + it.key()).toUtf8().constData()) << file.chopped(4) << it.value();
    }
}

void TestRulesGolden::yearTables()
{
    QFETCH(QString, setId);
    QFETCH(QList<QStringList>, entries);
    const RuleSet *set = RuleSetRegistry::embedded().find(setId);
    QVERIFY(set);
    QList<ActivityInput> inputs;
    const int year = entries.first()[1].trimmed().toInt();
    for (const QStringList &c : entries) {
        ActivityInput in;
        in.year = c[1].trimmed().toInt();
        in.kind = c[2].trimmed();
        for (const QString &kv : c[3].split(QLatin1Char(';'), Qt::SkipEmptyParts))
            in.params.insert(kv.section(QLatin1Char('='), 0, 0).trimmed(), kv.section(QLatin1Char('='), 1).trimmed());
        in.subject = subjectFromId(c[4].trimmed());
        in.title = c[5].trimmed();
        if (!c[6].trimmed().isEmpty()) {
            in.startDate = QDate::fromString(c[6].section(QStringLiteral(".."), 0, 0).trimmed(), Qt::ISODate);
            in.date = QDate::fromString(c[6].section(QStringLiteral(".."), 1).trimmed(), Qt::ISODate);
            QVERIFY(in.startDate.isValid() && in.date.isValid());
        }
        inputs << in;
    }
    const YearResult y = YearAggregator::aggregate(*set, year, inputs);
    QCOMPARE(y.items.size(), entries.size());
    double sum = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const YearItem &it = y.items[i];
        QVERIFY2(it.credit.ok(), qPrintable(it.credit.error));
        const double want = entries[i][7].trimmed().toDouble();
        QVERIFY2(qFuzzyCompare(1.0 + it.countedHours, 1.0 + want),
                 qPrintable(QStringLiteral("entry %1: counted %2, want %3: %4 %5").arg(i + 1).arg(it.countedHours).arg(want)
                                .arg(it.credit.explanation, it.reason)));
        QCOMPARE(it.counted, want > 0);
        const QString clause = entries[i][8].trimmed();
        QVERIFY2((want > 0 ? it.credit.explanation : it.reason).contains(clause),
                 qPrintable(QStringLiteral("entry %1 does not cite %2: %3 %4").arg(i + 1).arg(clause, it.credit.explanation, it.reason)));
        if (!entries[i][4].trimmed().isEmpty() && set->kind(it.credit.kindId)->subject != SubjectPolicy::PersonChooses
            && subjectFromId(entries[i][4].trimmed()) != it.credit.subject)
            QVERIFY2(!it.credit.warnings.isEmpty(), "a subject given for a fixed-subject kind must warn");
        sum += want;
    }
    QVERIFY(qFuzzyCompare(1.0 + y.total, 1.0 + sum));
}

void TestRulesGolden::everyChooseOneKindHasYearRows()
{
    for (const RuleSet &set : RuleSetRegistry::embedded().sets()) {
        QSet<QString> seen;
        const auto cases = yearCases(yearDir() + QLatin1Char('/') + set.id() + QStringLiteral(".tsv"));
        for (const auto &entries : cases)
            for (const QStringList &c : entries)
                if (c[7].trimmed().toDouble() == 0)
                    seen.insert(c[2].trimmed());
        for (const ActivityKind &k : set.kinds())
            if (k.chooseOne.enabled)
                QVERIFY2(seen.contains(k.id), qPrintable(set.id() + QStringLiteral(": no year row where ") + k.id + QStringLiteral(" is not counted")));
    }
}

QTEST_GUILESS_MAIN(TestRulesGolden)
#include "tst_rules_golden.moc"
