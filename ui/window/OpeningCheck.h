#pragma once
#include "storage/DeferredChecks.h"

#include <QObject>
#include <QPointer>

class AppContext;
class JobRunner;
class QLabel;
class QMainWindow;
class QThread;
class QToolBar;

// The GUI's deferred opening check (docs/reliability-db.md): the window is painted first; then a
// worker with its own read-only connection runs PRAGMA quick_check and asks whether the stored
// verdicts are current (DeferredChecks::run). Meanwhile a banner says so and every write is held
// (WriteGate: a clerk's save is refused with a clear message, a worker's waits).
//  - damaged: writes refused for good, the banner turns red, a message names the latest backup;
//  - stale verdicts (the rules changed): recomputed in full in a worker behind a modal progress
//    dialog (JobDialog), so no stale verdict can be acted on; then every view reloads;
//  - then the daily backup (when asked) runs in a worker, after the check, never of a damaged file.
class OpeningCheck : public QObject
{
    Q_OBJECT
public:
    enum class State { Checking, Recomputing, Passed, Damaged };

    OpeningCheck(AppContext *context, QMainWindow *window);
    ~OpeningCheck() override; // waits for the check's worker

    void start();
    State state() const { return m_state; }
    void setDailyBackup(bool on) { m_dailyBackup = on; }

signals:
    void settled(OpeningCheck::State state);

private:
    void checked();
    void recompute(const QString &why);
    void backupIfDue();
    void setBanner(const QString &text, const QString &style);

    AppContext *m_context;
    QMainWindow *m_window;
    QToolBar *m_bar;
    QLabel *m_banner;
    QPointer<QThread> m_thread;
    JobRunner *m_backup = nullptr;
    DeferredChecks::Result m_result;
    State m_state = State::Checking;
    bool m_dailyBackup = false;
};
