#include "storage/VerdictRecompute.h"

#include "storage/SqlDialect.h"

#include "storage/Transaction.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Slice
{
    qint64 from = 0;   // staff ids from..to inclusive
    qint64 to = 0;
    QList<PersonYearVerdict> rows;
    QString error;
    bool ok = false;
};

bool isMemory(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:") || name.contains(QLatin1String("mode=memory"));
}

// Staff ids cut into `parts` ranges of about the same number of people.
QList<Slice> slices(QSqlDatabase db, int parts, int *people)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM staff ORDER BY id"))) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    *people = int(ids.size());
    QList<Slice> out;
    if (ids.isEmpty())
        return out;
    parts = qMax(1, qMin(parts, int(ids.size())));
    for (int i = 0; i < parts; ++i) {
        const int first = int(qint64(ids.size()) * i / parts);
        const int last = int(qint64(ids.size()) * (i + 1) / parts) - 1;
        Slice s;
        s.from = ids.at(first);
        s.to = ids.at(last);
        out << s;
    }
    return out;
}

const QString kSliceQuery = QStringLiteral(" FROM activity a JOIN staff s ON s.id = a.staff_id"
                                           " WHERE a.staff_id BETWEEN ? AND ? AND (? = 0 OR a.year = ?)");

void computeSlice(Slice *slice, QSqlDatabase db, int year, const QHash<qint64, QString> &units, const RuleSetRegistry &registry,
                  const std::atomic<bool> *cancelled, std::atomic<int> *done)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + VerdictComputer::columns(SqlDialect::of(db)) + kSliceQuery + VerdictComputer::orderBy(); // constants
    q.prepare(sql);
    q.addBindValue(slice->from);
    q.addBindValue(slice->to);
    q.addBindValue(year);
    q.addBindValue(year);
    if (!q.exec()) {
        slice->error = q.lastError().text();
        return;
    }
    VerdictComputer computer(units, registry);
    slice->ok = computer.run(q, &slice->rows, cancelled, done);
    if (!slice->ok && !cancelled->load())
        slice->error = q.lastError().text();
}

// Computes one slice on a connection of its own (opened and closed in the worker thread).
void computeSliceOwnConnection(Slice *slice, const QString &path, int year, const QHash<qint64, QString> &units,
                               const RuleSetRegistry &registry, const std::atomic<bool> *cancelled, std::atomic<int> *done)
{
    const QString name = QStringLiteral("cehours-verdict-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            slice->error = db.lastError().text();
        else
            computeSlice(slice, db, year, units, registry, cancelled, done);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

VerdictRecompute::VerdictRecompute(QSqlDatabase db, const RuleSetRegistry &registry) : m_db(std::move(db)), m_registry(registry)
{
}

bool VerdictRecompute::run(int year, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    m_figures = Figures();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // The write lock first: what the workers read is then exactly what the transaction replaces.
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    const QHash<qint64, QString> units = VerdictComputer::unitRuleSets(m_db);
    // Workers open their own SQLite connections on the file; a server database computes on this one.
    const bool parallel = !isMemory(m_db) && !SqlDialect::isPostgres(m_db);
    const int workers = parallel ? (m_workers > 0 ? m_workers : qMax(1, QThread::idealThreadCount())) : 1;
    int people = 0;
    // More slices than workers keeps the threads busy to the end.
    QList<Slice> parts = slices(m_db, parallel ? workers * 4 : 1, &people);
    std::atomic<int> done{0};
    if (parallel) {
        QThreadPool pool;
        pool.setMaxThreadCount(workers);
        QList<QFuture<void>> futures;
        for (Slice &s : parts)
            futures << QtConcurrent::run(&pool, computeSliceOwnConnection, &s, m_db.databaseName(), year, units, std::cref(m_registry), &m_cancelled, &done);
        for (QFuture<void> &f : futures) {
            while (!f.isFinished()) {
                if (m_progress && !m_progress(done.load(), people))
                    m_cancelled = true;
                QThread::msleep(10);
            }
        }
    } else {
        for (Slice &s : parts)
            computeSlice(&s, m_db, year, units, m_registry, &m_cancelled, &done);
    }
    if (m_cancelled || (m_progress && !m_progress(done.load(), people))) {
        m_cancelled = true;
        return fail(tr("Recompute cancelled; the stored verdicts were not changed"));
    }
    QList<PersonYearVerdict> rows;
    for (const Slice &s : parts) {
        if (!s.ok)
            return fail(tr("Cannot recompute the verdicts: %1").arg(s.error));
        rows += s.rows;
    }
    const qint64 computed = timer.elapsed();
    QString why;
    const bool replaced = VerdictStore(m_db, m_registry).replace(year, rows, &why);
    const qint64 written = timer.elapsed();
    const bool committed = replaced && tx.commit();
    if (qEnvironmentVariableIsSet("CEHOURS_VERDICT_TRACE"))
        qInfo("recompute: computed %lld ms, written %lld ms, committed %lld ms", computed, written, timer.elapsed());
    if (!committed)
        return fail(tr("Cannot store the recomputed verdicts: %1").arg(why.isEmpty() ? tx.errorString() : why));
    m_figures.personYears = int(rows.size());
    m_figures.people = people;
    m_figures.workers = workers;
    m_figures.seconds = timer.nsecsElapsed() / 1e9;
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
