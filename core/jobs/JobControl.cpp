#include "jobs/JobControl.h"

#include <QThread>

namespace {
thread_local JobControl *t_current = nullptr;

class SpinGuard
{
public:
    explicit SpinGuard(QAtomicInt &lock) : m_lock(lock)
    {
        while (!m_lock.testAndSetAcquire(0, 1))
            QThread::yieldCurrentThread();
    }
    ~SpinGuard() { m_lock.storeRelease(0); }

private:
    QAtomicInt &m_lock;
};
} // namespace

JobControl *JobControl::current()
{
    return t_current;
}

bool JobControl::canceledHere()
{
    return t_current && t_current->isCanceled();
}

void JobControl::reportHere(int done)
{
    if (t_current)
        t_current->setDone(done);
}

QString JobControl::canceledText()
{
    return tr("Canceled: nothing was changed.");
}

JobControl::Scope::Scope(JobControl *control) : m_previous(t_current)
{
    t_current = control;
}

JobControl::Scope::~Scope()
{
    t_current = m_previous;
}

void AtomicJobControl::setStage(const QString &label, int total)
{
    {
        SpinGuard guard(m_lock);
        m_stage = label;
    }
    m_total.storeRelaxed(total);
    m_done.storeRelaxed(0);
    m_serial.fetchAndAddRelease(1);
}

QString AtomicJobControl::stage() const
{
    SpinGuard guard(m_lock);
    return m_stage;
}

void AtomicJobControl::reset()
{
    setStage(QString(), 0);
    m_canceled.storeRelaxed(0);
}
