#include "storage/WriteGate.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <utility>

namespace {
struct State
{
    bool held = false;
    QString refusal;
    bool refuseOnGuiThread = true;
    std::function<void()> onDemand; // holdUntilDemanded: called by the first writer that waits
};

QMutex &gateMutex()
{
    static QMutex mutex;
    return mutex;
}
QWaitCondition &gateChanged()
{
    static QWaitCondition condition;
    return condition;
}
QHash<QString, State> &states()
{
    static QHash<QString, State> map;
    return map;
}
QString keyOf(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}
} // namespace

void WriteGate::hold(const QString &path, bool refuseOnGuiThread)
{
    const QMutexLocker lock(&gateMutex());
    states()[keyOf(path)] = State{true, QString(), refuseOnGuiThread, {}};
}

void WriteGate::holdUntilDemanded(const QString &path, std::function<void()> onDemand)
{
    const QMutexLocker lock(&gateMutex());
    states()[keyOf(path)] = State{true, QString(), false, std::move(onDemand)};
}

void WriteGate::release(const QString &path)
{
    const QMutexLocker lock(&gateMutex());
    states().remove(keyOf(path));
    gateChanged().wakeAll();
}

void WriteGate::refuse(const QString &path, const QString &why)
{
    const QMutexLocker lock(&gateMutex());
    states()[keyOf(path)] = State{false, why, true, {}};
    gateChanged().wakeAll();
}

bool WriteGate::isHeld(const QString &path)
{
    const QMutexLocker lock(&gateMutex());
    return states().value(keyOf(path)).held;
}

QString WriteGate::admit(const QString &path, int maxWaitSeconds)
{
    const QMutexLocker lock(&gateMutex());
    if (states().isEmpty())
        return QString(); // the usual case: nothing held in this process
    const QString key = keyOf(path);
    QDeadlineTimer deadline(qint64(maxWaitSeconds) * 1000);
    for (;;) {
        const auto found = states().find(key);
        if (found == states().end())
            return QString();
        if (!found->held)
            return tr("The database is damaged, so nothing is saved to it: %1").arg(found->refusal);
        if (found->refuseOnGuiThread && onGuiThread())
            return tr("The database file is still being checked (this takes a few seconds after the start); nothing was "
                      "saved. Try again when the check has finished.");
        if (found->onDemand)
            std::exchange(found->onDemand, nullptr)(); // the check starts now
        if (deadline.hasExpired() || !gateChanged().wait(&gateMutex(), deadline))
            return tr("The database file is still being checked; gave up waiting after %1 s").arg(maxWaitSeconds);
    }
}
