// The registry's filtered, sorted, paged reads (StaffQuery) on both backends (test_staff_query and
// test_staff_query_pg): search by substring (3+ characters), prefix, ID number and pinyin initials,
// the exact filters, the stored year's compliance, sorting and paging give the same rows.
#include "TestBackend.h"
#include "TestSupport.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StaffQuery.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictStore.h"

#include <QtTest>

class TestStaffQuery : public QObject
{
    Q_OBJECT
private:
    Database m_db;
    qint64 m_unit = 0;
    QHash<QString, qint64> m_ids; // name -> id

    QStringList names(const StaffQuery::Filter &filter, int column = StaffQuery::Name, Qt::SortOrder order = Qt::AscendingOrder,
                      int offset = 0, int limit = 100)
    {
        StaffQuery query(m_db.connection(), m_unit);
        bool ok = false;
        QStringList out;
        for (const StaffQuery::Row &r : query.page(filter, column, order, offset, limit, &ok))
            out << r.name;
        if (!ok)
            out << QStringLiteral("<query failed>");
        return out;
    }
    static StaffQuery::Filter text(const QString &t)
    {
        StaffQuery::Filter f;
        f.text = t;
        return f;
    }

private slots:
    void initTestCase()
    {
        AuditLog::setOperatorName(QStringLiteral("clerk"));
        CEHOURS_FRESH_DATABASE(where, "staff_query");
        QVERIFY2(m_db.open(where), qPrintable(m_db.errorString()));
        Unit unit;
        unit.name = QStringLiteral("某研究院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(m_db.connection()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
        struct P { const char *name, *dept; int seq; };
        const P people[] = {{"周明平", "心内科", 11}, {"张三", "心外科", 12}, {"张三丰", "放射科", 13},
                            {"李四", "放射科_影像", 14}, {"王五", "100%药剂科", 15}};
        StaffRepository repo(m_db.connection());
        for (const P &p : people) {
            Staff s;
            s.unitId = m_unit;
            s.name = QString::fromUtf8(p.name);
            s.department = QString::fromUtf8(p.dept);
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, 3), p.seq);
            QVERIFY2(repo.insert(s, &error), qPrintable(error));
            m_ids.insert(s.name, s.id);
        }
        // 张三 meets 2025 (60 professional + 30 public hours), the others have nothing.
        for (const auto &[days, subject] : {std::pair<int, const char *>{10, "professional"}, {5, "public"}}) {
            Activity a;
            a.staffId = m_ids.value(QStringLiteral("张三"));
            a.year = 2025;
            a.kind = QStringLiteral("training");
            a.params = QJsonObject{{QStringLiteral("days"), days}};
            a.subject = QString::fromLatin1(subject);
            QVERIFY2(ActivityRepository(m_db.connection()).insert(a, &error), qPrintable(error));
        }
    }

    void countsAndSortsEveryone()
    {
        StaffQuery query(m_db.connection(), m_unit);
        QCOMPARE(query.count({}), 5);
        QCOMPARE(names({}, StaffQuery::Name).size(), 5);
        QCOMPARE(names({}, StaffQuery::IdNumber), (QStringList{QStringLiteral("周明平"), QStringLiteral("张三"), QStringLiteral("张三丰"),
                                                                QStringLiteral("李四"), QStringLiteral("王五")}));
        QCOMPARE(names({}, StaffQuery::IdNumber, Qt::DescendingOrder, 1, 2), (QStringList{QStringLiteral("李四"), QStringLiteral("张三丰")}));
        QCOMPARE(query.departments(), (QStringList{QStringLiteral("100%药剂科"), QStringLiteral("心内科"), QStringLiteral("心外科"),
                                                   QStringLiteral("放射科"), QStringLiteral("放射科_影像")}));
    }

    void searchesByPrefixSubstringIdAndInitials()
    {
        QCOMPARE(names(text(QStringLiteral("张三")), StaffQuery::IdNumber), (QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")}));
        QCOMPARE(names(text(QStringLiteral("三丰"))), QStringList()); // 2 characters: a prefix only
        QCOMPARE(names(text(QStringLiteral("张三丰"))), QStringList{QStringLiteral("张三丰")});
        QCOMPARE(names(text(QStringLiteral("射科_"))), QStringList{QStringLiteral("李四")}); // _ is no wildcard
        QCOMPARE(names(text(QStringLiteral("0%药"))), QStringList{QStringLiteral("王五")});  // nor %
        QCOMPARE(names(text(QStringLiteral("心内"))), QStringList{QStringLiteral("周明平")}); // department prefix
        const QString id = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 2, 3), 14);
        QCOMPARE(names(text(id.mid(6, 8).insert(4, QLatin1Char(' ')))).size(), 5); // birth date with a space: everyone
        QCOMPARE(names(text(id.right(5).toLower())), QStringList{QStringLiteral("李四")});
        QCOMPARE(names(text(QStringLiteral("zmp"))), QStringList{QStringLiteral("周明平")});
        QCOMPARE(names(text(QStringLiteral("ZS")), StaffQuery::IdNumber), (QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")}));
        StaffQuery::Filter f = text(QStringLiteral("张三"));
        f.department = QStringLiteral("放射科");
        QCOMPARE(names(f), QStringList{QStringLiteral("张三丰")});
        QCOMPARE(StaffQuery(m_db.connection(), m_unit).count(f), 1);
    }

    void filtersByTheStoredYear()
    {
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        QVERIFY(set);
        QVERIFY(VerdictStore::selectYear(m_db.connection(), set, 2025));
        StaffQuery::Filter f;
        f.compliance = StaffQuery::Compliance::Compliant;
        QCOMPARE(names(f), QStringList{QStringLiteral("张三")});
        f.compliance = StaffQuery::Compliance::Short;
        QCOMPARE(names(f).size(), 4);
        StaffQuery query(m_db.connection(), m_unit);
        QCOMPARE(query.count(f), 4);
        bool ok = false;
        const QList<StaffQuery::Row> rows = query.page({}, StaffQuery::TotalHours, Qt::DescendingOrder, 0, 1, &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name, QStringLiteral("张三"));
        QVERIFY(rows.first().computed);
        QVERIFY(rows.first().compliant);
        QCOMPARE(rows.first().totalHours, 90.0);
    }
};

QTEST_GUILESS_MAIN(TestStaffQuery)
#include "test_staff_query.moc"
