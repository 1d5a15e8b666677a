// Tamper evidence: the audit hash chain, year seals, declared person snapshots, evidence paths.
// Every tampering is done with raw SQL (or file edits), the way a hostile user would.
#include "TestBackend.h"
#include "TestSupport.h"
#include "export/ExportSource.h"
#include "events/EventRepository.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/ComplianceTable.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/EvidenceStore.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"
#include "storage/YearSeal.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A raw edit behind the program's back (what a tamperer does with the sqlite3 shell); values bound.
bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    bool ok = q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    ok = ok && q.exec();
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

QString joined(const QStringList &l)
{
    return l.join(QLatin1Char('\n'));
}
}

class TestTamper : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;
    int m_seq = 100;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)};

    QSqlDatabase db() const { return m_db->connection(); }

    Staff addPerson(const QString &name, const QString &title = QStringLiteral("工程师"))
    {
        Staff s;
        s.unitId = m_unit;
        s.name = name;
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1985, 4, 2), ++m_seq);
        s.department = QStringLiteral("研发部");
        s.title = title;
        s.titleLevel = QStringLiteral("中级");
        QString error;
        if (!StaffRepository(db()).insert(s, &error))
            qWarning() << error;
        return s;
    }

    Activity addActivity(qint64 staffId, const QString &kind, const QString &title, const QJsonObject &params, int year = 2025)
    {
        Activity a;
        a.staffId = staffId;
        a.year = year;
        a.kind = kind;
        a.title = title;
        a.params = params;
        a.subject = QStringLiteral("professional");
        a.startDate = QDate(year, 5, 1);
        a.endDate = QDate(year, 5, 1);
        QString error;
        if (!ActivityRepository(db()).insert(a, &error))
            qWarning() << error;
        return a;
    }

    bool compliant(qint64 staffId, int year)
    {
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        return set && ComplianceTable(db()).personYear(*set, staffId, year).compliant;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private slots:
    void init()
    {
        Clock::setCurrent(&m_clock);
        AuditLog::setOperatorName(QStringLiteral("王会计"));
        m_db = std::make_unique<Database>();
        // SQLite: the file in this test's folder (the evidence cases place files beside it).
        CEHOURS_FRESH_DATABASE(server, "tamper");
        const QString where = TestBackend::isPostgres() ? server : m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_seq));
        QVERIFY2(m_db->open(where), qPrintable(m_db->errorString()));
        Unit unit;
        unit.name = QStringLiteral("合肥某研究院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(db()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
    }
    void cleanup()
    {
        m_db.reset();
        Clock::setCurrent(nullptr);
    }

    void chainIntactAfterNormalWork()
    {
        const Staff s = addPerson(QStringLiteral("甲"));
        addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训"), {{QStringLiteral("days"), 2}});
        const AuditChain::Report r = AuditChain::verify(db());
        QVERIFY2(r.intact, qPrintable(r.problem));
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.headHash.size(), 64);
        const auto log = AuditLog::entries(db());
        QCOMPARE(log.at(0).prevHash, QString());
        QCOMPARE(log.at(1).prevHash, log.at(0).hash);
    }

    void changedRowIsReported()
    {
        const Staff s = addPerson(QStringLiteral("甲"));
        addPerson(QStringLiteral("乙"));
        addPerson(QStringLiteral("丙"));
        QVERIFY(AuditChain::verify(db()).intact);
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, '甲', '丁') WHERE id = 1")));
        const AuditChain::Report r = AuditChain::verify(db());
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadId, 1);
        QVERIFY2(r.problem.contains(QLatin1String("changed")), qPrintable(r.problem));
        Q_UNUSED(s);
    }

    void operatorEditIsReported()
    {
        addPerson(QStringLiteral("甲"));
        addPerson(QStringLiteral("乙"));
        QVERIFY(exec(db(), QStringLiteral("UPDATE audit_log SET operator = '别人' WHERE id = 2")));
        QCOMPARE(AuditChain::verify(db()).firstBadId, 2);
    }

    void deletedRowsAreReported()
    {
        for (const char *n : {"甲", "乙", "丙", "丁"})
            addPerson(QString::fromUtf8(n));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        AuditChain::Report r = AuditChain::verify(db());
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadId, 3);
        QVERIFY2(r.problem.contains(QLatin1String("missing")), qPrintable(r.problem));
        // The first row, and the last rows, too.
        init();
        for (const char *n : {"甲", "乙", "丙"})
            addPerson(QString::fromUtf8(n));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        QCOMPARE(AuditChain::verify(db()).firstBadId, 2);
        init();
        for (const char *n : {"甲", "乙", "丙"})
            addPerson(QString::fromUtf8(n));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM audit_log WHERE id >= 2")));
        r = AuditChain::verify(db());
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadId, 2);
        QVERIFY2(r.problem.contains(QLatin1String("missing")), qPrintable(r.problem));
        // A new row written after the removal does not hide it.
        addPerson(QStringLiteral("戊"));
        QVERIFY(!AuditChain::verify(db()).intact);
    }

    void removedHeadIsReportedAndWritingGoesOn()
    {
        addPerson(QStringLiteral("甲"));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM audit_head")));
        QVERIFY2(!AuditChain::verify(db()).intact, qPrintable(AuditChain::verify(db()).problem));
        const Staff s = addPerson(QStringLiteral("乙"));
        QVERIFY(s.id > 0);
        QCOMPARE(AuditLog::entries(db()).size(), 2);
        const AuditChain::Report r = AuditChain::verify(db());
        QVERIFY(!r.intact);
        QVERIFY2(r.problem.contains(QLatin1String("end marker")), qPrintable(r.problem));
    }

    void insertedRowIsReported()
    {
        addPerson(QStringLiteral("甲"));
        addPerson(QStringLiteral("乙"));
        // A forged row copying a real row's links.
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action, after_json, prev_hash, hash)"
                                          " SELECT 3, at, operator, os_user, 'staff', 99, 'insert', '{}', hash, hash FROM audit_log WHERE id = 2")));
        AuditChain::Report r = AuditChain::verify(db());
        QVERIFY(!r.intact);
        QCOMPARE(r.firstBadId, 3);
        // Without a hash at all.
        init();
        addPerson(QStringLiteral("甲"));
        // The next number given by hand (PostgreSQL's identity sequence is not moved by the log, which
        // numbers its own rows; SQLite would take max + 1 itself).
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO audit_log (id, at, operator, entity, entity_id, action)"
                                          " SELECT MAX(id) + 1, '2026-01-01', 'x', 'staff', 5, 'delete' FROM audit_log")));
        r = AuditChain::verify(db());
        QCOMPARE(r.firstBadId, 2);
    }

    void operatorAndOsUserAreRecordedApart()
    {
        qputenv("USERNAME", "");
        qputenv("USER", "clerkpc");
        addPerson(QStringLiteral("甲"));
        AuditLog::setOperatorName(QString());
        qputenv("USER", "");
        addPerson(QStringLiteral("乙"));
        const auto log = AuditLog::entries(db());
        QCOMPARE(log.at(0).operatorName, QStringLiteral("王会计"));
        QCOMPARE(log.at(0).osUser, QStringLiteral("clerkpc"));
        QCOMPARE(log.at(1).operatorName, QString());
        QCOMPARE(log.at(1).osUser, QString());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operator = 'unknown' OR os_user = 'unknown'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(AuditLog::operatorLabel(QStringLiteral("王会计"), QStringLiteral("clerkpc")), QStringLiteral("王会计 (os_user: clerkpc)"));
        QCOMPARE(AuditLog::operatorLabel(QString(), QStringLiteral("clerkpc")), QStringLiteral("os_user: clerkpc"));
        QVERIFY(AuditChain::verify(db()).intact);
    }

    // The case: a locked 未达标 year turned 达标 by editing the patent with SQL.
    void editedLockedPatentIsReported()
    {
        const Staff s = addPerson(QStringLiteral("甲"));
        // 30 public + 12 courseware + a utility patent, 3rd (34): 76 h, professional 46 -> 未达标.
        Activity online = addActivity(s.id, QStringLiteral("public_online"), QStringLiteral("公需课"), {{QStringLiteral("hours"), 30}});
        QVERIFY(exec(db(), QStringLiteral("UPDATE activity SET subject = 'public' WHERE id = ?"), {online.id}));
        addActivity(s.id, QStringLiteral("courseware"), QStringLiteral("课件"), {{QStringLiteral("markedHours"), 12}});
        const Activity patent = addActivity(s.id, QStringLiteral("patent"), QStringLiteral("一种装置"),
                                            {{QStringLiteral("type"), QStringLiteral("utility")}, {QStringLiteral("rank"), 3}});
        QString error;
        QVERIFY2(YearLockRepository(db()).submit(s.id, 2025, &error), qPrintable(error));
        QVERIFY(!compliant(s.id, 2025));
        QVERIFY2(YearSeal::check(db(), s.id, 2025).isEmpty(), qPrintable(joined(YearSeal::check(db(), s.id, 2025))));
        QVERIFY(YearSeal::verifyAll(db()).isEmpty());

        QVERIFY(exec(db(), QStringLiteral("UPDATE activity SET params = '{\"rank\":1,\"type\":\"invention\"}' WHERE id = ?"), {patent.id}));
        QVERIFY(compliant(s.id, 2025)); // the edit really would make the year 达标
        const QStringList problems = YearSeal::check(db(), s.id, 2025);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("activity %1").arg(patent.id)) && problems.first().contains(QLatin1String("changed")),
                 qPrintable(problems.first()));
        QCOMPARE(YearSeal::verifyAll(db()).size(), 1);
        QVERIFY(AuditChain::verify(db()).intact); // the activity table is not the audit log: the seal catches it
    }

    void insertedAndDeletedLockedActivitiesAreReported()
    {
        const Staff s = addPerson(QStringLiteral("甲"));
        const Activity a = addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训一"), {{QStringLiteral("days"), 2}});
        const Activity b = addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训二"), {{QStringLiteral("days"), 3}});
        QString error;
        QVERIFY(YearLockRepository(db()).submit(s.id, 2025, &error));
        QVERIFY(exec(db(), QStringLiteral("INSERT INTO activity (staff_id, year, kind, title, params, subject, created_at, updated_at)"
                                          " VALUES (%1, 2025, 'training', '伪造', '{\"days\":20}', 'professional', 'x', 'x')").arg(s.id)));
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM activity WHERE id = ?"), {b.id}));
        const QString text = joined(YearSeal::check(db(), s.id, 2025));
        QVERIFY2(text.contains(QStringLiteral("activity %1 was deleted").arg(b.id)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("伪造")) && text.contains(QLatin1String("added")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("activity %1 (").arg(a.id)));
        // Evidence rows are sealed too.
        init();
        const Staff t = addPerson(QStringLiteral("乙"));
        const Activity c = addActivity(t.id, QStringLiteral("training"), QStringLiteral("培训"), {{QStringLiteral("days"), 2}});
        EvidenceStore store(db(), m_db->evidenceDir());
        QVERIFY(store.add(c.id, writeFile(QStringLiteral("cert.pdf"), "%PDF genuine"), nullptr, &error));
        QVERIFY(YearLockRepository(db()).submit(t.id, 2025, &error));
        QVERIFY(YearSeal::check(db(), t.id, 2025).isEmpty());
        QVERIFY(exec(db(), QStringLiteral("UPDATE evidence SET sha256 = ?"), {QString(64, QLatin1Char('0'))}));
        QCOMPARE(YearSeal::check(db(), t.id, 2025).size(), 1);
    }

    void unlockWithoutAuditIsReported()
    {
        const Staff s = addPerson(QStringLiteral("甲"));
        addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训"), {{QStringLiteral("days"), 2}});
        QString error;
        YearLockRepository locks(db());
        QVERIFY(locks.submit(s.id, 2025, &error));
        QVERIFY(exec(db(), QStringLiteral("UPDATE year_declaration SET locked = 0")));
        QVERIFY(!locks.isLocked(s.id, 2025));
        const QString text = joined(YearSeal::check(db(), s.id, 2025));
        QVERIFY2(text.contains(QLatin1String("unlocked without an audit record")), qPrintable(text));
        // The audited reopen is not a problem.
        QVERIFY(exec(db(), QStringLiteral("UPDATE year_declaration SET locked = 1")));
        QVERIFY(locks.reopen(s.id, 2025, QStringLiteral("录入错误"), &error));
        QVERIFY(YearSeal::check(db(), s.id, 2025).isEmpty());
        QVERIFY(locks.submit(s.id, 2025, &error));
        QVERIFY(YearSeal::check(db(), s.id, 2025).isEmpty());
        // A deleted declaration.
        QVERIFY(exec(db(), QStringLiteral("DELETE FROM year_declaration")));
        QVERIFY(joined(YearSeal::check(db(), s.id, 2025)).contains(QLatin1String("deleted")));
        QCOMPARE(YearSeal::verifyAll(db()).size(), 1);
    }

    void lockedFormsKeepDeclaredPerson()
    {
        const Staff s = addPerson(QStringLiteral("甲"), QStringLiteral("工程师"));
        // Two training events (their sheets are printed below), one in the year that gets locked.
        QString error;
        qint64 eventIds[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            TrainingEvent e;
            e.title = i == 0 ? QStringLiteral("培训甲") : QStringLiteral("培训乙");
            e.kind = QStringLiteral("training");
            e.startDate = QDate(2025 + i, 3, 1);
            e.endDate = QDate(2025 + i, 3, 2);
            e.params = {{QStringLiteral("days"), 2}};
            EventRepository events(db());
            QVERIFY2(events.create(e, &error), qPrintable(error));
            EventParticipant p;
            p.staffId = s.id;
            p.result = QStringLiteral("合格");
            QVERIFY2(events.addParticipants(e.id, {p}, &error), qPrintable(error));
            eventIds[i] = e.id;
        }
        QVERIFY(YearLockRepository(db()).submit(s.id, 2025, &error));
        Staff changed = s;
        QVERIFY(StaffRepository(db()).byId(s.id, &changed));
        changed.title = QStringLiteral("高级工程师");
        changed.titleLevel = QStringLiteral("副高级");
        changed.department = QStringLiteral("新部门");
        QVERIFY2(StaffRepository(db()).update(changed, &error), qPrintable(error));

        ExportSource source(db());
        ExportDataSet data;
        QVERIFY2(source.load(2025, 2026, {}, &data, &error), qPrintable(error));
        QCOMPARE(data.people.size(), 2);
        for (const PersonYearRow &r : data.people) {
            QCOMPARE(r.person.staff.title, r.year == 2025 ? QStringLiteral("工程师") : QStringLiteral("高级工程师"));
            QCOMPARE(r.person.staff.department, r.year == 2025 ? QStringLiteral("研发部") : QStringLiteral("新部门"));
        }
        SummarySheet sheet;
        QVERIFY2(source.summarySheet(eventIds[0], &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.first().title, QStringLiteral("工程师"));
        QVERIFY(source.summarySheet(eventIds[1], &sheet, &error));
        QCOMPARE(sheet.rows.first().title, QStringLiteral("高级工程师"));
        // The staff change is no seal problem; editing the snapshot is.
        QVERIFY(YearSeal::check(db(), s.id, 2025).isEmpty());
        QVERIFY(exec(db(), QStringLiteral("UPDATE year_declaration SET person_json = replace(person_json, '工程师', '高级工程师')")));
        QVERIFY(joined(YearSeal::check(db(), s.id, 2025)).contains(QLatin1String("person data")));
    }

    // A registry written before the chain existed: its rows are chained, its locked years sealed.
    void upgradeChainsAndSealsExistingRows()
    {
        CEHOURS_SQLITE_ONLY("builds a legacy schema in a file (test_schema_pg upgrades PostgreSQL from every version)");
        const QString path = m_dir.filePath(QStringLiteral("legacy.sqlite"));
        {
            Database old;
            QVERIFY(old.openRaw(path));
            QString error;
            QVERIFY2(SchemaMigrator::migrate(old.connection(), &error, 3), qPrintable(error));
            const QSqlDatabase o = old.connection();
            QVERIFY(exec(o, QStringLiteral("INSERT INTO unit (id, name, rule_set) VALUES (1, '旧单位', 'anhui-2025')")));
            QVERIFY(exec(o, QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, title, created_at, updated_at)"
                                           " VALUES (1, 1, '340104198504020011', '老甲', '工程师', 'x', 'x')")));
            QVERIFY(exec(o, QStringLiteral("INSERT INTO activity (id, staff_id, year, kind, title, params, subject, created_at, updated_at)"
                                           " VALUES (1, 1, 2025, 'training', '旧培训', '{\"days\":2}', 'professional', 'x', 'x')")));
            for (int i = 0; i < 3; ++i)
                QVERIFY(exec(o, QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, after_json)"
                                               " VALUES ('2025-01-0%1', 'unknown', 'staff', 1, 'insert', '{}')").arg(i + 1)));
            QVERIFY(exec(o, QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, after_json) VALUES"
                                           " ('2025-02-01', 'clerk', 'year_declaration', 1, 'insert', '{\"locked\":true,\"staffId\":1,\"year\":2025}')")));
            QVERIFY(exec(o, QStringLiteral("INSERT INTO year_declaration (staff_id, year, locked, submitted_at, submitted_by)"
                                           " VALUES (1, 2025, 1, '2025-02-01', 'clerk')")));
        }
        Database upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        const AuditChain::Report r = AuditChain::verify(upgraded.connection());
        QVERIFY2(r.intact, qPrintable(r.problem));
        QCOMPARE(r.rows, 5); // 4 old rows and the seal recorded at the upgrade
        QVERIFY2(YearSeal::verifyAll(upgraded.connection()).isEmpty(), qPrintable(YearSeal::verifyAll(upgraded.connection()).value(0).text));
        QCOMPARE(YearSeal::declaredPeople(upgraded.connection(), 2025, 2025).value(YearSeal::key(1, 2025)).name, QStringLiteral("老甲"));
        QVERIFY(exec(upgraded.connection(), QStringLiteral("UPDATE activity SET params = '{\"days\":30}'")));
        QCOMPARE(YearSeal::verifyAll(upgraded.connection()).size(), 1);
        QVERIFY(exec(upgraded.connection(), QStringLiteral("UPDATE audit_log SET operator = 'someone' WHERE id = 2")));
        QCOMPARE(AuditChain::verify(upgraded.connection()).firstBadId, 2);
    }

    void evidenceHashNeverBecomesAPath()
    {
        CEHOURS_SQLITE_ONLY("evidence files in the folder beside the database");
        QVERIFY(EvidenceStore::isHash(QString(64, QLatin1Char('a'))));
        for (const QString &bad : {QStringLiteral("../../x"), QString(64, QLatin1Char('A')), QString(63, QLatin1Char('a')),
                                   QStringLiteral("../") + QString(61, QLatin1Char('a')), QString()})
            QVERIFY2(!EvidenceStore::isHash(bad), qPrintable(bad));
        EvidenceStore store(db(), m_db->evidenceDir());
        QVERIFY(store.filePath(QStringLiteral("../../x")).isEmpty());

        const Staff s = addPerson(QStringLiteral("甲"));
        const Activity a = addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训"), {{QStringLiteral("days"), 2}});
        QString error;
        EvidenceStore::Item item;
        QVERIFY(store.add(a.id, writeFile(QStringLiteral("cert.pdf"), "%PDF cert"), &item, &error));
        // A victim file outside the store, named by a tampered row (the CHECK only counts 64 characters).
        const QString victim = writeFile(QStringLiteral("victim.txt"), "keep me");
        const QString forged = QStringLiteral("./").repeated(25) + QStringLiteral("/../victim.txt");
        QCOMPARE(forged.size(), 64);
        // The path the store used to build from it is the victim.
        QDir().mkpath(m_db->evidenceDir());
        const QString oldPath = m_db->evidenceDir() + QLatin1Char('/') + forged.left(2) + QLatin1Char('/') + forged;
        QCOMPARE(QFileInfo(oldPath).canonicalFilePath(), QFileInfo(victim).canonicalFilePath());
        QVERIFY(exec(db(), QStringLiteral("UPDATE evidence SET sha256 = ? WHERE id = ?"), {forged, item.id}));
        item.sha256 = forged;
        QVERIFY(!store.remove(item.id, &error));
        QVERIFY2(error.contains(QLatin1String("invalid hash")), qPrintable(error));
        QVERIFY(QFile::exists(victim));
        QVERIFY(store.openPath(item, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("invalid hash")));
    }

    void evidenceVerifyAndRepair()
    {
        CEHOURS_SQLITE_ONLY("evidence files in the folder beside the database");
        const Staff s = addPerson(QStringLiteral("甲"));
        const Activity a = addActivity(s.id, QStringLiteral("training"), QStringLiteral("培训"), {{QStringLiteral("days"), 2}});
        EvidenceStore store(db(), m_db->evidenceDir());
        QString error;
        EvidenceStore::Item one, two;
        const QString genuine = writeFile(QStringLiteral("one.pdf"), "%PDF one");
        QVERIFY(store.add(a.id, genuine, &one, &error));
        QVERIFY(store.add(a.id, writeFile(QStringLiteral("two.pdf"), "%PDF two"), &two, &error));
        QList<EvidenceStore::Problem> problems;
        int checked = 0;
        QVERIFY(store.verify(&problems, &checked, &error));
        QCOMPARE(checked, 2);
        QVERIFY(problems.isEmpty());

        QFile altered(store.filePath(one.sha256));
        QVERIFY(altered.open(QIODevice::WriteOnly | QIODevice::Truncate));
        altered.write("%PDF forged");
        altered.close();
        QVERIFY(QFile::remove(store.filePath(two.sha256)));
        QVERIFY(store.verify(&problems, &checked, &error));
        QCOMPARE(problems.size(), 2);
        QHash<QString, EvidenceStore::Problem::Kind> kinds;
        for (const auto &p : problems)
            kinds.insert(p.sha256, p.kind);
        QCOMPARE(kinds.value(one.sha256), EvidenceStore::Problem::Altered);
        QCOMPARE(kinds.value(two.sha256), EvidenceStore::Problem::Missing);

        // Attaching the genuine file again repairs the altered copy.
        QVERIFY(store.add(a.id, genuine, nullptr, &error));
        QCOMPARE(EvidenceStore::sha256Of(store.filePath(one.sha256), nullptr), one.sha256);
        QVERIFY(store.verify(&problems, &checked, &error));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, EvidenceStore::Problem::Missing);
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "test_tamper.moc"
