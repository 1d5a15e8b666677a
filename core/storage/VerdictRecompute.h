#pragma once
#include "rules/RuleSetRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Full recompute of the stored verdicts (every person-year, or one year): only needed when the rules
// change (a rule set's data, i.e. its fingerprint, or the unit's rule set). Takes the write lock first
// (BEGIN IMMEDIATE: nobody writes meanwhile), reads in parallel (QtConcurrent, people split in ranges,
// one read connection per worker), then replaces the rows and commits in that one transaction.
// Cancel (the flag, or the progress callback returning false): nothing is written. Runs in any thread
// (the GUI runs it in a worker); the connection passed must belong to that thread.
//
// On an SQLite file (issue 14, rec15) it computes first, without the lock, and compares each slice of
// people with its stored rows: when every stored row is already exactly what it computed, it writes
// nothing (so it takes no lock and no whole-file check: OverlappedCheck). Otherwise it takes the write
// lock (waiting for the check) and, if no other connection committed since it started (PRAGMA
// data_version), writes the slices that differ: all of them, as above, when the first one does, else
// each differing slice's rows replaced; if something was committed meanwhile it starts again under the
// lock. The stored table ends the same either way.
namespace VerdictSlices {
struct Slice;
}
class QSemaphore;

class VerdictRecompute
{
    Q_DECLARE_TR_FUNCTIONS(VerdictRecompute)
public:
    struct Figures
    {
        int personYears = 0;
        int people = 0;
        int workers = 0;
        double seconds = 0;
        int changedSlices = -1; // compared slices whose stored rows differed (-1: not compared)
        int slices = 0;
    };
    // Progress: people done of total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit VerdictRecompute(QSqlDatabase db, const RuleSetRegistry &registry = RuleSetRegistry::embedded());
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setWorkers(int workers) { m_workers = workers; }   // 0 = QThread::idealThreadCount()
    void cancel() { m_cancelled = true; }

    bool run(int year, QString *error);   // year 0 = every year
    bool wasCancelled() const { return m_cancelled; }
    Figures figures() const { return m_figures; }

    // Recomputes in full when the stored verdicts are stale (VerdictStore::staleReason); else nothing.
    static bool ensureCurrent(QSqlDatabase db, QString *error, bool *recomputed = nullptr);

private:
    enum class Outcome { Done, Failed, Retry };
    bool runLocked(int year, QString *error);
    Outcome runCompared(int year, QString *error);
    bool replaceAll(int year, QString *error, QString *why);   // inside the caller's write transaction
    bool awaitSlice(VerdictSlices::Slice &slice, QSemaphore *finished, const std::atomic<int> &done, int people);
    bool cancelledNow(const std::atomic<int> &done, int people);
    int workerCount() const;
    static bool fail(QString *error, const QString &why);
    static QString cancelledText();
    QElapsedTimer m_timer;
    QSqlDatabase m_db;
    const RuleSetRegistry &m_registry;
    Progress m_progress;
    int m_workers = 0;
    std::atomic<bool> m_cancelled{false};
    Figures m_figures;
};
