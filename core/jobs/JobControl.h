#pragma once
#include <QAtomicInt>
#include <QCoreApplication>
#include <QString>

// What a long job (import, export, print, backup, recompute) sees of the worker that runs it: it
// reports progress and asks whether the clerk pressed Cancel. Thread-safe: the job calls it on the
// worker thread, the window reads it on the UI thread (JobRunner forwards it as signals).
//
// While a job runs on a thread, JobControl::current() is its control, so code deep inside the job
// (a repository's row loop, Transaction::commit) can honour Cancel without a parameter: a canceled
// job's transaction is never committed, so Cancel leaves nothing half-done.
class JobControl
{
    Q_DECLARE_TR_FUNCTIONS(JobControl)

public:
    virtual ~JobControl() = default;

    // A stage with `total` steps (0: unknown, the dialog shows a busy bar) and its label.
    virtual void setStage(const QString &label, int total) = 0;
    // Steps done in the current stage.
    virtual void setDone(int done) = 0;
    virtual bool isCanceled() const = 0;

    // The control of the job running on this thread (nullptr outside a job).
    static JobControl *current();
    // Cancel requested for the job on this thread (false outside a job).
    static bool canceledHere();
    // Reports progress of the job on this thread, if any (cheap: call it per row).
    static void reportHere(int done);
    // The error text a job returns when it stopped because of Cancel.
    static QString canceledText();

    // Installs a control for the current thread for its lifetime (used by JobRunner and tests).
    class Scope
    {
    public:
        explicit Scope(JobControl *control);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JobControl *m_previous;
    };
};

// A JobControl that only counts: for running a job synchronously (CLI, tests) or as the shared state
// between a worker and the window.
class AtomicJobControl : public JobControl
{
public:
    void setStage(const QString &label, int total) override;
    void setDone(int done) override { m_done.storeRelaxed(done); }
    bool isCanceled() const override { return m_canceled.loadRelaxed() != 0; }
    void cancel() { m_canceled.storeRelaxed(1); }
    // Back to a fresh state (no stage, not canceled) before the next job.
    void reset();

    QString stage() const;
    int total() const { return m_total.loadRelaxed(); }
    int done() const { return m_done.loadRelaxed(); }
    // Increases each time the stage changes (the window re-reads the label then).
    int stageSerial() const { return m_serial.loadAcquire(); }

private:
    mutable QAtomicInt m_lock; // guards m_stage (tiny spin lock: written a few times per job)
    QString m_stage;
    QAtomicInt m_total, m_done, m_canceled, m_serial;
};
