#pragma once
#include <QCoreApplication>
#include <QString>

#include <functional>

// Holds every write to one database file of this process until the file's deferred opening check
// (PRAGMA quick_check, run by the GUI in a worker after the window is painted) has passed; refuses
// every write for good when it failed (a damaged file is never written). Keyed by the file's absolute
// path; a file never held is always open. Transaction::begin asks it before BEGIN IMMEDIATE.
class WriteGate
{
    Q_DECLARE_TR_FUNCTIONS(WriteGate)
public:
    // The check is running. refuseOnGuiThread: the app's (a clerk's save is refused at once rather than
    // freezing the window); the CLI holds with false, so its main thread waits like a worker.
    static void hold(const QString &path, bool refuseOnGuiThread = true);
    // Held as by hold(false) while a check that must pass before any write has not even started: the
    // first admit() that would wait calls onDemand (once, with the gate's lock held: it must not call
    // WriteGate) so that the check starts; until then nobody is kept waiting (OverlappedCheck's
    // recompute: a recompute that changes nothing writes nothing).
    static void holdUntilDemanded(const QString &path, std::function<void()> onDemand);
    static void release(const QString &path);                    // passed: writes go on
    static void refuse(const QString &path, const QString &why); // failed: every write refused with why
    static bool isHeld(const QString &path);

    // Empty when writes may go on. While the check runs: on the GUI thread (a clerk's save) a clear
    // refusal at once when held so; on any other thread (a worker's job) it waits for the verdict, at most
    // maxWaitSeconds. After a failed check: the failure's text.
    static QString admit(const QString &path, int maxWaitSeconds);
};
