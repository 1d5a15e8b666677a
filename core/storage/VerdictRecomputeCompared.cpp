// VerdictRecompute on an SQLite file: computed without the lock, compared with the stored rows slice by
// slice, written only where they differ (VerdictRecompute.h).
#include "storage/VerdictRecompute.h"

#include "storage/Transaction.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictReplacement.h"
#include "storage/VerdictRowWriter.h"
#include "storage/VerdictSlices.h"

#include <QFuture>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace VerdictSlices;

namespace {
qint64 dataVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 countOf(QSqlDatabase db, const QString &table, int year)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ? = 0 OR year = ?"); // a constant table name
    q.prepare(sql);
    q.addBindValue(year);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// The writes once the first slice that differs was found, inside the write transaction: every slice
// (the old rows deleted first, the bulk measures of VerdictReplacement) when it was the first slice,
// else each differing slice's rows replaced.
class SliceWriter
{
public:
    explicit SliceWriter(QSqlDatabase db) : m_db(db), m_rows(db) {}
    bool begin(bool everySlice, int year, qsizetype expectedRows, QString *why)
    {
        m_everySlice = everySlice;
        m_year = year;
        if (!everySlice)
            return true;
        m_replacement.emplace(m_db);
        return m_replacement->begin(year, expectedRows, why);
    }
    bool write(const Slice &s, QString *why)
    {
        if (m_everySlice)
            return m_replacement->append(s.rows, why);
        if (!s.changed)
            return true;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM person_year_verdict WHERE staff_id BETWEEN ? AND ? AND (? = 0 OR year = ?)"));
        q.addBindValue(s.from);
        q.addBindValue(s.to);
        q.addBindValue(m_year);
        q.addBindValue(m_year);
        if (!q.exec()) {
            *why = q.lastError().text();
            return false;
        }
        return m_rows.write(s.rows, why);
    }
    bool finish(QString *why) { return !m_everySlice || m_replacement->finish(why); }

private:
    QSqlDatabase m_db;
    VerdictRowWriter m_rows;
    std::optional<VerdictReplacement> m_replacement;
    bool m_everySlice = false;
    int m_year = 0;
};
} // namespace

VerdictRecompute::Outcome VerdictRecompute::runCompared(int year, QString *error)
{
    // Commits by others from here on send it back under the lock (checked when it writes, or at the end).
    const qint64 version = dataVersion(m_db);
    if (version < 0 || countOf(m_db, QStringLiteral("person_year_dirty"), year) != 0)
        return Outcome::Retry; // marks left by a write outside a Transaction: replaced (and cleared) in full
    Input input;
    input.unitRuleSets = VerdictComputer::unitRuleSets(m_db);
    const WorkerConnection connection = WorkerConnection::of(m_db);
    const int workers = workerCount();
    int people = 0;
    QList<Slice> parts = slices(m_db, workers * 4, &people, &input.staffUnits);
    const qint64 storedTotal = countOf(m_db, QStringLiteral("person_year_verdict"), year);
    for (Slice &s : parts)
        s.compare = true;
    std::atomic<int> done{0};
    std::optional<Transaction> tx;   // begun at the first slice that differs
    SliceWriter writer(m_db);
    QString why;
    qsizetype storedSeen = 0;
    int computed = 0, changed = 0;
    Outcome outcome = Outcome::Done;
    auto stop = [&](Outcome o, const QString &text) {
        m_cancelled = true; // the other workers stop early
        if (o == Outcome::Failed)
            fail(error, text);
        outcome = o;
    };
    {
        QSemaphore finished;
        QThreadPool pool;   // destroyed (waiting for its threads) before the slices, the input and tx
        pool.setMaxThreadCount(workers);
        QList<QFuture<void>> futures;
        for (Slice &s : parts)
            futures << QtConcurrent::run(&pool, computeSliceOwnConnection, &s, std::cref(connection), year, std::cref(input), std::cref(m_registry),
                              &m_cancelled, &done, &finished);
        for (int i = 0; i < parts.size() && outcome == Outcome::Done; ++i) {
            Slice &s = parts[i];
            if (!awaitSlice(s, &finished, done, people)) {
                stop(Outcome::Failed, cancelledText());
                break;
            }
            if (!s.ok) {
                stop(Outcome::Failed, tr("Cannot recompute the verdicts: %1").arg(s.error));
                break;
            }
            storedSeen += s.storedRows;
            computed += int(s.rows.size());
            changed += s.changed ? 1 : 0;
            if (s.changed && !tx) {
                tx.emplace(m_db);   // waits for the whole-file check (WriteGate), then the write lock
                if (!tx->isActive())
                    stop(Outcome::Failed, tx->errorString());
                else if (dataVersion(m_db) != version)
                    stop(Outcome::Retry, QString()); // committed meanwhile: what was read may be old
                else if (!writer.begin(i == 0, year, expectedRows(m_db, year, people), &why))
                    stop(Outcome::Failed, tr("Cannot store the recomputed verdicts: %1").arg(why));
            }
            if (outcome == Outcome::Done && tx && !writer.write(s, &why))
                stop(Outcome::Failed, tr("Cannot store the recomputed verdicts: %1").arg(why));
            s.rows = QList<PersonYearVerdict>();
        }
    }
    if (outcome != Outcome::Done)
        return outcome; // tx (if any) rolls back
    if (cancelledNow(done, people)) {
        fail(error, cancelledText());
        return Outcome::Failed;
    }
    if (storedSeen != storedTotal)
        return Outcome::Retry; // stored rows outside every slice's range: replaced in full
    if (!tx) {
        if (dataVersion(m_db) != version)
            return Outcome::Retry;
    } else if (!writer.finish(&why) || !tx->commit()) {
        fail(error, tr("Cannot store the recomputed verdicts: %1").arg(why.isEmpty() ? tx->errorString() : why));
        return Outcome::Failed;
    }
    if (qEnvironmentVariableIsSet("CEHOURS_VERDICT_TRACE"))
        qInfo("recompute (compared first): %d of %d slices differed, %lld ms", changed, int(parts.size()), qint64(m_timer.elapsed()));
    m_figures.personYears = computed;
    m_figures.people = people;
    m_figures.workers = workers;
    m_figures.changedSlices = changed;
    m_figures.slices = int(parts.size());
    m_figures.seconds = m_timer.nsecsElapsed() / 1e9;
    return Outcome::Done;
}
