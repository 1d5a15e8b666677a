#include "storage/VerdictRecompute.h"

#include "storage/SqlDialect.h"

#include "storage/Transaction.h"
#include "storage/VerdictComputer.h"
#include "storage/VerdictReplacement.h"
#include "storage/VerdictStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
struct Slice
{
    qint64 from = 0;   // staff ids from..to inclusive
    qint64 to = 0;
    QList<PersonYearVerdict> rows;
    QString error;
    bool ok = false;
    QAtomicInt finished;   // set (release) when the worker is done with the slice
};

bool isMemory(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:") || name.contains(QLatin1String("mode=memory"));
}

// Staff ids cut into `parts` ranges of about the same number of people; each person's unit.
QList<Slice> slices(QSqlDatabase db, int parts, int *people, QHash<qint64, qint64> *units)
{
    // One value "id,unit,id,unit,…" (two driver values per person cost 0.2 s at 100,000 staff).
    QList<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const SqlDialect &dialect = SqlDialect::of(db);
    const QString sql = QStringLiteral("SELECT ") + dialect.asBytes(dialect.stringAgg(QStringLiteral("id || ',' || unit_id"), QStringLiteral("','")))
        + QStringLiteral(" FROM staff"); // constant text in the connection's dialect
    if (q.exec(sql) && q.next()) {
        const QByteArray text = q.value(0).toByteArray();
        const char *p = text.constData();
        const char *end = p + text.size();
        auto number = [&p, end] {
            const bool negative = p < end && *p == '-';
            if (negative)
                ++p;
            qint64 v = 0;
            while (p < end && *p >= '0' && *p <= '9')
                v = v * 10 + (*p++ - '0');
            if (p < end && *p == ',')
                ++p;
            return negative ? -v : v;
        };
        while (p < end) {
            const qint64 id = number();
            units->insert(id, number());
            ids << id;
        }
        std::sort(ids.begin(), ids.end());
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

// No join with staff: each person's unit comes from the map read once (Input::staffUnits).
const QString kSliceQuery = QStringLiteral(" FROM activity a WHERE a.staff_id BETWEEN ? AND ? AND (? = 0 OR a.year = ?)");

// What every slice reads: the units' rule sets, each person's unit, the rules.
struct Input
{
    QHash<qint64, QString> unitRuleSets;
    QHash<qint64, qint64> staffUnits;
    mutable VerdictComputer::FingerprintCache fingerprints;
};

void computeSlice(Slice *slice, QSqlDatabase db, int year, const Input &input, const RuleSetRegistry &registry,
                  const std::atomic<bool> *cancelled, std::atomic<int> *done)
{
    VerdictComputer computer(input.unitRuleSets, registry);
    computer.setStaffUnits(&input.staffUnits);
    computer.setFingerprintCache(&input.fingerprints);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + computer.columns(SqlDialect::of(db), false) + kSliceQuery + VerdictComputer::orderBy(); // placeholders only
    q.prepare(sql);
    for (const QVariant &v : computer.columnValues())
        q.addBindValue(v);
    q.addBindValue(slice->from);
    q.addBindValue(slice->to);
    q.addBindValue(year);
    q.addBindValue(year);
    if (!q.exec()) {
        slice->error = q.lastError().text();
        return;
    }
    slice->ok = computer.run(q, &slice->rows, cancelled, done);
    if (!slice->ok && !cancelled->load())
        slice->error = computer.errorString().isEmpty() ? q.lastError().text() : computer.errorString();
}

// How a worker connects to the same database: read only on the SQLite file; on PostgreSQL the
// registry connection's server, database, user and options (its password included), read only too.
struct WorkerConnection
{
    QString driver, database, host, user, password, options;
    int port = -1;

    static WorkerConnection of(const QSqlDatabase &db)
    {
        WorkerConnection c{db.driverName(), db.databaseName(), db.hostName(), db.userName(), db.password(), db.connectOptions(), db.port()};
        if (!SqlDialect::isPostgres(db))
            c.options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
        else if (!c.options.contains(QLatin1String("default_transaction_read_only")))
            c.options += (c.options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("options=-cdefault_transaction_read_only=on");
        return c;
    }
    void apply(QSqlDatabase &db) const
    {
        db.setDatabaseName(database);
        db.setHostName(host);
        db.setUserName(user);
        db.setPassword(password);
        db.setPort(port);
        db.setConnectOptions(options);
    }
};

// Computes one slice on a connection of its own (opened and closed in the worker thread).
void computeSliceOwnConnection(Slice *slice, const WorkerConnection &connection, int year, const Input &input,
                               const RuleSetRegistry &registry, const std::atomic<bool> *cancelled, std::atomic<int> *done,
                               QSemaphore *finished)
{
    const QString name = QStringLiteral("cehours-verdict-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(connection.driver, name);
        connection.apply(db);
        if (!db.open())
            slice->error = db.lastError().text();
        else
            computeSlice(slice, db, year, input, registry, cancelled, done);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    slice->finished.storeRelease(1);
    finished->release();
}

// About how many rows the replace will write: the rows it replaces (at least one per person).
qsizetype expectedRows(QSqlDatabase db, int year, int people)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict WHERE ? = 0 OR year = ?"));
    q.addBindValue(year);
    q.addBindValue(year);
    const qsizetype stored = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    return qMax<qsizetype>(stored, year == 0 ? people : 0);
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
    Input input;
    input.unitRuleSets = VerdictComputer::unitRuleSets(m_db);
    // Workers open their own connections: read-only SQLite connections on the file, or connections
    // to the same server database (which see what is committed: the write lock taken above keeps
    // every other writer out until this transaction ends).
    const bool parallel = !isMemory(m_db);
    const WorkerConnection connection = WorkerConnection::of(m_db);
    const int workers = parallel ? (m_workers > 0 ? m_workers : qMax(1, QThread::idealThreadCount())) : 1;
    int people = 0;
    // More slices than workers keeps the threads busy to the end.
    QList<Slice> parts = slices(m_db, parallel ? workers * 4 : 1, &people, &input.staffUnits);
    std::atomic<int> done{0};
    // The old rows go first; each slice's rows are then written (in staff order) as soon as it is
    // computed, while the workers go on with the next slices (WAL: their read snapshots do not see
    // this transaction's writes). A cancel or a failure rolls everything back.
    VerdictReplacement replacement(m_db);
    QString why;
    if (!replacement.begin(year, expectedRows(m_db, year, people), &why))
        return fail(tr("Cannot store the recomputed verdicts: %1").arg(why));
    qint64 computeWait = 0;
    int written = 0;
    auto store = [&](Slice &s) {
        if (!s.ok)
            return fail(tr("Cannot recompute the verdicts: %1").arg(s.error));
        if (!replacement.append(s.rows, &why))
            return fail(tr("Cannot store the recomputed verdicts: %1").arg(why));
        written += int(s.rows.size());
        s.rows = QList<PersonYearVerdict>();
        return true;
    };
    auto cancelledNow = [&] {
        if (m_progress && !m_progress(done.load(), people))
            m_cancelled = true;
        return m_cancelled.load();
    };
    const QString cancelled = tr("Recompute cancelled; the stored verdicts were not changed");
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
            while (!s.finished.loadAcquire()) {
                finished.tryAcquire(1, 20);
                if (cancelledNow())
                    return fail(cancelled);
            }
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
            if (cancelledNow())
                return fail(cancelled);
            if (!store(s))
                return false;
        }
    }
    if (cancelledNow())
        return fail(cancelled);
    const qint64 computed = timer.elapsed();
    const bool replaced = replacement.finish(&why);
    const qint64 indexed = timer.elapsed();
    const bool committed = replaced && tx.commit();
    if (qEnvironmentVariableIsSet("CEHOURS_VERDICT_TRACE"))
        qInfo("recompute: slices computed and written %lld ms (waiting for workers %lld ms), indexes %lld ms, committed %lld ms",
              computed, computeWait, indexed, timer.elapsed());
    if (!committed)
        return fail(tr("Cannot store the recomputed verdicts: %1").arg(why.isEmpty() ? tx.errorString() : why));
    m_figures.personYears = written;
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
