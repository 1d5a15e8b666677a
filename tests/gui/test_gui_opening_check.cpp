// Issue 14: the GUI paints the window first and checks the file (PRAGMA quick_check) in a worker
// afterwards (OpeningCheck, DeferredChecks). Until the check has passed nothing is written:
// a clerk's save is refused with a clear message, a worker's write waits; a damaged file is never
// written and the message names the latest backup.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OpeningCheck.h"
#include "StaffPage.h"
#include "StaffTableModel.h"
#include "storage/BackupManager.h"
#include "storage/DeferredChecks.h"
#include "storage/StaffRepository.h"
#include "storage/Transaction.h"
#include "JobDialog.h"
#include <QSqlError>
#include "TestSupport.h"
#include "util/Translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSqlQuery>
#include <QThread>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>
#include <atomic>

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A registry of `people` in WAL mode (as the app leaves it), closed.
void makeRegistry(const QString &path, int people)
{
    Database db;
    QVERIFY2(db.open(path, Database::Mode::Create), qPrintable(db.errorString()));
    const qint64 unit = GuiTest::makeUnit(db);
    QList<Staff> add;
    QString error;
    for (int i = 0; i < people; ++i) {
        Staff s;
        s.unitId = unit;
        s.name = QStringLiteral("人员%1").arg(i);
        s.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1).addDays(i / 900), i % 900 + 1);
        s.department = QStringLiteral("部门%1").arg(i % 17);
        QVERIFY2(StaffRepository::prepare(s, &error), qPrintable(error));
        add << s;
    }
    QVERIFY2(StaffRepository(db.connection()).applyBatch(add, {}, &error), qPrintable(error));
}

QString phoneOf(const QString &path, qint64 id)
{
    Database db;
    db.setInspectOnly(true);
    if (!db.open(path, Database::Mode::ReadOnly))
        return QStringLiteral("(cannot open)");
    Staff s;
    return StaffRepository(db.connection()).byId(id, &s) ? s.phone : QStringLiteral("(no row)");
}

// CEHOURS_SCREENSHOT_DIR set: the window saved as PNG there (to look at it; tests assert nothing on it).
void maybeSave(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

bool settled(const OpeningCheck *check)
{
    return check->state() == OpeningCheck::State::Passed || check->state() == OpeningCheck::State::Damaged;
}
} // namespace

class TestGuiOpeningCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestPrompter m_prompter;

