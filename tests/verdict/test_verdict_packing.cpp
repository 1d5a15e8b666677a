// The recompute's two packings (recompute14b): the activities SQLite packs with json_group_array are
// read back byte for byte (PackedActivities), and the verdict rows VerdictRowWriter packs into fewer
// bound values arrive exactly as a plain one-row INSERT with 12 bound values stores them.
#include "storage/Database.h"
#include "storage/PackedActivities.h"
#include "storage/PersonYearVerdict.h"
#include "storage/Transaction.h"
#include "storage/VerdictRowWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace {
// Hostile texts: quotes, backslashes, controls (U+0000 included), non-ASCII, a surrogate pair, empty.
QStringList hostileTexts()
{
    return {QStringLiteral("plain"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash\\"), QStringLiteral("tab\there\nline\r\b\f"),
            QStringLiteral("nul") + QChar(0) + QStringLiteral("inside"), QString(QChar(0x1f)) + QStringLiteral("unit sep"),
            QStringLiteral("论文：《继续教育》"), QStringLiteral("emoji ") + QString::fromUcs4(U"\U0001F600"), QStringLiteral(""),
            QStringLiteral("{\"days\":2,\"organizer\":\"government\"}"), QStringLiteral("/slash/")};
}

QString quoted(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT quote(staff_id), quote(year), quote(rule_set), quote(fingerprint), quote(public_hours),"
                                       " quote(professional_hours), quote(total_hours), quote(full_year), quote(compliant),"
                                       " quote(shortfall_total), quote(shortfall_public), quote(shortfall_professional) FROM %1"
                                       " ORDER BY staff_id, year")
                            .arg(table); // our own table names
    q.exec(sql);
    QStringList rows;
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < 12; ++i)
            r << q.value(i).toString();
        rows << r.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}
} // namespace

