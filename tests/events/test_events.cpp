// Training events: credit of the participants by 考试结果, edits that move every linked activity in one
// transaction, locked years that block and are named, deletion, shared evidence, filing warnings, the 汇总表.
#include "EventFixture.h"
#include "events/EventActivities.h"
#include "events/EventEvidence.h"
#include "events/FilingCheck.h"
#include "export/ExportSource.h"
#include "rules/ActivityInput.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/EvidenceStore.h"
#include "storage/YearLockRepository.h"

#include <QDirIterator>
#include <QSqlQuery>

class TestEvents : public QObject
{
    Q_OBJECT

    static QString resultFor(int i)
    {
        static const QStringList cycle = {QStringLiteral("合格"), QStringLiteral("合格"), QStringLiteral("不合格"),
                                          QStringLiteral("缺考"), QStringLiteral("无需考核")};
        return cycle.at(i % cycle.size());
    }

    // Creates the event with everybody of the fixture, results cycling 合格/合格/不合格/缺考/无需考核.
    static qint64 eventWithEverybody(EventFixture &f)
    {
        TrainingEvent e = f.event();
        QString error;
        EventRepository events(f.db.connection());
        if (!events.create(e, &error))
            qFatal("create: %s", qPrintable(error));
        QList<EventParticipant> people;
        for (int i = 0; i < f.staff.size(); ++i)
            people << EventFixture::participant(f.staff.at(i), resultFor(i));
        if (!events.addParticipants(e.id, people, &error))
            qFatal("add: %s", qPrintable(error));
        return e.id;
    }

private slots:
    void thirtyParticipantsCreditExactlyThePassed()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 30);
        const qint64 id = eventWithEverybody(f);
        const QList<EventParticipant> people = EventRepository(f.db.connection()).participants(id);
        QCOMPARE(people.size(), 30);
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("hunan-2025"));
        QVERIFY(set);
        ActivityRepository activities(f.db.connection());
        int credited = 0;
        for (int i = 0; i < people.size(); ++i) {
            const EventParticipant &p = people.at(i);
            QCOMPARE(p.position, i + 1);
            QCOMPARE(p.result, resultFor(i));
            const QList<Activity> own = activities.list(p.staffId, 2025);
            if (p.result == QStringLiteral("合格") || p.result == QStringLiteral("无需考核")) {
                ++credited;
                QCOMPARE(own.size(), 1);
                QCOMPARE(own.first().id, p.activityId);
                QCOMPARE(CreditCalculator::calculate(*set, ActivityInput::fromActivity(own.first())).hours, 24.0);
            } else {
                QVERIFY2(own.isEmpty(), qPrintable(p.name));
                QCOMPARE(p.activityId, 0);
                const CreditResult c = EventActivities::credit(*set, f.event(), p);
                QCOMPARE(c.hours, 0.0);
                QCOMPARE(c.reason, p.result);
            }
        }
        QCOMPARE(credited, 18); // 30 × 3/5
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity WHERE event_id IS NOT NULL")), 18);
        QCOMPARE(EventRepository(f.db.connection()).list(2025).first().passed, 18);

        // set-result: 不合格 → 合格 credits, 合格 → 缺考 withdraws.
        EventParticipant failed = people.at(2), passed = people.at(0);
        failed.result = QStringLiteral("合格");
        passed.result = QStringLiteral("缺考");
        QString error;
        EventRepository events(f.db.connection());
        QVERIFY2(events.updateParticipant(failed, &error), qPrintable(error));
        QVERIFY2(events.updateParticipant(passed, &error), qPrintable(error));
        QCOMPARE(activities.list(failed.staffId, 2025).size(), 1);
        QCOMPARE(activities.list(passed.staffId, 2025).size(), 0);
    }

    void partialAttendanceFollowsDays()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 2);
        const qint64 id = eventWithEverybody(f);
        EventRepository events(f.db.connection());
        EventParticipant p = events.participants(id).first();
        p.daysAttended = 1.5;
        QString error;
        QVERIFY2(events.updateParticipant(p, &error), qPrintable(error));
        Activity a;
        QVERIFY(ActivityRepository(f.db.connection()).byId(p.activityId, &a));
        QCOMPARE(a.params.value(QStringLiteral("days")).toDouble(), 1.5);
        const RuleSet *set = RuleSetRegistry::embedded().find(QStringLiteral("hunan-2025"));
        QCOMPARE(CreditCalculator::calculate(*set, ActivityInput::fromActivity(a)).hours, 12.0); // 1 × 8 + half × 4
        p.daysAttended = 4; // more than the event's 3 days
        QVERIFY(!events.updateParticipant(p, &error));
        QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error));
    }

    void editingTheEventUpdatesEveryActivity()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 30);
        const qint64 id = eventWithEverybody(f);
        EventRepository events(f.db.connection());
        const int auditBefore = int(AuditLog::entries(f.db.connection(), QStringLiteral("activity")).size());
        TrainingEvent e;
        QVERIFY(events.byId(id, &e));
        e.startDate = QDate(2025, 9, 1);
        e.endDate = QDate(2025, 9, 5);
        e.params = {{QStringLiteral("days"), 5}};
        e.title = QStringLiteral("2025年急诊急救技能提高班");
        QString error;
        QVERIFY2(events.update(e, &error), qPrintable(error));
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT start_date, end_date, title, params FROM activity WHERE event_id IS NOT NULL")));
        int n = 0;
        while (q.next()) {
            ++n;
            QCOMPARE(q.value(0).toString(), QStringLiteral("2025-09-01"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("2025-09-05"));
            QCOMPARE(q.value(2).toString(), e.title);
            QVERIFY(q.value(3).toString().contains(QLatin1String("\"days\":5")));
        }
        QCOMPARE(n, 18);
        QCOMPARE(int(AuditLog::entries(f.db.connection(), QStringLiteral("activity")).size()), auditBefore + 18);

        // An activity owned by the event cannot be edited on its own.
        Activity a;
        QVERIFY(ActivityRepository(f.db.connection()).byId(events.participants(id).first().activityId, &a));
        a.title = QStringLiteral("改名");
        QVERIFY(!ActivityRepository(f.db.connection()).update(a, &error));
        QVERIFY2(error.contains(e.title), qPrintable(error));
        QVERIFY(!ActivityRepository(f.db.connection()).remove(a.id, &error));
    }

    void lockedParticipantsBlockTheEditAndAreNamed()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 30);
        const qint64 id = eventWithEverybody(f);
        QString error;
        YearLockRepository locks(f.db.connection());
        // Two credited people, the last of the list among them: the other 16 must not move either.
        const Staff &a = f.staff.at(5), &b = f.staff.at(29);
        QVERIFY2(locks.submit(a.id, 2025, &error), qPrintable(error));
        QVERIFY2(locks.submit(b.id, 2025, &error), qPrintable(error));
        EventRepository events(f.db.connection());
        TrainingEvent e;
        QVERIFY(events.byId(id, &e));
        e.params = {{QStringLiteral("days"), 2}};
        QVERIFY(!events.update(e, &error));
        QVERIFY2(error.contains(a.name) && error.contains(a.idNumber), qPrintable(error));
        QVERIFY2(error.contains(b.name) && error.contains(b.idNumber), qPrintable(error));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity WHERE params LIKE '%\"days\":3%' AND event_id IS NOT NULL")), 18);
        TrainingEvent stored;
        QVERIFY(events.byId(id, &stored));
        QCOMPARE(stored.params.value(QStringLiteral("days")).toDouble(), 3.0);
        // Deleting the event and removing a locked participant are blocked too.
        QVERIFY(!events.remove(id, &error));
        QVERIFY(error.contains(a.name));
        QVERIFY(!events.removeParticipant(id, a.id, &error));
        // A participant without credit (不合格) can have a remark changed although the year is locked? Only
        // the activity is locked: 不合格 has none.
        QVERIFY2(locks.submit(f.staff.at(2).id, 2025, &error), qPrintable(error));
        EventParticipant failed = events.participants(id).at(2);
        failed.remark = QStringLiteral("补考另行安排");
        QVERIFY2(events.updateParticipant(failed, &error), qPrintable(error));
        failed.result = QStringLiteral("合格");
        QVERIFY(!events.updateParticipant(failed, &error));
        QVERIFY(error.contains(f.staff.at(2).name));
    }

    void deletingRemovesTheActivitiesAudited()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 5);
        const qint64 id = eventWithEverybody(f);
        EventRepository events(f.db.connection());
        QString error;
        const EventParticipant first = events.participants(id).first();
        QVERIFY2(events.removeParticipant(id, first.staffId, &error), qPrintable(error));
        QCOMPARE(ActivityRepository(f.db.connection()).list(first.staffId).size(), 0);
        QCOMPARE(events.participants(id).size(), 4);
        QVERIFY2(events.remove(id, &error), qPrintable(error));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM activity")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM event_participant")), 0);
        int deletes = 0;
        for (const AuditLog::Entry &e : AuditLog::entries(f.db.connection(), QStringLiteral("activity")))
            deletes += e.action == QLatin1String("delete") ? 1 : 0;
        QCOMPARE(deletes, 3); // 合格, 合格, 无需考核 of five
        QCOMPARE(AuditLog::entries(f.db.connection(), QStringLiteral("training_event")).last().action, QStringLiteral("delete"));
    }

    void eventEvidenceIsSharedAndStoredOnce()
    {
        CEHOURS_SQLITE_ONLY("counts the evidence files in the folder beside the database");
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 5);
        const qint64 id = eventWithEverybody(f);
        const QString file = f.dir.filePath(QStringLiteral("签到表.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 sign-in sheet");
        out.close();
        EventEvidence evidence(f.db.connection(), f.db.evidenceDir());
        QString error;
        EvidenceStore::Item item;
        QVERIFY2(evidence.add(id, file, &item, &error), qPrintable(error));
        EvidenceStore store(f.db.connection(), f.db.evidenceDir());
        for (const EventParticipant &p : EventRepository(f.db.connection()).participants(id)) {
            if (!p.activityId)
                continue;
            const QList<EvidenceStore::Item> items = store.list(p.activityId);
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().originalName, QStringLiteral("签到表.pdf"));
            QVERIFY(items.first().id < 0);
            QVERIFY(!store.remove(items.first().id, &error)); // removed from the event only
            QCOMPARE(ActivityRepository(f.db.connection()).evidenceCount(p.activityId), 1);
        }
        int files = 0;
        for (QDirIterator it(f.db.evidenceDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM evidence")), 0);
        QVERIFY2(evidence.remove(item.id, &error), qPrintable(error));
        QVERIFY(!QFile::exists(store.filePath(item.sha256)));
        // Deleting the event hands back its files to release.
        QVERIFY(evidence.add(id, file, &item, &error));
        QStringList orphans;
        QVERIFY2(EventRepository(f.db.connection()).remove(id, &error, &orphans), qPrintable(error));
        QCOMPARE(orphans, QStringList{item.sha256});
        store.releaseFile(item.sha256);
        QVERIFY(!QFile::exists(store.filePath(item.sha256)));
    }

    void filingWarnings()
    {
        const RuleSetRegistry &reg = RuleSetRegistry::embedded();
        TrainingEvent e;
        e.title = QStringLiteral("建筑节能专业科目培训");
        e.kind = QStringLiteral("base_training");
        e.startDate = QDate(2021, 6, 20);
        e.endDate = QDate(2021, 6, 22);
        const RuleSet *hefei = reg.find(QStringLiteral("hefei-2021"));
        QVERIFY(hefei);
        QCOMPARE(FilingCheck::warnings(*hefei, e).size(), 1); // no filing date
        e.filingDate = QDate(2021, 6, 5);                      // exactly 15 days before
        QVERIFY(FilingCheck::warnings(*hefei, e).isEmpty());
        e.filingDate = QDate(2021, 6, 6);
        const QStringList late = FilingCheck::warnings(*hefei, e);
        QCOMPARE(late.size(), 1);
        QVERIFY2(late.first().contains(QLatin1String("2021-06-05")) && late.first().contains(QStringLiteral("15日")), qPrintable(late.first()));
        e.kind = QStringLiteral("public_course"); // 公需课: the 15-day rule is for 专业科目培训
        QVERIFY(FilingCheck::warnings(*hefei, e).isEmpty());

        const RuleSet *anhui = reg.find(QStringLiteral("anhui-2025"));
        e.kind = QStringLiteral("training");
        e.subject = QStringLiteral("professional");
        e.startDate = QDate(2025, 6, 20);
        e.filingDate = QDate(2025, 6, 20);
        QVERIFY(FilingCheck::warnings(*anhui, e).isEmpty());
        e.filingDate = QDate(2025, 6, 21);
        QVERIFY(FilingCheck::warnings(*anhui, e).first().contains(QStringLiteral("278号")));

        const RuleSet *hunan = reg.find(QStringLiteral("hunan-2025"));
        e.kind = QStringLiteral("unit_training");
        QVERIFY(FilingCheck::warnings(*hunan, e).first().contains(QStringLiteral("三（一）")));
        e.kind = QStringLiteral("training");
        QVERIFY(FilingCheck::warnings(*hunan, e).isEmpty());
    }

    void summarySheetFromTheEvent()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 6);
        const qint64 id = eventWithEverybody(f);
        EventRepository events(f.db.connection());
        QString error;
        EventParticipant p = events.participants(id).at(2);
        p.remark = QStringLiteral("补考");
        QVERIFY(events.updateParticipant(p, &error));
        SummarySheet sheet;
        QVERIFY2(ExportSource(f.db.connection()).summarySheet(id, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.rows.size(), 6);
        QCOMPARE(sheet.theme, f.event().title);
        QCOMPARE(sheet.from, QDate(2025, 5, 12));
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(sheet.rows.at(i).name, f.staff.at(i).name);
            QCOMPARE(sheet.rows.at(i).examResult, resultFor(i));
            QCOMPARE(sheet.rows.at(i).title, QStringLiteral("中级")); // no title: the title level
            QCOMPARE(sheet.rows.at(i).hours, EventParticipant::isCreditedResult(resultFor(i)) ? QStringLiteral("24") : QStringLiteral("0"));
        }
        QCOMPARE(sheet.rows.at(2).remark, QStringLiteral("补考"));

        // A second event with the same title is its own sheet.
        TrainingEvent again = f.event();
        QVERIFY(events.create(again, &error));
        QVERIFY(events.addParticipants(again.id, {EventFixture::participant(f.staff.at(5))}, &error));
        SummarySheet second;
        QVERIFY(ExportSource(f.db.connection()).summarySheet(again.id, &second, &error));
        QCOMPARE(second.rows.size(), 1);
        QCOMPARE(second.rows.first().name, f.staff.at(5).name);
        QVERIFY(!events.find(again.title, &error));
        QVERIFY2(error.contains(QString::number(id)) && error.contains(QString::number(again.id)), qPrintable(error));
    }

    void tiesSortByDepartmentThenPinyin()
    {
        auto person = [](const QString &name, const QString &dept) {
            EventParticipant p;
            p.name = name;
            p.department = dept;
            return p;
        };
        QList<EventParticipant> people = {person(QStringLiteral("张三"), QStringLiteral("外科")), person(QStringLiteral("王五"), QStringLiteral("内科")),
                                          person(QStringLiteral("李四"), QStringLiteral("内科")), person(QStringLiteral("安宁"), QStringLiteral("外科"))};
        ExportSource::sortForSheet(people);
        QStringList names;
        for (const EventParticipant &p : people)
            names << p.name;
        // 内科 (nei) before 外科 (wai); 李 (li) before 王 (wang); 安 (an) before 张 (zhang).
        QCOMPARE(names, (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("安宁"), QStringLiteral("张三")}));
    }

    void badEventsAreRefused()
    {
        EventFixture f;
        EVENT_FIXTURE_OPEN(f, 1);
        EventRepository events(f.db.connection());
        QString error;
        TrainingEvent e = f.event();
        e.endDate = QDate(2025, 5, 1);
        QVERIFY(!events.create(e, &error));
        e = f.event();
        e.kind = QStringLiteral("nonsense");
        QVERIFY(!events.create(e, &error));
        QVERIFY(error.contains(QLatin1String("nonsense")));
        e = f.event();
        e.mode = QStringLiteral("函授");
        QVERIFY(!events.create(e, &error));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM training_event")), 0);
    }
};

QTEST_MAIN(TestEvents)
#include "test_events.moc"
