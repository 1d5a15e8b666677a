#include "storage/OverlappedCheck.h"

#include "storage/Database.h"
#include "storage/DeferredChecks.h"
#include "storage/WriteGate.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QSet>
#include <QThread>
#include <QWaitCondition>
#include <memory>

namespace {
struct Run
{
    QString path;
    bool holdsWrites = false;
    bool wholeOnDemand = false; // holdsWrites, the whole file checked only once a write asks for it
    bool readablePassed = false; // wholeOnDemand: the readable tables' check passed
    bool demanded = false;       // wholeOnDemand: a write asked for the whole check
    bool closing = false;
    std::unique_ptr<QThread> thread;
    QMutex mutex;
    QWaitCondition finished;
    bool done = false;
    QString damage; // the damaged file's message; empty: sound
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}
QSet<const Database *> &requests()
{
    static QSet<const Database *> set;
    return set;
}
QSet<const Database *> &wholeOnlyToWrite()
{
    static QSet<const Database *> set;
    return set;
}
QHash<const Database *, std::shared_ptr<Run>> &runs()
{
    static QHash<const Database *, std::shared_ptr<Run>> map;
    return map;
}
std::shared_ptr<Run> runOf(const Database *db)
{
    const QMutexLocker lock(&registryMutex());
    return runs().value(db);
}

// A command that only reads: PRAGMA quick_check of every table it can read, i.e. all but the audit
// chain's (audit_log is most of the file: 187 of 300 MB at 10,000 staff), which only `audit verify`
// reads and every write checks in full. Table by table, SQLite skips the free-list and page-accounting
// pass too: neither changes what a read returns.
QString checkReadableTables(const QString &path)
{
    Database db;
    db.setInspectOnly(true);
    if (!db.open(path, Database::Mode::ReadOnly))
        return db.errorString();
    QStringList tables;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
            return q.lastError().text();
        while (q.next())
            tables << q.value(0).toString();
        if (q.lastError().type() != QSqlError::NoError)
            return q.lastError().text();
    }
    QStringList report;
    QSqlQuery q(db.connection());
    for (const QString &table : std::as_const(tables)) {
        if (table.startsWith(QLatin1String("audit_")))
            continue;
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString sql = QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted); // a name from sqlite_master
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report << line;
        }
        if (q.lastError().type() != QSqlError::NoError)
            return q.lastError().text();
    }
    return report.mid(0, 20).join(QLatin1Char('\n'));
}

// wholeOnDemand: the readable tables first (what a read is checked for); then, only if a write asks
// for it before the file is closed, the whole file. False when the whole check is not needed.
bool readableThenOnDemand(const std::shared_ptr<Run> &run, QString *report)
{
    *report = checkReadableTables(run->path);
    if (!report->isEmpty())
        return true;
    QMutexLocker lock(&run->mutex);
    run->readablePassed = true;
    run->finished.wakeAll();
    while (!run->demanded && !run->closing)
        run->finished.wait(&run->mutex);
    if (!run->demanded)
        return false;
    lock.unlock();
    *report = DeferredChecks::run(run->path).damage;
    return true;
}

void check(const std::shared_ptr<Run> &run)
{
    QString report;
    if (run->wholeOnDemand) {
        if (!readableThenOnDemand(run, &report)) {
            const QMutexLocker lock(&run->mutex);
            run->done = true;
            run->finished.wakeAll();
            return; // closed without a write: the gate is released by closed()
        }
    } else {
        report = run->holdsWrites ? DeferredChecks::run(run->path).damage : checkReadableTables(run->path);
    }
    const QString message = report.isEmpty() ? QString() : DeferredChecks::damageMessage(run->path, report);
    if (run->holdsWrites) {
        if (message.isEmpty())
            WriteGate::release(run->path);
        else
            WriteGate::refuse(run->path, message);
    }
    const QMutexLocker lock(&run->mutex);
    run->damage = message;
    run->done = true;
    run->finished.wakeAll();
}
} // namespace

void OverlappedCheck::request(const Database *db, bool wholeFileOnlyToWrite)
{
    const QMutexLocker lock(&registryMutex());
    requests().insert(db);
    if (wholeFileOnlyToWrite)
        wholeOnlyToWrite().insert(db);
    else
        wholeOnlyToWrite().remove(db);
}

bool OverlappedCheck::takeRequest(const Database *db)
{
    const QMutexLocker lock(&registryMutex());
    if (!requests().contains(db))
        wholeOnlyToWrite().remove(db);
    return requests().remove(db);
}

void OverlappedCheck::start(const Database *db, bool holdWrites)
{
    auto run = std::make_shared<Run>();
    run->path = db->path();
    run->holdsWrites = holdWrites;
    {
        const QMutexLocker lock(&registryMutex());
        run->wholeOnDemand = holdWrites && wholeOnlyToWrite().remove(db);
    }
    if (run->wholeOnDemand) {
        const std::weak_ptr<Run> weak = run;
        WriteGate::holdUntilDemanded(run->path, [weak] {
            if (const std::shared_ptr<Run> r = weak.lock()) {
                const QMutexLocker lock(&r->mutex);
                r->demanded = true;
                r->finished.wakeAll();
            }
        });
    } else if (holdWrites) {
        WriteGate::hold(run->path, false); // the CLI's own thread waits too
    }
    run->thread.reset(QThread::create([run] { check(run); }));
    {
        const QMutexLocker lock(&registryMutex());
        runs().insert(db, run);
    }
    run->thread->start();
}

QString OverlappedCheck::await(const Database *db)
{
    const std::shared_ptr<Run> run = runOf(db);
    if (!run)
        return QString();
    const QMutexLocker lock(&run->mutex);
    while (!run->done && !(run->readablePassed && !run->demanded))
        run->finished.wait(&run->mutex);
    return run->damage;
}

void OverlappedCheck::closed(const Database *db)
{
    std::shared_ptr<Run> run;
    {
        const QMutexLocker lock(&registryMutex());
        requests().remove(db);
        run = runs().take(db);
    }
    if (!run)
        return;
    {
        const QMutexLocker lock(&run->mutex);
        run->closing = true;
        run->finished.wakeAll();
    }
    run->thread->wait();
    if (run->holdsWrites)
        WriteGate::release(run->path); // held or refused only while this open lasted
}
