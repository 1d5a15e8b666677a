#include "storage/VerdictRecompute.h"

#include "storage/SqlDialect.h"

#include "storage/Transaction.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictReplacement.h"
#include "storage/VerdictSlices.h"
#include "storage/VerdictStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>


using namespace VerdictSlices;

namespace {
bool trace()
{
    return qEnvironmentVariableIsSet("CEHOURS_VERDICT_TRACE");
}
} // namespace

VerdictRecompute::VerdictRecompute(QSqlDatabase db, const RuleSetRegistry &registry) : m_db(std::move(db)), m_registry(registry)
{
}

int VerdictRecompute::workerCount() const
{
    return isMemory(m_db) ? 1 : (m_workers > 0 ? m_workers : qMax(1, QThread::idealThreadCount()));
}

bool VerdictRecompute::run(int year, QString *error)
{
    m_figures = Figures();
    m_timer.start();
    // An SQLite file: computed first and compared with the stored rows, written only where they differ
    // (VerdictRecompute.h). In memory or on a server: everything under the write lock, as always.
    if (isMemory(m_db) || SqlDialect::isPostgres(m_db))
        return runLocked(year, error);
    const Outcome outcome = runCompared(year, error);
    if (outcome == Outcome::Retry) {
        m_cancelled = false;
        return runLocked(year, error);
    }
    return outcome == Outcome::Done;
}

bool VerdictRecompute::runLocked(int year, QString *error)
{
    // The write lock first: what the workers read is then exactly what the transaction replaces.
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    QString why;
    if (!replaceAll(year, error, &why))
        return false;
    if (!tx.commit())
        return fail(error, tr("Cannot store the recomputed verdicts: %1").arg(why.isEmpty() ? tx.errorString() : why));
    m_figures.seconds = m_timer.nsecsElapsed() / 1e9;
    return true;
}

bool VerdictRecompute::fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool VerdictRecompute::cancelledNow(const std::atomic<int> &done, int people)
{
    if (m_progress && !m_progress(done.load(), people))
        m_cancelled = true;
    return m_cancelled.load();
}

bool VerdictRecompute::awaitSlice(Slice &slice, QSemaphore *finished, const std::atomic<int> &done, int people)
{
    while (!slice.finished.loadAcquire()) {
        finished->tryAcquire(1, 20);
        if (cancelledNow(done, people))
            return false;
    }
    return true;
}

QString VerdictRecompute::cancelledText()
{
    return tr("Recompute cancelled; the stored verdicts were not changed");
}

bool VerdictRecompute::replaceAll(int year, QString *error, QString *why)
{
    Input input;
    input.unitRuleSets = VerdictComputer::unitRuleSets(m_db);
    // Workers open their own connections: read-only SQLite connections on the file, or connections
    // to the same server database (which see what is committed: the write lock held by the caller keeps
    // every other writer out until this transaction ends).
    const bool parallel = !isMemory(m_db);
    const WorkerConnection connection = WorkerConnection::of(m_db);
    const int workers = workerCount();
    int people = 0;
    // More slices than workers keeps the threads busy to the end.
    QList<Slice> parts = slices(m_db, parallel ? workers * 4 : 1, &people, &input.staffUnits);
    std::atomic<int> done{0};
    // The old rows go first; each slice's rows are then written (in staff order) as soon as it is
    // computed, while the workers go on with the next slices (WAL: their read snapshots do not see
    // this transaction's writes). A cancel or a failure rolls everything back.
    VerdictReplacement replacement(m_db);
    if (!replacement.begin(year, expectedRows(m_db, year, people), why))
        return fail(error, tr("Cannot store the recomputed verdicts: %1").arg(*why));
    qint64 computeWait = 0;
    int written = 0;
    auto store = [&](Slice &s) {
        if (!s.ok)
            return fail(error, tr("Cannot recompute the verdicts: %1").arg(s.error));
        if (!replacement.append(s.rows, why))
            return fail(error, tr("Cannot store the recomputed verdicts: %1").arg(*why));
        written += int(s.rows.size());
        s.rows = QList<PersonYearVerdict>();
        return true;
    };
    if (parallel) {
        QSemaphore finished;
        QThreadPool pool;   // destroyed (waiting for its threads) before the slices and the input
        pool.setMaxThreadCount(workers);
        QList<QFuture<void>> futures;
        for (Slice &s : parts)
            futures << QtConcurrent::run(&pool, computeSliceOwnConnection, &s, std::cref(connection), year, std::cref(input), std::cref(m_registry),
                              &m_cancelled, &done, &finished);
        for (Slice &s : parts) {
            QElapsedTimer wait;
            wait.start();
            if (!awaitSlice(s, &finished, done, people))
                return fail(error, cancelledText());
            computeWait += wait.elapsed();
            if (!s.ok)
                m_cancelled = true;   // the other workers stop early
            if (!store(s)) {
                m_cancelled = true;
                return false;
            }
        }
    } else {
        for (Slice &s : parts) {
            computeSlice(&s, m_db, year, input, m_registry, &m_cancelled, &done);
            if (cancelledNow(done, people))
                return fail(error, cancelledText());
            if (!store(s))
                return false;
        }
    }
    if (cancelledNow(done, people))
        return fail(error, cancelledText());
    const qint64 computed = m_timer.elapsed();
    if (!replacement.finish(why))
        return fail(error, tr("Cannot store the recomputed verdicts: %1").arg(*why));
    if (trace())
        qInfo("recompute (under the write lock): slices computed and written %lld ms (waiting for workers %lld ms), indexes %lld ms",
              computed, computeWait, m_timer.elapsed());
    m_figures.personYears = written;
    m_figures.people = people;
    m_figures.workers = workers;
    return true;
}
bool VerdictRecompute::ensureCurrent(QSqlDatabase db, QString *error, bool *recomputed)
{
    if (recomputed)
        *recomputed = false;
    VerdictStore store(db);
    if (!store.available())
        return true;
    if (store.dirtyCount() > 0) {
        // Marks left by a write outside a Transaction: recompute them now (commit flushes them).
        Transaction tx(db);
        if (!tx.isActive() || !tx.commit()) {
            if (error)
                *error = tx.errorString();
            return false;
        }
    }
    if (store.staleReason().isEmpty())
        return true;
    VerdictRecompute job(db);
    if (!job.run(0, error))
        return false;
    if (recomputed)
        *recomputed = true;
    return true;
}