class TestVerdictPacking : public QObject
{
    Q_OBJECT
private slots:
    void sqliteJsonPackingReadsBackEveryByte()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("packing"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, start_date TEXT, end_date TEXT, kind TEXT, params TEXT,"
                                      " subject TEXT, title TEXT)")));
        const QStringList texts = hostileTexts();
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO a (id, start_date, end_date, kind, params, subject, title) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        struct Row
        {
            qint64 id;
            QVariant fields[6];
        };
        QList<Row> rows;
        for (int i = 0; i < 40; ++i) {
            Row r{i * 7 - 50, {}};
            for (int f = 0; f < 6; ++f) {
                const int pick = (i * 5 + f * 3) % (texts.size() + 1);
                // NULL as well as texts; start dates mostly real dates, so that the order is exercised
                r.fields[f] = pick == texts.size() ? QVariant() : QVariant(texts.at(pick));
            }
            if (i % 3 == 0)
                r.fields[0] = QStringLiteral("2024-0%1-1%2").arg(1 + i % 9).arg(i % 10);
            rows << r;
            q.addBindValue(r.id);
            for (const QVariant &v : r.fields)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT CAST(json_group_array(json_array(id, start_date, end_date, kind, params, subject, title)) AS BLOB)"
                                      " FROM a")) && q.next());
        QList<PackedActivities::Activity> parsed;
        QVERIFY(PackedActivities::parse(q.value(0).toByteArray(), &parsed));
        QCOMPARE(parsed.size(), rows.size());
        for (const Row &r : rows) {
            const auto it = std::find_if(parsed.cbegin(), parsed.cend(), [&r](const PackedActivities::Activity &a) { return a.id == r.id; });
            QVERIFY(it != parsed.cend());
            const PackedActivities::Field *fields[] = {&it->start, &it->end, &it->kind, &it->params, &it->subject, &it->title};
            for (int f = 0; f < 6; ++f) {
                QCOMPARE(fields[f]->null, r.fields[f].isNull());
                if (!r.fields[f].isNull())
                    QCOMPARE(fields[f]->text(), r.fields[f].toString().toUtf8());
            }
        }
        // The order restored in C++ is SQLite's ORDER BY start_date, id.
        std::stable_sort(parsed.begin(), parsed.end(), PackedActivities::before);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM a ORDER BY start_date, id")));
        for (const PackedActivities::Activity &a : parsed) {
            QVERIFY(q.next());
            QCOMPARE(a.id, q.value(0).toLongLong());
        }
        QVERIFY(!PackedActivities::parse(QByteArrayLiteral("[[1,\"a\""), &parsed));
        QVERIFY(!PackedActivities::parse(QByteArrayLiteral("[[1,\"a\",null,\"k\",\"{}\",\"\",null]]x"), &parsed));
        QVERIFY(PackedActivities::parse(QByteArrayLiteral("[]"), &parsed) && parsed.isEmpty());
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("packing"));
    }

    void packedVerdictRowsEqualPlainInserts()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY2(database.open(dir.filePath(QStringLiteral("p.sqlite")), Database::Mode::Create), qPrintable(database.errorString()));
        QSqlDatabase db = database.connection();
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('u')")), qPrintable(q.lastError().text()));
        const qint64 unit = q.exec(QStringLiteral("SELECT id FROM unit LIMIT 1")) && q.next() ? q.value(0).toLongLong() : 0;
        QVERIFY(unit > 0);
        // Values the packing must carry exactly, and ones that send a chunk the plain way.
        const double odd[] = {0.0, 273.0, 12.5, 2.4000000000000004, 0.1, 1.0 / 3, 1e-300, 5e-324, 1e300, -7.25, -0.0, 90.0 - 1e-12};
        QList<PersonYearVerdict> rows;
        const QList<qint64> ids = {1, 2, 3, 77, 1000, (qint64(1) << 44) + 5};
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, created_at, updated_at) VALUES (?, ?, ?, ?, '', '')")));
        for (qint64 id : ids) {
            q.addBindValue(id);
            q.addBindValue(unit);
            q.addBindValue(QStringLiteral("ID%1").arg(id));
            q.addBindValue(QStringLiteral("人%1").arg(id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        int n = 0;
        for (qint64 id : ids) {
            for (int year = 2018; year < 2018 + 40; ++year) {
                PersonYearVerdict v;
                v.staffId = id;
                v.year = id == 77 && year == 2020 ? 20000 : year;   // one year outside the packed range
                // up to 6 rule sets in one chunk for person 1000 (more than the 4 pairs a chunk can name)
                v.ruleSet = id == 1000 ? QStringLiteral("set-%1").arg(year % 6) : year < 2025 ? QStringLiteral("hefei-2021") : QStringLiteral("anhui-2025");
                v.fingerprint = QStringLiteral("f%1").arg(v.ruleSet.size() + year % 2);
                v.publicHours = odd[n % 12];
                v.professionalHours = odd[(n + 5) % 12];
                v.total = odd[(n + 7) % 12];
                v.fullYear = n % 3 == 0;
                v.compliant = n % 2 == 0;
                v.shortfallTotal = odd[(n + 1) % 12];
                v.shortfallPublic = odd[(n + 2) % 12];
                v.shortfallProfessional = odd[(n + 3) % 12];
                rows << v;
                ++n;
            }
        }
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE plain AS SELECT * FROM person_year_verdict WHERE 0")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO plain (staff_id, year, rule_set, fingerprint, public_hours, professional_hours, total_hours,"
                                         " full_year, compliant, shortfall_total, shortfall_public, shortfall_professional)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const PersonYearVerdict &v : qAsConst(rows)) {
            for (const QVariant &value : {QVariant(v.staffId), QVariant(v.year), QVariant(v.ruleSet), QVariant(v.fingerprint), QVariant(v.publicHours),
                                          QVariant(v.professionalHours), QVariant(v.total), QVariant(v.fullYear ? 1 : 0), QVariant(v.compliant ? 1 : 0),
                                          QVariant(v.shortfallTotal), QVariant(v.shortfallPublic), QVariant(v.shortfallProfessional)})
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        Transaction tx(db);
        QVERIFY(tx.isActive());
        VerdictRowWriter writer(db);
        QString error;
        QVERIFY2(writer.write(rows, &error), qPrintable(error));
        QVERIFY(tx.commit());
        QVERIFY(writer.packedRows() > 0);
        QVERIFY(writer.plainRows() > 0);   // the chunks with year 20000, 6 rule sets, a staff id >= 2^44
        QCOMPARE(writer.packedRows() + writer.plainRows(), int(rows.size()));
        const QString expected = quoted(db, QStringLiteral("plain"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(quoted(db, QStringLiteral("person_year_verdict")), expected);
    }
};

QTEST_GUILESS_MAIN(TestVerdictPacking)
#include "test_verdict_packing.moc"
