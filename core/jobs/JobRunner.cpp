#include "jobs/JobRunner.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QThread>

namespace {
QAtomicInt s_writers;

JobRunner::Outcome outcomeOf(bool ok, const JobControl &control)
{
    if (ok)
        return JobRunner::Outcome::Done; // finished whole before Cancel could stop it
    return control.isCanceled() ? JobRunner::Outcome::Canceled : JobRunner::Outcome::Failed;
}
} // namespace

JobRunner::JobRunner(const QString &databasePath, QObject *parent) : QObject(parent), m_path(databasePath)
{
}

JobRunner::~JobRunner()
{
    cancel();
    wait();
}

bool JobRunner::writesInProgress()
{
    return s_writers.loadAcquire() > 0;
}

JobRunner::Outcome JobRunner::runHere(const Job &job, QSqlDatabase db, JobControl &control, QString *error)
{
    const JobControl::Scope scope(&control);
    QString message;
    const bool ok = job.run && job.run(db, control, &message);
    const Outcome outcome = outcomeOf(ok, control);
    if (error)
        *error = outcome == Outcome::Canceled ? JobControl::canceledText() : message;
    return outcome;
}

bool JobRunner::start(Job job)
{
    if (isRunning())
        return false;
    m_control.reset();
    m_outcome = Outcome::Running;
    m_error.clear();
    m_writes = job.access == Job::Access::Writes;
    if (m_writes)
        s_writers.ref();
    m_thread = QThread::create([this, job] { work(job); });
    m_thread->setObjectName(QStringLiteral("cehours-job"));
    connect(m_thread, &QThread::finished, this, &JobRunner::done);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void JobRunner::work(const Job &job)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    bool ok = false;
    if (job.access == Job::Access::NoDatabase) {
        ok = runHere(job, QSqlDatabase(), m_control, &error) == Outcome::Done;
    } else {
        Database db; // its own connection name, opened and closed on this thread
        db.setInspectOnly(true); // the window's open already checked the file
        if (db.open(m_path, job.access == Job::Access::Writes ? Database::Mode::Existing : Database::Mode::ReadOnly))
            ok = runHere(job, db.connection(), m_control, &error) == Outcome::Done;
        else
            error = db.errorString();
    }
    // Read by done() on the runner's thread after QThread::finished (the thread's end orders it).
    m_workOk = ok;
    m_error = error;
    m_elapsedMs = clock.elapsed();
}

void JobRunner::done()
{
    if (!isRunning())
        return; // wait() settled it already
    if (m_writes)
        s_writers.deref();
    m_writes = false;
    m_outcome = outcomeOf(m_workOk, m_control);
    if (m_outcome == Outcome::Canceled)
        m_error = JobControl::canceledText();
    emit finished(m_outcome);
}

void JobRunner::cancel()
{
    if (isRunning())
        m_control.cancel();
}

void JobRunner::wait()
{
    if (m_thread)
        m_thread->wait();
    if (isRunning())
        done(); // the finished signal may still be queued: settle now
}
