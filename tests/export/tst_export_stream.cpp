// Streamed exports (issue 14): the CLI's export, read one person at a time with every distinct
// activity credited once (PersonYearStream) and written row by row (TableWriter), must give the
// files the whole-table writer gives for the same registry computed live the way exports always
// were — every activity credited by YearAggregator::aggregate, every row held, then written.
#include "TestSupport.h"
#include "export/ExportProfile.h"
#include "export/ExportSource.h"
#include "export/PersonYearStream.h"
#include "export/TableExporter.h"
#include "export/TableWriter.h"
#include "rules/ActivityInput.h"
#include "rules/YearAggregator.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/YearSeal.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Every part of an .xlsx as text, docProps/core.xml (its creation time) left out.
const char *kParts = R"PY(
import sys, zipfile, json
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({n: z.read(n).decode('utf-8') for n in sorted(z.namelist()) if n != 'docProps/core.xml'}, ensure_ascii=False))
)PY";

QString itemsText(const YearResult &y)
{
    QStringList out;
    for (const YearItem &i : y.items)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(i.input.id).arg(i.counted).arg(i.countedHours, 0, 'g', 17)
                   .arg(i.credit.explanation, i.reason, i.credit.error);
    return out.join(QLatin1Char('\n'));
}
QString yearsText(const QHash<int, PersonYearStream::Year> &years)
{
    QStringList out;
    QList<int> keys = years.keys();
    std::sort(keys.begin(), keys.end());
    for (int y : keys) {
        const PersonYearStream::Year &v = years.value(y);
        for (int i = 0; i < v.activities.size(); ++i) {
            const Activity &a = v.activities.at(i);
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9").arg(y).arg(a.id).arg(a.staffId).arg(a.year)
                       .arg(a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate), a.kind, a.title)
                       .arg(QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact)))
                << QStringLiteral("%1|%2|%3|%4").arg(a.subject, a.status).arg(a.version).arg(QString::fromUtf8(v.paramsText.at(i)));
        }
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestExportStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_year = 0;

    // The export as it was before streaming: every person-year computed live and held.
    bool liveDataSet(int from, int to, ExportDataSet *out, QString *error)
    {
        Database db;
        if (!db.open(m_db, Database::Mode::ReadOnly)) {
            *error = db.errorString();
            return false;
        }
        ExportSource source(db.connection());
        Unit u;
        if (!source.unit(&u, error))
            return false;
        const QHash<qint64, Staff> declared = YearSeal::declaredPeople(db.connection(), from, to);
        ActivityRepository activities(db.connection());
        QHash<qint64, QList<Activity>> byStaffYear;
        for (int year = from; year <= to; ++year)
            for (const Activity &a : activities.listForYear(u.id, year))
                byStaffYear[a.staffId * 10000 + year] << a;
        for (const Staff &s : StaffRepository(db.connection()).list(u.id)) {
            PersonInfo person;
            person.unit = u;
            for (int year = from; year <= to; ++year) {
                const QList<Activity> acts = byStaffYear.value(s.id * 10000 + year);
                if (acts.isEmpty() && s.status != QStringLiteral("在职"))
                    continue;
                person.staff = declared.value(YearSeal::key(s.id, year), s);
                QList<ActivityInput> inputs;
                for (const Activity &a : acts) {
                    ActivityInput in = ActivityInput::fromActivity(a);
                    in.person = person.staff.idNumber;
                    in.personName = person.staff.name;
                    inputs << in;
                }
                const YearResult y = YearAggregator::aggregate(*ExportSource::ruleSetFor(u, year, error), year, inputs);
                out->people << ExportSource::personYear(person, y);
                out->activities << ExportSource::activityRows(person, y, acts);
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("r.sqlite"));
        m_year = QDate::currentDate().year();
        // 300 people, 3 years (two rule sets: anhui-2025 and hefei-2021 before 2025), 8 activities a
        // person-year of every kind, an event: many identical activities (the credit cache is used),
        // kinds whose hours follow the dates, yearly caps, not-counted items with reasons.
        auto run = [](const QStringList &args) {
            const TestSupport::CliRun r = TestSupport::runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        };
        run({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("测试医院"),
             QStringLiteral("--rules"), QStringLiteral("anhui-2025")});
        run({QStringLiteral("--db"), m_db, QStringLiteral("demo-data"), QStringLiteral("--staff"), QStringLiteral("300"),
             QStringLiteral("--years"), QStringLiteral("3"), QStringLiteral("--per-year"), QStringLiteral("8"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--events"), QStringLiteral("1"),
             QStringLiteral("--event-size"), QStringLiteral("50")});
    }

    // PersonYearStream (each distinct activity credited once) = YearAggregator::aggregate, to the
    // explanation and reason of every item.
    void precreditedEqualsLive()
    {
        Database db;
        QVERIFY2(db.open(m_db, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        ExportSource source(db.connection());
        Unit u;
        QString error;
        QVERIFY(source.unit(&u, &error));
        PersonYearStream stream(db.connection());
        QHash<int, PersonYearStream::Year> years;
        int compared = 0, notCounted = 0;
        for (const Staff &s : StaffRepository(db.connection()).list(u.id)) {
            QVERIFY2(stream.read(s.id, m_year - 2, m_year, &years, &error), qPrintable(error));
            for (auto it = years.cbegin(); it != years.cend(); ++it) {
                const RuleSet *set = ExportSource::ruleSetFor(u, it.key(), &error);
                QVERIFY(set);
                QList<ActivityInput> inputs;
                for (const Activity &a : it.value().activities)
                    inputs << ActivityInput::fromActivity(a);
                const YearResult cached = stream.aggregate(*set, it.key(), inputs, it.value().paramsText);
                const YearResult live = YearAggregator::aggregate(*set, it.key(), inputs);
                QCOMPARE(itemsText(cached), itemsText(live));
                QCOMPARE(cached.total, live.total);
                QCOMPARE(cached.compliant, live.compliant);
                QCOMPARE(cached.verdictText(), live.verdictText());
                ++compared;
                for (const YearItem &i : live.items)
                    notCounted += i.counted ? 0 : 1;
            }
        }
        QVERIFY(compared > 800);
        QVERIFY(notCounted > 0); // reasons were compared, not only plain items
    }

    // PersonYearStream::prefetch (the activities of up to 64 people in one query) gives each person
    // exactly what the query of one person reads: the same activities, order, parameter texts.
    void prefetchedEqualsOneByOne()
    {
        Database db;
        QVERIFY2(db.open(m_db, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        ExportSource source(db.connection());
        Unit u;
        QString error;
        QVERIFY(source.unit(&u, &error));
        const QList<Staff> staff = StaffRepository(db.connection()).list(u.id);
        PersonYearStream batched(db.connection()), single(db.connection());
        QHash<int, PersonYearStream::Year> a, b;
        int people = 0, activities = 0;
        for (int i = 0; i < staff.size(); i += 50) {   // 50 a batch: the last one short, and padded
            QList<qint64> ids;
            for (int k = i; k < std::min(int(staff.size()), i + 50); ++k)
                ids << staff.at(k).id;
            QVERIFY2(batched.prefetch(ids, m_year - 2, m_year, &error), qPrintable(error));
            for (auto it = ids.crbegin(); it != ids.crend(); ++it) {   // in any order
                QVERIFY(batched.holdsPrefetched(*it));
                QVERIFY2(batched.read(*it, m_year - 2, m_year, &a, &error), qPrintable(error));
                QVERIFY(!batched.holdsPrefetched(*it));
                QVERIFY2(single.read(*it, m_year - 2, m_year, &b, &error), qPrintable(error));
                QCOMPARE(yearsText(a), yearsText(b));
                ++people;
                for (const PersonYearStream::Year &y : a)
                    activities += int(y.activities.size());
            }
        }
        QCOMPARE(people, int(staff.size()));
        QVERIFY(activities > 5000);
        // Another year range, or a person not prefetched: read by their own query.
        QVERIFY(batched.prefetch({staff.at(0).id}, m_year - 2, m_year, &error));
        QVERIFY(batched.read(staff.at(0).id, m_year, m_year, &a, &error));
        QVERIFY(single.read(staff.at(0).id, m_year, m_year, &b, &error));
        QCOMPARE(yearsText(a), yearsText(b));
        QCOMPARE(QList<int>(a.keyBegin(), a.keyEnd()), QList<int>{m_year});
        QVERIFY(batched.read(staff.at(1).id, m_year - 2, m_year, &a, &error));
        QVERIFY(single.read(staff.at(1).id, m_year - 2, m_year, &b, &error));
        QCOMPARE(yearsText(a), yearsText(b));
    }

    void streamedEqualsWholeTable_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("years");
        QTest::newRow("anhui one year") << QStringLiteral("anhui-2025") << 1;
        QTest::newRow("anhui three years") << QStringLiteral("anhui-2025") << 3;
        QTest::newRow("hunan (per subject-year forms)") << QStringLiteral("hunan-2025") << 1;
    }

    void streamedEqualsWholeTable()
    {
        QFETCH(QString, profile);
        QFETCH(int, years);
        const int from = m_year - years + 1;
        ExportDataSet data;
        QString error;
        QVERIFY2(liveDataSet(from, m_year, &data, &error), qPrintable(error));
        QVERIFY(data.activities.size() > 1000);
        ExportProfile p;
        QVERIFY2(ExportProfile::load(profile, &p, &error), qPrintable(error));
        TableExporter::Options options;
        options.skipErrors = true;
        for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString expected = m_dir.filePath(QStringLiteral("expected.") + suffix);
            const QString streamed = m_dir.filePath(QStringLiteral("streamed.") + suffix);
            TableExporter::Result res;
            QVERIFY2(TableExporter::write(p, data, expected, options, &res, &error), qPrintable(error));
            QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("--profile"), profile,
                             QStringLiteral("--year"), QString::number(from), QStringLiteral("--to-year"), QString::number(m_year),
                             QStringLiteral("--out"), streamed, QStringLiteral("--skip-errors")};
            const TestSupport::CliRun r = TestSupport::runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("%1 person-year rows, %2 activity rows").arg(res.personYearRows).arg(res.activityRows)),
                     qPrintable(r.out));
            for (int i = 0; i < res.files.size(); ++i) {
                const QString want = res.files.at(i);
                const QString got = suffix == QLatin1String("csv") ? TableExporter::csvPathFor(streamed, p.sheets.at(i), i) : streamed;
                if (suffix == QLatin1String("csv")) {
                    QFile a(want), b(got);
                    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
                    QVERIFY2(a.readAll() == b.readAll(), qPrintable(got));
                } else {
                    const QString wantParts = TestSupport::runPython(QString::fromUtf8(kParts), {want}, &error);
                    QVERIFY2(!wantParts.isEmpty(), qPrintable(error));
                    // Every sheet, the styles and the column widths byte for byte.
                    QCOMPARE(TestSupport::runPython(QString::fromUtf8(kParts), {got}), wantParts);
                }
            }
        }
    }

    // The GUI's export (exportYears with progress): called after each person with (done, selected);
    // returning false stops it with nothing written and no scratch file left.
    void progressAndStop()
    {
        Database db;
        QVERIFY2(db.open(m_db, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        const ExportSource source(db.connection());
        ExportProfile p;
        QString error;
        QVERIFY2(ExportProfile::load(QStringLiteral("anhui-2025"), &p, &error), qPrintable(error));
        QTemporaryDir dir;
        TableExporter::Options options;
        options.skipErrors = true;
        TableExporter::Result res;
        bool readFailed = true;
        QList<QPair<int, int>> calls;
        const QString done = dir.filePath(QStringLiteral("done.xlsx"));
        QVERIFY2(TableWriter::exportYears(source, m_year, m_year, {}, p, done, options, &res, &error, &readFailed,
                                          [&calls](int n, int total) {
                                              calls << qMakePair(n, total);
                                              return true;
                                          }),
                 qPrintable(error));
        QVERIFY(!readFailed);
        QCOMPARE(calls.size(), 300);
        for (int i = 0; i < calls.size(); ++i)
            QCOMPARE(calls.at(i), qMakePair(i + 1, 300));
        // The same rows as without progress.
        const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
        TableExporter::Result plainRes;
        QVERIFY2(TableWriter::exportYears(source, m_year, m_year, {}, p, plain, options, &plainRes, &error), qPrintable(error));
        QCOMPARE(res.personYearRows, plainRes.personYearRows);
        QCOMPARE(TestSupport::runPython(QString::fromUtf8(kParts), {done}), TestSupport::runPython(QString::fromUtf8(kParts), {plain}));

        const QString stopped = dir.filePath(QStringLiteral("stopped.xlsx"));
        QVERIFY(!TableWriter::exportYears(source, m_year, m_year, {}, p, stopped, options, &res, &error, &readFailed,
                                          [](int n, int) { return n < 100; }));
        QVERIFY(readFailed);
        QVERIFY(res.files.isEmpty());
        QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("done.xlsx"), QStringLiteral("plain.xlsx")}));
    }
};

QTEST_GUILESS_MAIN(TestExportStream)
#include "tst_export_stream.moc"
