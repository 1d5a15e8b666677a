// Issue 14 "cheap reads": every SELECT the screens run (registry page, count and search, activity
// list, training events, overview, exports page) is captured from SQLite itself (sqlite3_trace_v2 on
// the window's connection) on a populated registry, and its EXPLAIN QUERY PLAN must not SCAN staff or
// activity in full; the default orders of the registry and the activity list need no temporary B-tree.
// Statements the stored-verdict work replaces are listed in knownScans() with the reason.
#include "AppContext.h"
#include "ActivityPage.h"
#include "EventsPage.h"
#include "ExportPage.h"
#include "GuiTestSupport.h"
#include "OverviewPage.h"
#include "StaffPage.h"
#include "TestSupport.h"
#include "storage/StaffQuery.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <sqlite3.h>

namespace {

struct Captured
{
    QString sql;      // as prepared, with ?
    QString expanded; // with the bound values
    QString phase;
};

QList<Captured> *g_captured = nullptr;
QString g_phase;

int onTrace(unsigned type, void *, void *p, void *)
{
    if (type != SQLITE_TRACE_STMT || !g_captured)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(p);
    const QString sql = QString::fromUtf8(sqlite3_sql(stmt)).trimmed();
    // Only the program's own reads (not FTS5's statements on its shadow tables).
    if (!sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) || sql.contains(QLatin1String("staff_search_")))
        return 0;
    char *expanded = sqlite3_expanded_sql(stmt);
    g_captured->append({sql, QString::fromUtf8(expanded), g_phase});
    sqlite3_free(expanded);
    return 0;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Names under which staff and activity appear in the statement (the tables and their aliases).
QStringList namesOfBigTables(const QString &sql)
{
    QStringList names = {QStringLiteral("staff"), QStringLiteral("activity")};
    static const QRegularExpression alias(QStringLiteral("\\b(?:FROM|JOIN)\\s+(?:staff|activity)\\s+(?:AS\\s+)?(\\w+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = alias.globalMatch(sql); it.hasNext();) {
        const QString name = it.next().captured(1);
        static const QStringList keywords = {QStringLiteral("WHERE"), QStringLiteral("JOIN"), QStringLiteral("ON"), QStringLiteral("LEFT"),
                                             QStringLiteral("ORDER"), QStringLiteral("GROUP"), QStringLiteral("LIMIT")};
        if (!keywords.contains(name.toUpper()))
            names << name;
    }
    return names;
}

} // namespace

class TestScreenQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screensReadThroughIndexes();
    void searchFindsWhatItShould();
    void departmentsAreTheDistinctSortedOnes();
    void searchCountReadsNoPersonRow();
    void searchCountsOnlyTheUnitsPeople();

private:
    void populate(int people);
    QTemporaryDir m_dir;
    TestPrompter m_prompter;
    Database m_db;
    qint64 m_unit = 0;
    QStringList m_names, m_departments;
};

void TestScreenQueries::initTestCase()
{
    GuiTest::isolate(QStringLiteral("test_screen_queries"));
    Prompter::setCurrent(&m_prompter);
    QSettings().setValue(QStringLiteral("ui/lastYear"), 2026);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("q.sqlite"))));
    m_unit = GuiTest::makeUnit(m_db);
    populate(3000);
}

void TestScreenQueries::populate(int people)
{
    // Written with SQL (fast); names from a small set so that searches find many and few people.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈")};
    const QStringList given = {QStringLiteral("芳"), QStringLiteral("伟"), QStringLiteral("明平"), QStringLiteral("静"), QStringLiteral("强")};
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO staff (unit_id, id_number, name, department, title_level, name_key, name_initials, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, '中级', ?, ?, 't', 't')")));
    for (int i = 0; i < people; ++i) {
        const QString name = surnames.at(i % 5) + given.at((i / 5) % 5) + QString::number(i);
        q.addBindValue(m_unit);
        q.addBindValue(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1970, 1, 1).addDays(i % 9000), i / 9000));
        q.addBindValue(name);
        q.addBindValue(QStringLiteral("部门%1").arg(i % 20));
        m_names << name;
        m_departments << QStringLiteral("部门%1").arg(i % 20);
        q.addBindValue(QStringLiteral("key%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("WF"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, created_at, updated_at)"
                                  " SELECT s.id, y.value, y.value || '-03-01', y.value || '-03-02', 'training', '培训' || (s.id % 50), '{\"hours\": 8}', 't', 't'"
                                  " FROM staff s, (SELECT 2024 AS value UNION ALL SELECT 2025 UNION ALL SELECT 2026) y")));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
}

