// Runs on both backends (CEHOURS_TEST_BACKEND, tests/support/TestBackend.h): test_repositories and
// test_repositories_pg.
#include "TestBackend.h"
#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EvidenceContent.h"
#include "storage/EvidenceStore.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::makeIdNumber;

class TestRepositories : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_unit = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)};

    Staff person(const QString &name, int seq, const QString &dept = QStringLiteral("工程部"))
    {
        Staff s;
        s.unitId = m_unit;
        s.name = name;
        s.idNumber = makeIdNumber(QStringLiteral("340104"), QDate(1988, 5, 17), seq);
        s.department = dept;
        return s;
    }

private slots:
    void initTestCase()
    {
        Clock::setCurrent(&m_clock);
        AuditLog::setOperatorName(QStringLiteral("clerk1"));
        CEHOURS_FRESH_DATABASE(where, "repositories");
        QVERIFY2(m_db.open(where), qPrintable(m_db.errorString()));
        Unit unit;
        unit.name = QStringLiteral("合肥某研究院");
        unit.creditCode = QStringLiteral("91350100M000100Y43");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(m_db.connection()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
    }
    void cleanupTestCase() { Clock::setCurrent(nullptr); }

    void unitValidation()
    {
        Unit bad;
        bad.name = QStringLiteral("某单位");
        bad.creditCode = QStringLiteral("91350100M000100Y44");
        QString error;
        QVERIFY(!UnitRepository(m_db.connection()).save(bad, &error));
        QVERIFY(error.contains(QLatin1String("check character")));
        Unit loaded;
        QVERIFY(UnitRepository(m_db.connection()).first(&loaded));
        QCOMPARE(loaded.name, QStringLiteral("合肥某研究院"));
        QCOMPARE(loaded.ruleSet, QStringLiteral("anhui-2025"));
    }

    void insertDerivesAndAudits()
    {
        StaffRepository repo(m_db.connection());
        Staff s = person(QStringLiteral("张三"), 131);
        s.idNumber = s.idNumber.toLower();
        QString error;
        QVERIFY2(repo.insert(s, &error), qPrintable(error));
        QVERIFY(s.id > 0);
        Staff back;
        QVERIFY(repo.byId(s.id, &back));
        QCOMPARE(back.gender, QStringLiteral("男"));
        QCOMPARE(back.birthDate, QDate(1988, 5, 17));
        QCOMPARE(back.status, QStringLiteral("在职"));
        const auto log = AuditLog::entries(m_db.connection(), QStringLiteral("staff"), s.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("insert"));
        QCOMPARE(log.first().operatorName, QStringLiteral("clerk1"));
        QCOMPARE(log.first().at, QStringLiteral("2026-03-01T09:30:00Z"));
        QCOMPARE(log.first().after.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    }

    void rejectsBadPeople()
    {
        StaffRepository repo(m_db.connection());
        QString error;
        Staff dup = person(QStringLiteral("张三二"), 131);
        QVERIFY(!repo.insert(dup, &error));
        QVERIFY2(error.contains(QLatin1String("already in the registry")), qPrintable(error));
        Staff wrongGender = person(QStringLiteral("李四"), 140);
        wrongGender.gender = QStringLiteral("男");
        QVERIFY(!repo.insert(wrongGender, &error));
        QVERIFY2(error.contains(QLatin1String("does not match")), qPrintable(error));
        Staff noName = person(QString(), 150);
        QVERIFY(!repo.insert(noName, &error));
        Staff badLevel = person(QStringLiteral("王五"), 151);
        badLevel.titleLevel = QStringLiteral("高级");
        QVERIFY(!repo.insert(badLevel, &error));
        QCOMPARE(repo.count(m_unit), 1);
    }

    void updateAndStatusKeepHistory()
    {
        StaffRepository repo(m_db.connection());
        Staff s;
        QVERIFY(repo.byIdNumber(m_unit, makeIdNumber(QStringLiteral("340104"), QDate(1988, 5, 17), 131), &s));
        s.status = QStringLiteral("离职");
        s.department = QStringLiteral("财务部");
        QString error;
        QVERIFY2(repo.update(s, &error), qPrintable(error));
        const auto log = AuditLog::entries(m_db.connection(), QStringLiteral("staff"), s.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().action, QStringLiteral("update"));
        QCOMPARE(log.last().before.value(QStringLiteral("department")).toString(), QStringLiteral("工程部"));
        QCOMPARE(log.last().after.value(QStringLiteral("status")).toString(), QStringLiteral("离职"));
    }

    void activityLockAndEvidence()
    {
        StaffRepository staff(m_db.connection());
        Staff s = person(QStringLiteral("赵六"), 162);
        QString error;
        QVERIFY(staff.insert(s, &error));
        ActivityRepository acts(m_db.connection());
        Activity a;
        a.staffId = s.id;
        a.year = 2025;
        a.kind = QStringLiteral("training");
        a.title = QStringLiteral("公需科目培训");
        a.params = QJsonObject{{QStringLiteral("days"), 3}};
        a.subject = QStringLiteral("public");
        QVERIFY2(acts.insert(a, &error), qPrintable(error));

        // Evidence is stored once by content.
        const QString file = m_dir.filePath(QStringLiteral("证书.pdf"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 certificate");
        f.close();
        EvidenceStore store(m_db.connection(), m_db.evidenceDir());
        {
            // Both backends: files beside SQLite, evidence_content rows on PostgreSQL (test_evidence_store).
            auto stored = [&](const QString &sha) { return store.content()->state(sha) == EvidenceContent::State::Intact; };
            EvidenceStore::Item first, second;
            QVERIFY2(store.add(a.id, file, &first, &error), qPrintable(error));
            QVERIFY(store.add(a.id, file, &second, &error));
            QCOMPARE(first.sha256, second.sha256);
            QCOMPARE(first.originalName, QStringLiteral("证书.pdf"));
            QVERIFY(stored(first.sha256));
            if (!TestBackend::isPostgres())
                QCOMPARE(QDir(QFileInfo(store.filePath(first.sha256)).absolutePath()).entryList(QDir::Files).size(), 1);
            QCOMPARE(acts.evidenceCount(a.id), 2);
            QVERIFY(store.remove(first.id, &error));
            QVERIFY(stored(first.sha256)); // still referenced
            QVERIFY(store.remove(second.id, &error));
            QVERIFY(!stored(first.sha256));
        }

        // Submitting locks the year: edits refused until an audited reopen with a reason.
        YearLockRepository locks(m_db.connection());
        QVERIFY(locks.submit(s.id, 2025, &error));
        QVERIFY(locks.isLocked(s.id, 2025));
        a.title = QStringLiteral("改名");
        QVERIFY(!acts.update(a, &error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QVERIFY(!acts.remove(a.id, &error));
        Activity another = a;
        another.id = 0;
        QVERIFY(!acts.insert(another, &error));
        QVERIFY(!store.add(a.id, file, nullptr, &error));
        QVERIFY(!locks.reopen(s.id, 2025, QStringLiteral("  "), &error));
        QVERIFY(locks.reopen(s.id, 2025, QStringLiteral("证书学时填错"), &error));
        QCOMPARE(locks.state(s.id, 2025).reopenReason, QStringLiteral("证书学时填错"));
        QVERIFY2(acts.update(a, &error), qPrintable(error));
        const auto lockLog = AuditLog::entries(m_db.connection(), QStringLiteral("year_declaration"), s.id);
        QCOMPARE(lockLog.size(), 2);
        const auto actLog = AuditLog::entries(m_db.connection(), QStringLiteral("activity"), a.id);
        QCOMPARE(actLog.size(), 2);
        QCOMPARE(actLog.last().before.value(QStringLiteral("title")).toString(), QStringLiteral("公需科目培训"));

        // A person with activities cannot be deleted.
        QVERIFY(!staff.remove(s.id, &error));
        QVERIFY2(error.contains(QStringLiteral("离职")), qPrintable(error));
    }

    void batchIsAllOrNothing()
    {
        StaffRepository staff(m_db.connection());
        Staff a = person(QStringLiteral("甲"), 171), b = person(QStringLiteral("乙"), 172);
        QString error;
        QVERIFY(staff.insert(a, &error) && staff.insert(b, &error));
        YearLockRepository(m_db.connection()).submit(b.id, 2026, &error);
        ActivityRepository acts(m_db.connection());
        Activity training;
        training.year = 2026;
        training.kind = QStringLiteral("training");
        QList<qint64> ids;
        QVERIFY(!acts.insertForMany(training, {a.id, b.id}, &ids, &error));
        QVERIFY(acts.list(a.id, 2026).isEmpty()); // a's row was rolled back with b's refusal
        QVERIFY(acts.insertForMany(training, {a.id}, &ids, &error));
        QCOMPARE(ids.size(), 1);
    }

    // A roster may write 男性/女性; they are the same genders as 男/女 (the comparison used to read
    // the UTF-8 bytes as Latin-1, so 男性 never matched and the row was refused as a mismatch).
    void longGenderWordsAreNormalised()
    {
        StaffRepository repo(m_db.connection());
        QString error;
        Staff man = person(QStringLiteral("孙八"), 301);
        man.gender = QStringLiteral("男性");
        QVERIFY2(repo.insert(man, &error), qPrintable(error));
        Staff woman = person(QStringLiteral("钱七"), 302);
        woman.gender = QStringLiteral("女性");
        QVERIFY2(repo.insert(woman, &error), qPrintable(error));
        Staff back;
        QVERIFY(repo.byId(man.id, &back));
        QCOMPARE(back.gender, QStringLiteral("男"));
        QVERIFY(repo.byId(woman.id, &back));
        QCOMPARE(back.gender, QStringLiteral("女"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
