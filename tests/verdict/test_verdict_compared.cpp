// rec15: the full recompute on an SQLite file computes first, compares each slice of people with its
// stored rows and writes only where they differ (VerdictRecompute.h, docs/verdicts.md). Whatever it
// finds, the stored table must end equal to a live recompute; current verdicts are not written at
// all; a commit by another connection while it computes sends it back under the write lock. Also the
// write gate's "whole check only on demand" (WriteGate::holdUntilDemanded) that lets such a
// recompute be checked like a read.
#include "LiveVerdicts.h"
#include "RandomActivities.h"
#include "TestSupport.h"

#include "domain/Staff.h"
#include "domain/Unit.h"
#include "storage/ActivityRepository.h"
#include "storage/AuditLog.h"
#include "storage/ComplianceTable.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/StoredVerdictSlice.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictRecompute.h"
#include "storage/VerdictStore.h"
#include "storage/WriteGate.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <memory>
#include <thread>

class TestVerdictCompared : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_unit = 0;
    QList<qint64> m_staff;

    QSqlDatabase db() const { return m_db->connection(); }

    // Every person-year with activities computed live (LiveVerdicts.h), in staff, year order.
    QList<PersonYearVerdict> liveRecompute() { return liveVerdicts(db(), m_unit); }

    // Commits by other connections as SQLite counts them, seen from a connection of its own.
    qint64 commitsSeenElsewhere(QSqlDatabase other)
    {
        QSqlQuery q(other);
        return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

    // One statement with one bound value.
    bool exec(const char *sql, qint64 value)
    {
        QSqlQuery q(db());
        if (!q.prepare(QLatin1String(sql)))
            return false;
        q.addBindValue(value);
        return q.exec();
    }

    VerdictRecompute::Figures recompute(QString *error)
    {
        VerdictRecompute job(db());
        job.setWorkers(2);
        if (!job.run(0, error))
            return VerdictRecompute::Figures();
        return job.figures();
    }

private slots:
    void init()
    {
        AuditLog::setOperatorName(QStringLiteral("测试员"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_path, Database::Mode::Create), qPrintable(m_db->errorString()));
        Unit unit;
        unit.name = QStringLiteral("某市人民医院");
        unit.ruleSet = QStringLiteral("anhui-2025");
        QString error;
        QVERIFY2(UnitRepository(db()).save(unit, &error), qPrintable(error));
        m_unit = unit.id;
        m_staff.clear();
        for (int i = 0; i < 24; ++i) {
            Staff s;
            s.unitId = m_unit;
            s.name = QStringLiteral("测试") + QString(QChar(0x4e00 + i));
            s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1960, 1, 1).addDays(i * 97), 100 + i);
            s.department = QStringLiteral("内科");
            s.title = QStringLiteral("主治医师");
            s.titleLevel = QStringLiteral("中级");
            QVERIFY2(StaffRepository(db()).insert(s, &error), qPrintable(error));
            m_staff << s.id;
        }
        QRandomGenerator rng(15);
        for (int i = 0; i < 150; ++i) {
            Activity a = RandomActivities::make(rng, m_staff.at(rng.bounded(int(m_staff.size()))), 2023 + rng.bounded(4));
            ActivityRepository(db()).insert(a, &error); // some are refused (bad parameters): fine
        }
        QVERIFY(VerdictStore(db()).stored() == liveRecompute());
    }
    void cleanup() { m_db.reset(); }

    void sameBitsTellsZeroSignsApart()
    {
        QVERIFY(StoredVerdictSlice::sameBits(1.5, 1.5));
        QVERIFY(!StoredVerdictSlice::sameBits(0.0, -0.0));
        QVERIFY(!StoredVerdictSlice::sameBits(0.1 + 0.2, 0.3));
        QVERIFY(StoredVerdictSlice::sameBits(std::nan(""), std::nan("")));
    }

    // Verdicts already current: computed and compared, nothing written (no commit seen elsewhere).
    void currentVerdictsAreComputedButNotWritten()
    {
        Database other;
        QVERIFY2(other.open(m_path, Database::Mode::ReadOnly), qPrintable(other.errorString()));
        const qint64 before = commitsSeenElsewhere(other.connection());
        QString error;
        const VerdictRecompute::Figures f = recompute(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.personYears, int(liveRecompute().size()));
        QCOMPARE(f.people, int(m_staff.size()));
        QCOMPARE(f.changedSlices, 0);
        QCOMPARE(f.slices, 8);
        QCOMPARE(commitsSeenElsewhere(other.connection()), before);
        QVERIFY(VerdictStore(db()).stored() == liveRecompute());
    }

    // One wrong figure in a later slice, a missing row, a row without activities: those slices are
    // rewritten (the others not), and the table ends equal to the live recompute.
    void differingSlicesAreRewritten()
    {
        const QList<PersonYearVerdict> expected = liveRecompute();
        const qint64 last = expected.last().staffId;
        const qint64 middle = m_staff.at(12);
        const char *nudge = "UPDATE person_year_verdict SET total_hours = total_hours + 1e-9 WHERE staff_id = ?";
        QVERIFY(exec(nudge, last));
        QVERIFY(exec("DELETE FROM person_year_verdict WHERE staff_id = (SELECT MIN(staff_id) FROM person_year_verdict WHERE staff_id >= ?)", middle));
        QVERIFY(exec(QStringLiteral("INSERT INTO person_year_verdict (staff_id, year, rule_set, fingerprint, public_hours, professional_hours, total_hours, "
                                    "full_year, compliant, shortfall_total, shortfall_public, shortfall_professional) "
                                    "VALUES (%1, 2031, 'anhui-2025', 'x', 0, 0, 0, 1, 0, 90, 0, 0)").arg(m_staff.at(18))));
        QVERIFY(VerdictStore(db()).stored() != expected);
        QString error;
        const VerdictRecompute::Figures f = recompute(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(f.changedSlices >= 2 && f.changedSlices <= 3, qPrintable(QString::number(f.changedSlices)));
        QVERIFY(VerdictStore(db()).stored() == expected);
        QCOMPARE(recompute(&error).changedSlices, 0);
    }

    // The first slice differs: every slice is written (the bulk replace), the result the same.
    void firstSliceDifferingReplacesEverything()
    {
        const QList<PersonYearVerdict> expected = liveRecompute();
        QVERIFY(exec("UPDATE person_year_verdict SET compliant = 1 - compliant WHERE staff_id = ?", expected.first().staffId));
        QString error;
        const VerdictRecompute::Figures f = recompute(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.changedSlices, 1);
        QVERIFY(VerdictStore(db()).stored() == expected);
    }

    // Another connection commits (an activity and its verdict) while the recompute computes without
    // the lock: it must notice (PRAGMA data_version) and compute again under the lock.
    void aCommitMeanwhileRecomputesUnderTheLock()
    {
        Database other;
        QVERIFY2(other.open(m_path, Database::Mode::Existing), qPrintable(other.errorString()));
        QVERIFY(exec("UPDATE person_year_verdict SET total_hours = -1 WHERE staff_id = ?", m_staff.last()));
        VerdictRecompute job(db());
        job.setWorkers(2);
        bool wrote = false;
        QString otherError;
        job.setProgress([&](int, int) {
            if (!wrote) {
                wrote = true;
                QRandomGenerator rng(99);
                for (int i = 0; i < 20; ++i) { // the first one with valid parameters
                    Activity a = RandomActivities::make(rng, m_staff.at(3), 2024);
                    otherError.clear();
                    if (ActivityRepository(other.connection()).insert(a, &otherError))
                        break;
                }
            }
            return true;
        });
        QString error;
        QVERIFY2(job.run(0, &error), qPrintable(error));
        QVERIFY(wrote);
        QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
        QCOMPARE(job.figures().changedSlices, -1); // the second run, under the lock, compares nothing
        QVERIFY(VerdictStore(db()).stored() == liveRecompute());
    }

    // holdUntilDemanded: nobody waits until a writer asks; its admit() then calls onDemand once and
    // waits for the verdict, as for hold().
    void writeGateChecksOnlyWhenAWriteAsks()
    {
        const QString path = m_dir.filePath(QStringLiteral("gate.sqlite"));
        std::atomic<int> demands{0};
        WriteGate::holdUntilDemanded(path, [&demands] { ++demands; });
        QVERIFY(WriteGate::isHeld(path));
        QCOMPARE(demands.load(), 0);
        QString admitted = QStringLiteral("not yet");
        std::thread writer([&] { admitted = WriteGate::admit(path, 30); });
        QTRY_COMPARE(demands.load(), 1);
        QCOMPARE(admitted, QStringLiteral("not yet")); // still waiting for the check
        WriteGate::release(path);
        writer.join();
        QVERIFY2(admitted.isEmpty(), qPrintable(admitted));
        QCOMPARE(demands.load(), 1);
        WriteGate::holdUntilDemanded(path, [&demands] { ++demands; });
        std::thread refused([&] { admitted = WriteGate::admit(path, 30); });
        QTRY_COMPARE(demands.load(), 2);
        WriteGate::refuse(path, QStringLiteral("page 7 is damaged"));
        refused.join();
        QVERIFY2(admitted.contains(QLatin1String("page 7 is damaged")), qPrintable(admitted));
        WriteGate::release(path);
    }
};

QTEST_GUILESS_MAIN(TestVerdictCompared)
#include "test_verdict_compared.moc"