void TestScreenQueries::screensReadThroughIndexes()
{
    sqlite3 *handle = handleOf(m_db.connection());
    if (!handle)
        QSKIP("Qt's SQLite driver handle is not a sqlite3* of this library");
    QList<Captured> captured;
    g_captured = &captured;
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onTrace, nullptr);

    AppContext context(&m_db);
    g_phase = QStringLiteral("default");
    {
        StaffPage staff(&context);
        staff.resize(1000, 700);
        staff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&staff));
        ActivityPage activities(&context);
        activities.show();
        QVERIFY(QTest::qWaitForWindowExposed(&activities));
        EventsPage events(&context);
        events.show();
        OverviewPage overview(&context);
        overview.show();
        ExportPage exports(&context);
        exports.show();
        QCoreApplication::processEvents();

        auto *search = GuiTest::child<QLineEdit>(&staff, "staffSearch");
        for (const QString &text : {QStringLiteral("王"), QStringLiteral("王芳"), QStringLiteral("王芳1"), QStringLiteral("wf"),
                                    QStringLiteral("340104"), QStringLiteral("部门1")}) {
            g_phase = QStringLiteral("search:") + text;
            search->setText(text);
            QTest::qWait(200); // the search box waits 150 ms for the next keystroke
        }
    }
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    g_captured = nullptr;
    QVERIFY(captured.size() > 10);

    // Scans left for the stored-verdict work (issue 14 "a stored verdict"): the year's compliance is
    // still computed from all activities of the year (ComplianceTable via ActivityRepository::listForYear).
    const QStringList knownScans = {QStringLiteral("FROM activity a JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = :0 AND a.year = :1 ORDER BY a.staff_id, a.start_date, a.id")};
    // A search most people match (more than StaffQuery::WalkAbove) pages by walking the name index,
    // the matches listed once from the search's indexes; every other search narrows through them.
    StaffQuery query(m_db.connection(), m_unit);
    auto walks = [&](const QString &phase) {
        StaffQuery::Filter f;
        f.text = phase.mid(7);
        return StaffQuery::walksSortIndex(f, StaffQuery::Name, query.count(f));
    };
    QStringList problems;
    QSet<QString> walkedPages;
    QSet<QString> seen;
    QSqlQuery plan(m_db.connection());
    for (const Captured &c : captured) {
        if (seen.contains(c.phase + c.sql))
            continue;
        seen.insert(c.phase + c.sql);
        const QString explain = QStringLiteral("EXPLAIN QUERY PLAN ") + c.expanded;
        const bool explained = plan.exec(explain);
        QVERIFY2(explained, qPrintable(plan.lastError().text() + c.expanded));
        QStringList lines;
        while (plan.next())
            lines << plan.value(3).toString();
        const QStringList names = namesOfBigTables(c.sql);
        for (const QString &line : lines) {
            const QString scanned = line.startsWith(QLatin1String("SCAN ")) ? line.section(QLatin1Char(' '), 1, 1) : QString();
            const bool fullScan = !scanned.isEmpty() && names.contains(scanned);
            const bool tempSort = c.phase == QLatin1String("default") && line.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY"))
                && (c.sql.contains(QLatin1String("FROM staff s")) || c.sql.contains(QLatin1String("FROM activity a")));
            // With one unit, "(unit_id=?)" alone is every row: a search must narrow it through its own index.
            static const QRegularExpression unitOnly(QStringLiteral("^SEARCH (\\w+) USING (?:COVERING )?INDEX \\w+ \\(unit_id=\\?\\)$"));
            const QRegularExpressionMatch unitMatch = unitOnly.match(line);
            const bool searchPhase = c.phase.startsWith(QLatin1String("search:"));
            const bool walkedPage = searchPhase && c.sql.contains(QLatin1String(" LIMIT ")) && walks(c.phase)
                && lines.join(QLatin1Char('|')).contains(QLatin1String("LIST SUBQUERY"));
            if (walkedPage && unitMatch.hasMatch())
                walkedPages.insert(c.phase);
            if (walkedPage && line.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")))
                problems << QStringLiteral("[%1] a walked page still sorts: %2").arg(c.phase, lines.join(QStringLiteral(" | ")));
            const bool searchWalksAll = searchPhase && !walkedPage && unitMatch.hasMatch() && names.contains(unitMatch.captured(1));
            const bool known = std::any_of(knownScans.cbegin(), knownScans.cend(), [&](const QString &k) { return c.sql.contains(k); });
            if ((fullScan || tempSort || searchWalksAll) && !known)
                problems << QStringLiteral("[%1] %2\n    plan: %3").arg(c.phase, c.sql, lines.join(QStringLiteral(" | ")));
        }
    }
    qInfo("%d distinct statements checked", int(seen.size()));
    // "wf" (pinyin initials) and "340104" (an ID prefix) match all 3,000 people.
    QCOMPARE(walkedPages, (QSet<QString>{QStringLiteral("search:wf"), QStringLiteral("search:340104")}));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestScreenQueries::searchFindsWhatItShould()
{
    StaffQuery query(m_db.connection(), m_unit);
    StaffQuery::Filter f;
    auto count = [&](const QString &text) {
        f.text = text;
        return query.count(f);
    };
    // What the search promises, counted over the generated names and departments.
    auto expected = [&](const QString &text, bool anywhere) {
        int n = 0;
        for (int i = 0; i < m_names.size(); ++i) {
            const auto hit = [&](const QString &v) { return anywhere ? v.contains(text) : v.startsWith(text); };
            n += hit(m_names.at(i)) || hit(m_departments.at(i)) ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(count(QStringLiteral("王")), expected(QStringLiteral("王"), false)); // short: at the start
    QCOMPARE(count(QStringLiteral("王")), 600);
    QCOMPARE(count(QStringLiteral("芳")), 0);
    QCOMPARE(count(QStringLiteral("王芳")), expected(QStringLiteral("王芳"), false));
    QCOMPARE(count(QStringLiteral("芳12")), expected(QStringLiteral("芳12"), true)); // 3+: anywhere
    QVERIFY(count(QStringLiteral("芳12")) > 0);
    QCOMPARE(count(QStringLiteral("部门19")), expected(QStringLiteral("部门19"), true));
    QCOMPARE(count(QStringLiteral("wf")), 3000); // pinyin initials (all generated people are "WF")
    QCOMPARE(count(QStringLiteral("\"*[")), 0);  // query syntax is plain text
    // The FTS index follows renames and deletes (triggers).
    QSqlQuery q(m_db.connection());
    const int before = count(QStringLiteral("芳12"));
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET name = '欧阳修' WHERE name = '王芳125'")));
    QCOMPARE(q.numRowsAffected(), 1);
    QCOMPARE(count(QStringLiteral("芳12")), before - 1);
    QCOMPARE(count(QStringLiteral("欧阳修")), 1);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE staff_id = (SELECT id FROM staff WHERE name = '欧阳修')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM staff WHERE name = '欧阳修'")));
    QCOMPARE(count(QStringLiteral("欧阳修")), 0);
}

void TestScreenQueries::departmentsAreTheDistinctSortedOnes()
{
    // Read one index seek per department: the same list as DISTINCT … ORDER BY, empty ones left out.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET department = '' WHERE id = (SELECT MIN(id) FROM staff)")));
    QStringList expected;
    for (const QString &d : std::as_const(m_departments))
        if (!expected.contains(d))
            expected << d;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(StaffQuery(m_db.connection(), m_unit).departments(), expected);
    QCOMPARE(StaffQuery(m_db.connection(), m_unit + 1000).departments(), QStringList());
}

void TestScreenQueries::searchCountReadsNoPersonRow()
{
    // A search alone, on a file of one unit, counts the ids its indexes give: no person's row is read
    // to test the unit (a 16,606-person ID prefix at 100,000 staff: 28 ms with the rows, 10 ms without).
    sqlite3 *handle = handleOf(m_db.connection());
    if (!handle)
        QSKIP("Qt's SQLite driver handle is not a sqlite3* of this library");
    StaffQuery query(m_db.connection(), m_unit);
    for (const QString &text : {QStringLiteral("340104"), QStringLiteral("芳12"), QStringLiteral("wfx"), QStringLiteral("王")}) {
        QList<Captured> captured;
        g_captured = &captured;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onTrace, nullptr);
        StaffQuery::Filter f;
        f.text = text;
        const int counted = query.count(f);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        g_captured = nullptr;
        QVERIFY(counted >= 0);
        QStringList plans;
        for (const Captured &c : std::as_const(captured)) {
            if (!c.sql.startsWith(QLatin1String("SELECT COUNT(*)")))
                continue;
            QSqlQuery plan(m_db.connection());
            const QString explain = QStringLiteral("EXPLAIN QUERY PLAN ") + c.expanded; // the traced statement itself
            QVERIFY2(plan.exec(explain), qPrintable(plan.lastError().text()));
            while (plan.next())
                plans << plan.value(3).toString();
        }
        QVERIFY2(!plans.isEmpty(), qPrintable(text));
        for (const QString &line : std::as_const(plans))
            QVERIFY2(!line.contains(QLatin1String("INTEGER PRIMARY KEY")), qPrintable(text + QLatin1String(": ") + plans.join(QLatin1String(" | "))));
    }
}

void TestScreenQueries::searchCountsOnlyTheUnitsPeople()
{
    // With a second unit in the file, its people found by the same search are not this unit's count.
    StaffQuery query(m_db.connection(), m_unit);
    StaffQuery::Filter f;
    f.text = QStringLiteral("芳12");
    const int before = query.count(f);
    QVERIFY(before > 0);
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO unit (name, rule_set) VALUES ('另一单位', 'anhui-2025')")));
    const qint64 other = q.lastInsertId().toLongLong();
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO staff (unit_id, id_number, name, created_at, updated_at) VALUES (?, ?, ?, 't', 't')")));
    for (int i = 0; i < 7; ++i) {
        q.addBindValue(other);
        q.addBindValue(TestSupport::makeIdNumber(QStringLiteral("110101"), QDate(1980, 1, 1).addDays(i), 0));
        q.addBindValue(QStringLiteral("赵芳12%1").arg(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(query.count(f), before);
    QCOMPARE(StaffQuery(m_db.connection(), other).count(f), 7);
    QCOMPARE(StaffQuery(m_db.connection(), other).page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 50).size(), 7);
    for (const char *sql : {"DELETE FROM staff WHERE unit_id = ?", "DELETE FROM unit WHERE id = ?"}) {
        QVERIFY(q.prepare(QLatin1String(sql)));
        q.addBindValue(other);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(query.count(f), before);
}

QTEST_MAIN(TestScreenQueries)
#include "test_screen_queries.moc"
