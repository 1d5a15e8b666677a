#pragma once
#include "rules/RuleSetRegistry.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Full recompute of the stored verdicts (every person-year, or one year): only needed when the rules
// change (a rule set's data, i.e. its fingerprint, or the unit's rule set). Takes the write lock first
// (BEGIN IMMEDIATE: nobody writes meanwhile), reads in parallel (QtConcurrent, people split in ranges,
// one read connection per worker), then replaces the rows and commits in that one transaction.
// Cancel (the flag, or the progress callback returning false): nothing is written. Runs in any thread
// (the GUI runs it in a worker); the connection passed must belong to that thread.
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
    QSqlDatabase m_db;
    const RuleSetRegistry &m_registry;
    Progress m_progress;
    int m_workers = 0;
    std::atomic<bool> m_cancelled{false};
    Figures m_figures;
};
