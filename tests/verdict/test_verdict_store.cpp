// Stored person-year verdicts (issue 14 "A stored verdict"): after many seeded random edits through the
// real write paths the table equals a full live recompute; rolled-back writes leave it unchanged; a
// change of the rules (fingerprint, unit rule set) recomputes it.
#include "RandomActivities.h"
#include "TestBackend.h"
#include "TestSupport.h"

#include "domain/Staff.h"
#include "domain/Unit.h"
#include "events/EventRepository.h"
#include "import/ActivityImporter.h"
#include "import/RosterImporter.h"
#include "import/TableData.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/ComplianceTable.h"
#include "LiveVerdicts.h"
#include "storage/SchemaMigrator.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictRecompute.h"
#include "storage/VerdictStore.h"
#include "storage/YearLockRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QList<int> kYears = {2023, 2024, 2025, 2026};
}

class TestVerdictStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;
    QList<qint64> m_staff;

    QSqlDatabase db() const { return m_db->connection(); }

    QList<qint64> activityIds()
    {
        QList<qint64> ids;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT id FROM activity WHERE event_id IS NULL ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // Every person-year with activities computed live (LiveVerdicts.h).
    QList<PersonYearVerdict> fullRecompute(const RuleSetRegistry &registry = RuleSetRegistry::embedded())
    {
        return liveVerdicts(db(), m_unit, registry);
    }

    bool sameAsRecompute(const QString &when)
    {
        const QList<PersonYearVerdict> stored = VerdictStore(db()).stored();
        const QList<PersonYearVerdict> expected = fullRecompute();
        if (VerdictStore(db()).dirtyCount() != 0) {
            qWarning() << when << "dirty marks left:" << VerdictStore(db()).dirtyCount();
            return false;
        }
        if (stored.size() != expected.size()) {
            qWarning() << when << "stored" << stored.size() << "person-years, recompute" << expected.size();
            return false;
        }
        for (int i = 0; i < stored.size(); ++i) {
            if (stored[i] != expected[i]) {
                qWarning() << when << "\n stored:   " << stored[i].toString() << "\n computed: " << expected[i].toString();
                return false;
            }
        }
        return true;
    }

    Staff newPerson(int seq)
    {
        Staff s;
        s.unitId = m_unit;
        s.name = QStringLiteral("测试") + QString(QChar(0x4e00 + seq % 500));
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1960, 1, 1).addDays((seq % 400) * 23), 100 + seq % 800);
        s.department = seq % 2 ? QStringLiteral("内科") : QStringLiteral("外科");
        s.title = QStringLiteral("主治医师");
        s.titleLevel = QStringLiteral("中级");
        return s;
    }

    // --- the random edits, each through a real write path (some are refused: locked years) -------
    bool addActivity(QRandomGenerator &rng)
    {
        Activity a = RandomActivities::make(rng, m_staff.at(rng.bounded(int(m_staff.size()))), kYears.at(rng.bounded(int(kYears.size()))));
        QString error;
        return ActivityRepository(db()).insert(a, &error);
    }
    bool editActivity(QRandomGenerator &rng)
    {
        const QList<qint64> ids = activityIds();
        if (ids.isEmpty())
            return false;
        Activity before;
        ActivityRepository repo(db());
        if (!repo.byId(ids.at(rng.bounded(int(ids.size()))), &before))
            return false;
        Activity after = RandomActivities::make(rng, before.staffId, rng.bounded(3) ? before.year : kYears.at(rng.bounded(int(kYears.size()))));
        after.id = before.id;
        after.version = before.version;
        QString error;
        return repo.update(after, &error);
    }
    bool deleteActivities(QRandomGenerator &rng)
    {
        const QList<qint64> ids = activityIds();
        if (ids.isEmpty())
            return false;
        QString error;
        if (rng.bounded(2)) {
            return ActivityRepository(db()).remove(ids.at(rng.bounded(int(ids.size()))), &error);
        } else {
            QList<qint64> some;
            for (int i = 0; i < 3; ++i)
                some << ids.at(rng.bounded(int(ids.size())));
            std::sort(some.begin(), some.end());
            some.erase(std::unique(some.begin(), some.end()), some.end());
            return ActivityRepository(db()).removeMany(some, &error);
        }
    }
    bool manyActivities(QRandomGenerator &rng)
    {
        QString error;
        if (rng.bounded(2)) {
            QList<Activity> batch;
            for (int i = 0; i < 6; ++i)
                batch << RandomActivities::make(rng, m_staff.at(rng.bounded(int(m_staff.size()))), kYears.at(rng.bounded(int(kYears.size()))));
            return ActivityRepository(db()).insertMany(batch, &error);
        } else {
            Activity a = RandomActivities::make(rng, 0, kYears.at(rng.bounded(int(kYears.size()))));
            QList<qint64> people{m_staff.at(rng.bounded(int(m_staff.size()))), m_staff.at(rng.bounded(int(m_staff.size())))};
            people.erase(std::unique(people.begin(), people.end()), people.end());
            QList<qint64> ids;
            return ActivityRepository(db()).insertForMany(a, people, &ids, &error);
        }
    }
    bool importActivities(QRandomGenerator &rng)
    {
        // Rows of a kind every year of the Anhui sets has (the unit's other rule sets name it otherwise).
        Unit unit;
        UnitRepository(db()).byId(m_unit, &unit);
        if (unit.ruleSet != QLatin1String("anhui-2025"))
            return false;
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        TableData t;
        t.sourceName = QStringLiteral("activities.csv");
        t.rows << QStringList{QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("年度"), QStringLiteral("类别"),
                              QStringLiteral("名称"), QStringLiteral("科目"), QStringLiteral("培训天数")};
        for (int i = 0; i < 3; ++i) {
            Staff s;
            StaffRepository(db()).byId(m_staff.at(rng.bounded(int(m_staff.size()))), &s);
            if (s.status != QLatin1String("在职"))
                continue;
            t.rows << QStringList{s.idNumber, s.name, QString::number(2025 + rng.bounded(2)),
                                  set->kind(QStringLiteral("training"))->label, QStringLiteral("导入的培训"),
                                  rng.bounded(2) ? QStringLiteral("专业") : QStringLiteral("公需"), QString::number(1 + rng.bounded(6))};
        }
        ActivityImporter importer(db(), m_unit);
        ActivityImporter::Preview preview;
        QString error;
        const bool ok = importer.analyseTables({t}, &preview, &error) && preview.ok() && importer.apply(preview, &error);
        if (!ok && qEnvironmentVariableIsSet("VERDICT_DEBUG"))
            qWarning() << "import" << error << (preview.errors.isEmpty() ? QString() : preview.errors.first().reason);
        return ok;
    }
    bool eventEdits(QRandomGenerator &rng)
    {
        EventRepository events(db());
        const QList<EventRepository::Summary> existing = events.list();
        QString error;
        const int what = rng.bounded(4);
        if (existing.isEmpty() || what == 0) {
            TrainingEvent e;
            e.title = QStringLiteral("院内培训班") + QString::number(rng.bounded(1000));
            e.organizer = QStringLiteral("本院");
            e.kind = QStringLiteral("training");
            e.subject = QStringLiteral("professional");
            const int year = kYears.at(rng.bounded(int(kYears.size())));
            e.startDate = QDate(year, 3 + rng.bounded(8), 1);
            e.endDate = e.startDate.addDays(rng.bounded(4));
            e.params = {{QStringLiteral("organizer"), QStringLiteral("unit")}, {QStringLiteral("days"), double(1 + rng.bounded(5))}};
            if (!events.create(e, &error))
                return false;
            QList<EventParticipant> people;
            for (int i = 0; i < 4; ++i) {
                EventParticipant p;
                p.staffId = m_staff.at(rng.bounded(int(m_staff.size())));
                p.result = EventParticipant::results().at(rng.bounded(4));
                if (std::none_of(people.cbegin(), people.cend(), [&](const EventParticipant &o) { return o.staffId == p.staffId; }))
                    people << p;
            }
            return events.addParticipants(e.id, people, &error);
        }
        const qint64 eventId = existing.at(rng.bounded(int(existing.size()))).event.id;
        if (what == 1) {
            return events.remove(eventId, &error);
        } else if (what == 2) {
            QList<EventParticipant> people = events.participants(eventId);
            if (people.isEmpty())
                return false;
            EventParticipant p = people.at(rng.bounded(int(people.size())));
            p.result = EventParticipant::results().at(rng.bounded(4));
            p.daysAttended = rng.bounded(2) ? 0 : 1;
            return events.updateParticipant(p, &error);
        } else {
            TrainingEvent e;
            if (!events.byId(eventId, &e))
                return false;
            e.params.insert(QStringLiteral("days"), double(1 + rng.bounded(8)));
            if (rng.bounded(2))
                e.endDate = e.startDate.addDays(rng.bounded(3));
            return events.update(e, &error);
        }
    }
    bool rosterReimport(QRandomGenerator &rng)
    {
        TableData t;
        t.sourceName = QStringLiteral("roster.csv");
        t.rows << QStringList{QStringLiteral("身份证号码"), QStringLiteral("姓名"), QStringLiteral("部门"), QStringLiteral("职称级别"),
                              QStringLiteral("状态")};
        for (qint64 id : std::as_const(m_staff)) {
            Staff s;
            StaffRepository(db()).byId(id, &s);
            t.rows << QStringList{s.idNumber, s.name, s.department, Staff::titleLevels().at(rng.bounded(4)),
                                  rng.bounded(5) ? QStringLiteral("在职") : QStringLiteral("离职")};
        }
        Staff added = newPerson(500 + rng.bounded(400));
        t.rows << QStringList{added.idNumber, added.name, added.department, added.titleLevel, added.status};
        RosterImporter importer(db(), m_unit);
        RosterImporter::Preview preview;
        QString error;
        const bool ok = importer.analyseTable(t, &preview, &error) && preview.ok() && importer.apply(preview, &error);
        if (!ok && qEnvironmentVariableIsSet("VERDICT_DEBUG"))
            qWarning() << "roster" << error << (preview.errors.isEmpty() ? QString() : preview.errors.first().reason);
        if (ok) {
            Staff s;
            if (StaffRepository(db()).byIdNumber(m_unit, added.idNumber, &s) && !m_staff.contains(s.id))
                m_staff << s.id;
            return true;
        }
        return false;
    }
    bool staffEdit(QRandomGenerator &rng)
    {
        Staff s;
        if (!StaffRepository(db()).byId(m_staff.at(rng.bounded(int(m_staff.size()))), &s))
            return false;
        s.titleLevel = Staff::titleLevels().at(rng.bounded(4));
        s.status = rng.bounded(4) ? QStringLiteral("在职") : QStringLiteral("离职");
        s.department = rng.bounded(2) ? QStringLiteral("内科") : QStringLiteral("药剂科");
        QString error;
        return StaffRepository(db()).update(s, &error);
    }
    bool declareOrReopen(QRandomGenerator &rng)
    {
        YearLockRepository locks(db());
        const qint64 staff = m_staff.at(rng.bounded(int(m_staff.size())));
        const int year = kYears.at(rng.bounded(int(kYears.size())));
        QString error;
        if (locks.isLocked(staff, year))
            return locks.reopen(staff, year, QStringLiteral("补录"), &error);
        return locks.submit(staff, year, &error);
    }
    bool changeRuleSet(QRandomGenerator &rng)
    {
        Unit unit;
        UnitRepository(db()).byId(m_unit, &unit);
        unit.ruleSet = QStringList{QStringLiteral("anhui-2025"), QStringLiteral("anhui-2025"), QStringLiteral("anhui-2025"), QStringLiteral("hefei-2021"), QStringLiteral("henan-2025"),
                                   QStringLiteral("jiangsu-2023"), QStringLiteral("hunan-2025")}
                           .at(rng.bounded(7));
        QString error;
        return UnitRepository(db()).save(unit, &error);
    }

