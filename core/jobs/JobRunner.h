#pragma once
#include "jobs/Job.h"

#include <QObject>
#include <QPointer>

class QThread;

// Runs one Job at a time on its own QThread with its own Database connection (Database::open of the
// same file under a unique connection name), so the window keeps processing events. Core only: the
// progress dialog (ui/widgets/JobDialog) polls control() and calls cancel().
//
// While a Job::Access::Writes job runs, writesInProgress() is true and a Transaction begun on any other
// connection of this process is refused at once with a clear message (SQLite has one writer; waiting
// for the lock on the UI thread would freeze the window).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { NotRun, Running, Done, Canceled, Failed };

    explicit JobRunner(const QString &databasePath, QObject *parent = nullptr);
    ~JobRunner() override; // cancels a running job and waits for it

    // False when a job is already running here.
    bool start(Job job);
    void cancel();
    bool isRunning() const { return m_outcome == Outcome::Running; }
    // Blocks until the running job has finished (events of this thread are not processed).
    void wait();

    const AtomicJobControl &control() const { return m_control; }
    Outcome outcome() const { return m_outcome; }
    QString errorString() const { return m_error; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Runs a job on the calling thread with the given connection (CLI, tests, benchmarks).
    static Outcome runHere(const Job &job, QSqlDatabase db, JobControl &control, QString *error);
    // A write job of this process is running on some worker.
    static bool writesInProgress();

signals:
    void finished(JobRunner::Outcome outcome);

private:
    void work(const Job &job);
    void done();

    QString m_path;
    AtomicJobControl m_control;
    QPointer<QThread> m_thread;
    Outcome m_outcome = Outcome::NotRun;
    bool m_workOk = false;
    bool m_writes = false;
    QString m_error;
    qint64 m_elapsedMs = 0;
};