private slots:
    void initTestCase()
    {
        GuiTest::isolate();
        Prompter::setCurrent(&m_prompter);
        // For a look at the screens in Chinese: the catalogue, and a .qm of strings not in it yet.
        if (!qEnvironmentVariable("CEHOURS_SCREENSHOT_DIR").isEmpty()) {
            Translations::install(QStringLiteral("zh_CN"));
            auto *extra = new QTranslator(this);
            if (extra->load(qEnvironmentVariable("CEHOURS_SCREENSHOT_QM")))
                QCoreApplication::installTranslator(extra);
        }
    }
    void cleanupTestCase() { Prompter::setCurrent(nullptr); }

    void writesWaitForTheCheckThenGoOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
        makeRegistry(path, 50);
        Database db;
        DeferredChecks::request(&db);
        QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
        QVERIFY(DeferredChecks::pending(&db));
        MainWindow window(&db);
        window.show();
        OpeningCheck *check = window.openingCheck();
        QVERIFY(check);
        QCOMPARE(check->state(), OpeningCheck::State::Checking);
        auto *banner = GuiTest::child<QLabel>(&window, "checkBanner");
        QVERIFY(banner->isVisibleTo(&window));
        QCOMPARE(banner->text(), QCoreApplication::translate("OpeningCheck", "Checking the database file (a few seconds)… You can look around; "
                                                                     "changes can be saved once the check has passed."));
        maybeSave(&window, "opening-check-running");
        // The registry is readable meanwhile: the year's verdict table is the connection's own (temp
        // schema), not the file, so a query_only connection still fills it (it once showed "cannot read").
        StaffTableModel *registry = window.staffPage()->model();
        QCOMPARE(registry->totalCount(), 50);
        QCOMPARE(registry->rowCount(), 50);
        QVERIFY(!registry->readFailed());

        Staff person;
        QVERIFY(StaffRepository(db.connection()).byId(1, &person));
        // A clerk's save before the check (no events processed yet: the check has not even started).
        person.phone = QStringLiteral("13900000001");
        QString error;
        QVERIFY(!StaffRepository(db.connection()).update(person, &error));
        QVERIFY2(error.startsWith(QCoreApplication::translate("WriteGate", "The database file is still being checked (this takes a few seconds after "
                                                                               "the start); nothing was saved. Try again when the check has finished.")),
                 qPrintable(error));
        QCOMPARE(phoneOf(path, 1), QString());

        // A worker's write meanwhile waits for the check instead of failing.
        std::atomic<int> workerResult{-1};
        QString workerError;
        QThread *worker = QThread::create([&] {
            Database own;
            own.setInspectOnly(true);
            if (!own.open(path, Database::Mode::Existing)) {
                workerError = own.errorString();
                workerResult = 0;
                return;
            }
            Staff other;
            StaffRepository(own.connection()).byId(2, &other);
            other.phone = QStringLiteral("13900000002");
            workerResult = StaffRepository(own.connection()).update(other, &workerError) ? 1 : 0;
        });
        worker->start();
        QVERIFY(!worker->wait(700)); // held: the check has not run (this thread processed no events)
        QCOMPARE(workerResult.load(), -1);
        QCOMPARE(phoneOf(path, 2), QString());

        QTRY_VERIFY_WITH_TIMEOUT(settled(check), 20000);
        QCOMPARE(check->state(), OpeningCheck::State::Passed);
        QVERIFY(worker->wait(20000));
        delete worker;
        QVERIFY2(workerResult.load() == 1, qPrintable(workerError));
        QCOMPARE(phoneOf(path, 2), QStringLiteral("13900000002"));
        QVERIFY(!banner->isVisibleTo(&window));
        QCOMPARE(registry->totalCount(), 50);
        QVERIFY(!registry->readFailed());
        maybeSave(&window, "opening-check-passed");
        QVERIFY2(StaffRepository(db.connection()).update(person, &error), qPrintable(error));
        QCOMPARE(phoneOf(path, 1), QStringLiteral("13900000001"));
        QVERIFY(m_prompter.warnings.isEmpty());
    }

    void staleVerdictsAreRecomputedBehindAProgressDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("stale.sqlite"));
        makeRegistry(path, 20);
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Existing));
            QSqlQuery q(db.connection());
            Transaction tx(db.connection());
            QVERIFY(tx.isActive());
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, created_at, updated_at)"
                                           " SELECT id, 2025, '2025-03-01', '2025-03-02', 'training', '培训', '{\"hours\": 8}', 't', 't' FROM staff")),
                     qPrintable(q.lastError().text()));
            QVERIFY(tx.commit());
            // As if this program's rule data had changed since they were computed.
            QVERIFY(q.exec(QStringLiteral("UPDATE person_year_verdict SET fingerprint = 'stale'")));
            QVERIFY(q.numRowsAffected() > 0);
        }
        Database db;
        DeferredChecks::request(&db);
        QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
        QVERIFY(DeferredChecks::pending(&db));
        bool dialogSeen = false;
        JobDialog::setShownHook([&dialogSeen](JobDialog *) { dialogSeen = true; });
        MainWindow window(&db);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window.openingCheck()), 30000);
        JobDialog::setShownHook(nullptr);
        QCOMPARE(window.openingCheck()->state(), OpeningCheck::State::Passed);
        QVERIFY(dialogSeen); // the recompute ran behind the modal progress dialog
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict WHERE fingerprint = 'stale'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict")) && q.next());
        QVERIFY(q.value(0).toInt() >= 20);
    }

    void aDamagedFileIsNeverWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        makeRegistry(path, 3000);
        QString backup;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::Existing));
            QString error;
            QVERIFY2(BackupManager(path).backup(db.connection(), QStringLiteral("manual"), &backup, &error), qPrintable(error));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close; still a WAL file
        // The staff table's first three leaf pages: they hold 人员0 and 人员1, the first rows of the
        // registry's first page (sorted by name), so that page's read meets the damage.
        QList<qint64> leaves;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::ReadOnly));
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'staff' AND pagetype = 'leaf' ORDER BY pageno")),
                     qPrintable(q.lastError().text()));
            while (q.next())
                leaves << q.value(0).toLongLong();
        }
        QVERIFY(leaves.size() > 20);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (int i = 0; i < 3; ++i) {
            f.seek((leaves.at(i) - 1) * 4096);
            f.write(QByteArray(4096, char(0x5a)));
        }
        f.close();
        const QByteArray before = digest(path);
        m_prompter.warnings.clear();
        {
            Database db;
            DeferredChecks::request(&db);
            QVERIFY2(db.open(path, Database::Mode::Existing), qPrintable(db.errorString()));
            QVERIFY(DeferredChecks::pending(&db));
            MainWindow window(&db);
            window.show();
            Staff person;
            person.id = 1;
            person.unitId = 1;
            person.name = QStringLiteral("人员0");
            person.idNumber = TestSupport::makeIdNumber(QStringLiteral("340104"), QDate(1980, 1, 1), 1);
            person.phone = QStringLiteral("13900000003");
            QString error;
            QVERIFY(!StaffRepository(db.connection()).update(person, &error)); // before the check
            QTRY_VERIFY_WITH_TIMEOUT(settled(window.openingCheck()), 20000);
            QCOMPARE(window.openingCheck()->state(), OpeningCheck::State::Damaged);
            QVERIFY(DeferredChecks::damage(&db).contains(QFileInfo(backup).fileName()));
            // The clerk is told, with the latest backup to restore.
            QCOMPARE(m_prompter.warnings.size(), 1);
            QVERIFY2(m_prompter.warnings.first().contains(QFileInfo(backup).fileName()), qPrintable(m_prompter.warnings.first()));
            auto *banner = GuiTest::child<QLabel>(&window, "checkBanner");
            QVERIFY(banner->isVisibleTo(&window));
            QCOMPARE(banner->text(), QCoreApplication::translate("OpeningCheck", "This database is damaged: nothing can be saved to it. Restore the latest "
                                                                         "backup in Settings › Backups."));
            maybeSave(&window, "opening-check-damaged");
            // The registry's reads fail on the damaged pages: the page says so, and does not invite
            // the clerk to import a roster into "an empty registry".
            auto *count = GuiTest::child<QLabel>(&window, "staffCount");
            QCOMPARE(count->text(), QCoreApplication::translate("StaffPage", "The registry could not be read from the database file."));
            QVERIFY(!GuiTest::child<QWidget>(&window, "staffEmpty")->isVisibleTo(&window));
            // Every write after it is refused, on this connection and on any other of this process.
            const QString damagedRefusal = QCoreApplication::translate("WriteGate", "The database is damaged, so nothing is saved to it: %1")
                                               .arg(DeferredChecks::damage(&db));
            QVERIFY(!StaffRepository(db.connection()).update(person, &error));
            QVERIFY2(error.startsWith(damagedRefusal), qPrintable(error));
            QSqlQuery raw(db.connection());
            QVERIFY(!raw.exec(QStringLiteral("UPDATE staff SET phone = '1' WHERE id = 1"))); // query_only
            Database other;
            other.setInspectOnly(true); // a worker's connection (JobRunner opens this way)
            QVERIFY(other.open(path, Database::Mode::Existing));
            QVERIFY(!StaffRepository(other.connection()).update(person, &error));
            QVERIFY2(error.startsWith(damagedRefusal), qPrintable(error));
        }
        QCOMPARE(digest(path), before);
    }
};

QTEST_MAIN(TestGuiOpeningCheck)
#include "test_gui_opening_check.moc"