private slots:
    void init()
    {
        AuditLog::setOperatorName(QStringLiteral("测试员"));
        m_db = std::make_unique<Database>();
        CEHOURS_FRESH_DATABASE(where, "verdicts");
        QVERIFY2(m_db->open(where, Database::Mode::Create), qPrintable(m_db->errorString()));
        Unit unit;
        unit.name = QStringLiteral("某市人民医院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(db()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
        m_staff.clear();
        for (int i = 0; i < 12; ++i) {
            Staff s = newPerson(i);
            QVERIFY2(StaffRepository(db()).insert(s, &error), qPrintable(error));
            m_staff << s.id;
        }
    }
    void cleanup() { m_db.reset(); }

    void randomEditsKeepVerdictsEqualToRecompute()
    {
        // Commits write their recomputed person-years in batches (recompute14b): batches of 3 here,
        // so that nearly every commit goes through more than one.
        VerdictStore::setFlushBatchRows(3);
        auto restore = qScopeGuard([] { VerdictStore::setFlushBatchRows(4096); });
        QRandomGenerator rng(20261201);
        QMap<QString, int> succeeded;
        int refused = 0;
        int eventActivitiesSeen = 0;
        int compliantSeen = 0;
        int shortSeen = 0;
        for (int i = 0; i < 200; ++i)
            addActivity(rng);
        QVERIFY(sameAsRecompute(QStringLiteral("after the first activities")));
        QVERIFY(!VerdictStore(db()).stored().isEmpty());
        for (int batch = 0; batch < 25; ++batch) {
            for (int step = 0; step < 8; ++step) {
                const int op = rng.bounded(100);
                const char *name = op < 22 ? "add" : op < 36 ? "edit" : op < 46 ? "delete" : op < 54 ? "many" : op < 60 ? "import"
                    : op < 74 ? "event" : op < 78 ? "roster" : op < 84 ? "staff" : op < 94 ? "declare" : "ruleSet";
                bool ok = false;
                if (op < 22) ok = addActivity(rng);
                else if (op < 36) ok = editActivity(rng);
                else if (op < 46) ok = deleteActivities(rng);
                else if (op < 54) ok = manyActivities(rng);
                else if (op < 60) ok = importActivities(rng);
                else if (op < 74) ok = eventEdits(rng);
                else if (op < 78) ok = rosterReimport(rng);
                else if (op < 84) ok = staffEdit(rng);
                else if (op < 94) ok = declareOrReopen(rng);
                else ok = changeRuleSet(rng);
                succeeded[QLatin1String(name)] += ok ? 1 : 0;
                refused += ok ? 0 : 1;
            }
            QVERIFY2(sameAsRecompute(QStringLiteral("after batch %1").arg(batch)), qPrintable(QString::number(batch)));
            QSqlQuery fromEvents(db());
            fromEvents.exec(QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL"));
            if (fromEvents.next())
                eventActivitiesSeen = qMax(eventActivitiesSeen, fromEvents.value(0).toInt());
            for (const PersonYearVerdict &v : VerdictStore(db()).stored())
                ++(v.compliant ? compliantSeen : shortSeen);
        }
        // The edits reached what the test is about: every kind of write succeeded, some were refused.
        qInfo() << "succeeded" << succeeded << "refused" << refused;
        for (const char *name : {"add", "edit", "delete", "many", "import", "event", "roster", "staff", "declare", "ruleSet"})
            QVERIFY2(succeeded.value(QLatin1String(name)) > 0, name);
        QVERIFY(refused > 0);
        qInfo() << "person-year verdicts seen after the batches: compliant" << compliantSeen << "short" << shortSeen;
        QVERIFY(compliantSeen > 0);
        QVERIFY(shortSeen > 0);
        QVERIFY(eventActivitiesSeen > 0);
    }

    // One commit marks a person-year of everybody; its verdicts are written in batches of 2 while the
    // marked rows are still being read. On PostgreSQL a write on the connection that streams the
    // forward-only read would end that read early (QPSQL discards the pending rows): every later
    // person-year would lose its verdict.
    void batchedFlushWritesEveryMarkedPersonYear()
    {
        VerdictStore::setFlushBatchRows(2);
        auto restore = qScopeGuard([] { VerdictStore::setFlushBatchRows(4096); });
        QRandomGenerator rng(7);
        QList<Activity> batch;
        for (qint64 staff : qAsConst(m_staff))
            batch << RandomActivities::make(rng, staff, 2025);
        QString error;
        QVERIFY2(ActivityRepository(db()).insertMany(batch, &error), qPrintable(error));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict WHERE year = 2025")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(fullRecompute().size()));
        QVERIFY(sameAsRecompute(QStringLiteral("after one commit of everybody")));
    }

    // The staleness check seeks group by group (year, rule set, fingerprint): one foreign row in the
    // middle of the groups is found, named with its year and counted alone.
    void oneStaleRowAmongManyGroupsIsFound()
    {
        QRandomGenerator rng(11);
        for (int i = 0; i < 60; ++i)
            addActivity(rng);
        QVERIFY(VerdictStore(db()).staleReason().isEmpty());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT year), MIN(year), MAX(year) FROM person_year_verdict")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 3, "the random activities should cover three years or more");
        const int first = q.value(1).toInt(), last = q.value(2).toInt();
        QVERIFY(q.prepare(QStringLiteral("SELECT MIN(year) FROM person_year_verdict WHERE year > ? AND year < ?")));
        q.addBindValue(first);
        q.addBindValue(last);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        const int middle = q.value(0).toInt();
        QVERIFY(q.prepare(QStringLiteral("UPDATE person_year_verdict SET fingerprint = 'zz-foreign' WHERE staff_id ="
                                         " (SELECT MIN(staff_id) FROM person_year_verdict WHERE year = ?) AND year = ?")));
        q.addBindValue(middle);
        q.addBindValue(middle);
        QVERIFY(q.exec());
        const QString why = VerdictStore(db()).staleReason();
        QVERIFY2(why.contains(QString::number(middle)) && why.contains(QStringLiteral("1 verdict")), qPrintable(why));
    }

    void rolledBackWriteLeavesVerdictsUnchanged()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 30; ++i)
            addActivity(rng);
        const QList<PersonYearVerdict> before = VerdictStore(db()).stored();
        QVERIFY(!before.isEmpty());
        {
            // A write and its verdicts inside a transaction that is then rolled back.
            Transaction tx(db());
            QVERIFY(tx.isActive());
            QSqlQuery q(db());
            QVERIFY(q.prepare(QStringLiteral("DELETE FROM activity WHERE staff_id = ?")));
            q.addBindValue(before.first().staffId);
            QVERIFY(q.exec());
            QString error;
            QVERIFY2(VerdictStore(db()).flushDirty(&error), qPrintable(error));
            QVERIFY(VerdictStore(db()).stored() != before);   // visible inside the transaction
        }
        QCOMPARE(VerdictStore(db()).dirtyCount(), 0);
        QVERIFY(VerdictStore(db()).stored() == before);
        // A refused batch (one person unknown) writes nothing, verdicts included.
        QList<Activity> batch{RandomActivities::make(rng, before.first().staffId, 2025), RandomActivities::make(rng, 999999, 2025)};
        QString error;
        QVERIFY(!ActivityRepository(db()).insertMany(batch, &error));
        QVERIFY(VerdictStore(db()).stored() == before);
        QVERIFY(sameAsRecompute(QStringLiteral("after the rollbacks")));
    }

    void changedRulesTriggerRecompute()
    {
        QRandomGenerator rng(11);
        for (int i = 0; i < 40; ++i)
            addActivity(rng);
        QVERIFY(VerdictStore(db()).staleReason().isEmpty());
        // The same rule set with other data (a higher yearly requirement): its fingerprint differs.
        QTemporaryDir rulesDir;
        QFile in(QStringLiteral(":/rules/anhui-2025.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject requirement = json.value(QStringLiteral("requirement")).toObject();
        QJsonObject total = requirement.value(QStringLiteral("total")).toObject();
        QVERIFY(total.contains(QStringLiteral("hours")));
        total.insert(QStringLiteral("hours"), total.value(QStringLiteral("hours")).toDouble() + 30);
        requirement.insert(QStringLiteral("total"), total);
        json.insert(QStringLiteral("requirement"), requirement);
        QFile out(rulesDir.filePath(QStringLiteral("anhui-2025.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        RuleSetRegistry changed;
        QVERIFY2(changed.loadDirectory(rulesDir.path()), qPrintable(changed.errors().join(QLatin1Char('\n'))));
        QVERIFY(!VerdictStore(db(), changed).staleReason().isEmpty());
        QString error;
        {
            VerdictRecompute job(db(), changed);
            QVERIFY2(job.run(0, &error), qPrintable(error));
            QCOMPARE(job.figures().personYears, VerdictStore(db()).stored().size());
        }
        QVERIFY(VerdictStore(db(), changed).staleReason().isEmpty());
        QVERIFY(VerdictStore(db()).stored() == fullRecompute(changed));
        QVERIFY(VerdictStore(db()).stored() != fullRecompute());

        // Back under the embedded rules: reopening the database finds the fingerprints stale and recomputes.
        const QString path = m_db->path();
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path), qPrintable(m_db->errorString()));
        QVERIFY(VerdictStore(db()).staleReason().isEmpty());
        QVERIFY(sameAsRecompute(QStringLiteral("after reopening")));

        // A tampered figure with a foreign fingerprint is found and recomputed too.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE person_year_verdict SET fingerprint = 'x', total_hours = 999")));
        bool recomputed = false;
        QVERIFY2(VerdictRecompute::ensureCurrent(db(), &error, &recomputed), qPrintable(error));
        QVERIFY(recomputed);
        QVERIFY(sameAsRecompute(QStringLiteral("after the fingerprint check")));
    }

    void unitRuleSetChangeRecomputesEveryPersonYear()
    {
        QRandomGenerator rng(3);
        for (int i = 0; i < 40; ++i)
            addActivity(rng);
        Unit unit;
        UnitRepository(db()).byId(m_unit, &unit);
        unit.ruleSet = QStringLiteral("henan-2025");
        QString error;
        QVERIFY2(UnitRepository(db()).save(unit, &error), qPrintable(error));
        const QList<PersonYearVerdict> stored = VerdictStore(db()).stored();
        QVERIFY(!stored.isEmpty());
        for (const PersonYearVerdict &v : stored)
            QCOMPARE(v.ruleSet.left(5), QStringLiteral("henan"));
        QVERIFY(sameAsRecompute(QStringLiteral("after the rule-set change")));
    }

    void parallelRecomputeEqualsAndCancelWritesNothing()
    {
        QRandomGenerator rng(5);
        for (int i = 0; i < 60; ++i)
            addActivity(rng);
        const QList<PersonYearVerdict> expected = VerdictStore(db()).stored();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE person_year_verdict SET total_hours = -1")));
        VerdictRecompute cancelled(db());
        cancelled.setWorkers(2);
        cancelled.setProgress([](int, int) { return false; });
        QString error;
        QVERIFY(!cancelled.run(0, &error));
        QVERIFY(cancelled.wasCancelled());
        for (const PersonYearVerdict &v : VerdictStore(db()).stored())
            QCOMPARE(v.total, -1.0);
        VerdictRecompute job(db());
        job.setWorkers(2);
        int lastDone = -1;
        job.setProgress([&](int done, int total) {
            lastDone = done;
            return done <= total;
        });
        QVERIFY2(job.run(0, &error), qPrintable(error));
        QCOMPARE(job.figures().workers, 2);
        QVERIFY(lastDone > 0);
        QVERIFY(VerdictStore(db()).stored() == expected);
        // One year only: the other years' rows stay as they are.
        QVERIFY(q.exec(QStringLiteral("UPDATE person_year_verdict SET total_hours = -1")));
        QVERIFY2(job.run(2025, &error), qPrintable(error));
        for (const PersonYearVerdict &v : VerdictStore(db()).stored())
            QVERIFY(v.year == 2025 ? v.total >= 0 : v.total == -1.0);
    }

    // recompute14b: the parallel recompute reads no staff row (each person's unit from a map read
    // once) and writes slices while the workers go on. A second unit with another rule set gets its
    // own set (= the serial path, which joins staff); a cancel after slices were written leaves
    // every stored row as it was.
    void secondUnitAndCancelAfterWrites()
    {
        Unit other;
        other.name = QStringLiteral("另一单位");
        other.ruleSet = QStringLiteral("jiangsu-2023");
        QString error;
        QVERIFY2(UnitRepository(db()).save(other, &error), qPrintable(error));
        QList<qint64> theirs;
        for (int i = 0; i < 6; ++i) {
            Staff s = newPerson(200 + i);
            s.unitId = other.id;
            QVERIFY2(StaffRepository(db()).insert(s, &error), qPrintable(error));
            theirs << s.id;
        }
        QRandomGenerator rng(14);
        for (int i = 0; i < 80; ++i)
            addActivity(rng);
        for (int i = 0; i < 40; ++i) {
            Activity a = RandomActivities::make(rng, theirs.at(rng.bounded(int(theirs.size()))), kYears.at(rng.bounded(int(kYears.size()))));
            QVERIFY2(ActivityRepository(db()).insert(a, &error), qPrintable(error));
        }
        {
            Transaction tx(db());
            QVERIFY2(VerdictStore(db()).recomputeHere(0, &error), qPrintable(error));   // serial, joins staff
            QVERIFY(tx.commit());
        }
        const QList<PersonYearVerdict> expected = VerdictStore(db()).stored();
        int otherRows = 0;
        for (const PersonYearVerdict &v : expected) {
            if (theirs.contains(v.staffId)) {
                ++otherRows;
                QVERIFY2(v.ruleSet.startsWith(QLatin1String("jiangsu")), qPrintable(v.toString()));
            } else {
                QVERIFY2(!v.ruleSet.startsWith(QLatin1String("jiangsu")), qPrintable(v.toString()));
            }
        }
        QVERIFY(otherRows > 0);
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE person_year_verdict SET total_hours = -1")));
        VerdictRecompute cancelled(db());
        cancelled.setWorkers(2);
        cancelled.setProgress([](int done, int) { return done == 0; });   // cancels once people are done
        QVERIFY(!cancelled.run(0, &error));
        QVERIFY(cancelled.wasCancelled());
        const QList<PersonYearVerdict> after = VerdictStore(db()).stored();
        QCOMPARE(after.size(), expected.size());
        for (const PersonYearVerdict &v : after)
            QCOMPARE(v.total, -1.0);
        VerdictRecompute job(db());
        job.setWorkers(2);
        QVERIFY2(job.run(0, &error), qPrintable(error));
        QCOMPARE(job.figures().personYears, int(expected.size()));
        QVERIFY(VerdictStore(db()).stored() == expected);
        QVERIFY(VerdictStore(db()).staleReason().isEmpty());
    }

    // The schema step fills the table for the person-years already there (from the version before it).
    void upgradeBackfillsEveryPersonYear()
    {
        CEHOURS_SQLITE_ONLY("builds the old schema by hand in a file (test_schema_pg upgrades PostgreSQL from every version)");
        int stepVersion = 0;
        const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
        for (int v = 1; v <= SchemaMigrator::latestVersion() && stepVersion == 0; ++v) {
            QFile::remove(path);
            Database raw;
            QVERIFY(raw.openRaw(path));
            QString error;
            QVERIFY2(SchemaMigrator::migrate(raw.connection(), &error, v), qPrintable(error));
            QSqlQuery q(raw.connection());
            if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'person_year_verdict'")) && q.next())
                stepVersion = v;
        }
        QVERIFY(stepVersion > 1);
        QFile::remove(path);
        QRandomGenerator rng(21);
        {
            Database raw;
            QVERIFY(raw.openRaw(path));
            QString error;
            QVERIFY2(SchemaMigrator::migrate(raw.connection(), &error, stepVersion - 1), qPrintable(error));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO unit (id, name, rule_set) VALUES (1, '旧单位', 'anhui-2025')")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO staff (id, unit_id, id_number, name, created_at, updated_at) VALUES (?, 1, ?, '张三', 'x', 'x')")));
            for (int i = 1; i <= 5; ++i) {
                q.addBindValue(i);
                q.addBindValue(TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, i), 100 + i));
                QVERIFY(q.exec());
            }
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject, created_at, updated_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')")));
            for (int i = 0; i < 60; ++i) {
                const Activity a = RandomActivities::make(rng, 1 + rng.bounded(5), kYears.at(rng.bounded(int(kYears.size()))));
                for (const QVariant &v : QVariantList{a.staffId, a.year, a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate), a.kind,
                                                      a.title, QString::fromUtf8(QJsonDocument(a.params).toJson(QJsonDocument::Compact)), a.subject})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path), qPrintable(m_db->errorString()));
        m_unit = 1;
        QVERIFY(VerdictStore(db()).stored().size() >= 5);
        QVERIFY(sameAsRecompute(QStringLiteral("after the upgrade")));
    }

    void registryReadsStoredVerdicts()
    {
        QRandomGenerator rng(9);
        for (int i = 0; i < 40; ++i)
            addActivity(rng);
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("anhui-2025"));
        ComplianceTable table(db());
        QVERIFY(table.fill(*set, m_unit, 2025));
        const QHash<qint64, YearResult> stored = table.unitYear(*set, m_unit, 2025);
        const QHash<qint64, YearResult> live = table.unitYearDetailed(*set, m_unit, 2025);
        QCOMPARE(stored.size(), m_staff.size());
        QCOMPARE(live.size(), m_staff.size());
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            const YearResult &s = stored.value(it.key());
            QCOMPARE(s.total, it.value().total);
            QCOMPARE(s.compliant, it.value().compliant);
            QCOMPARE(s.verdictText(), it.value().verdictText());
        }
    }
};

QTEST_GUILESS_MAIN(TestVerdictStore)
#include "test_verdict_store.moc"
