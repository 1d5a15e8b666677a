#include "storage/OverlappedCheck.h"

#include "storage/Database.h"
#include "storage/DeferredChecks.h"
#include "storage/WriteGate.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QWaitCondition>
#include <memory>

namespace {
struct Run
{
    QString path;
    bool holdsWrites = false;
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

void check(const std::shared_ptr<Run> &run)
{
    const QString report = DeferredChecks::run(run->path).damage;
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

void OverlappedCheck::request(const Database *db)
{
    const QMutexLocker lock(&registryMutex());
    requests().insert(db);
}

bool OverlappedCheck::takeRequest(const Database *db)
{
    const QMutexLocker lock(&registryMutex());
    return requests().remove(db);
}

void OverlappedCheck::start(const Database *db, bool holdWrites)
{
    auto run = std::make_shared<Run>();
    run->path = db->path();
    run->holdsWrites = holdWrites;
    if (holdWrites)
        WriteGate::hold(run->path, false); // the CLI's own thread waits too
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
    while (!run->done)
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
    run->thread->wait();
    if (run->holdsWrites)
        WriteGate::release(run->path); // held or refused only while this open lasted
}
