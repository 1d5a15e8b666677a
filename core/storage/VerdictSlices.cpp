#include "storage/VerdictSlices.h"

#include "storage/SqlDialect.h"
#include "storage/StoredVerdictSlice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace VerdictSlices {
namespace {
// No join with staff: each person's unit comes from the map read once (Input::staffUnits).
const QString kSliceQuery = QStringLiteral(" FROM activity a WHERE a.staff_id BETWEEN ? AND ? AND (? = 0 OR a.year = ?)");
} // namespace

bool isMemory(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:") || name.contains(QLatin1String("mode=memory"));
}

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
    if (slice->ok && slice->compare) {
        StoredVerdictSlice::Comparison c;
        slice->ok = StoredVerdictSlice::compare(db, slice->from, slice->to, year, slice->rows, &c, &slice->error);
        slice->changed = !c.equal;
        slice->storedRows = c.storedRows;
    }
}

WorkerConnection WorkerConnection::of(const QSqlDatabase &db)
{
    WorkerConnection c{db.driverName(), db.databaseName(), db.hostName(), db.userName(), db.password(), db.connectOptions(), db.port()};
    if (!SqlDialect::isPostgres(db))
        c.options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    else if (!c.options.contains(QLatin1String("default_transaction_read_only")))
        c.options += (c.options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("options=-cdefault_transaction_read_only=on");
    return c;
}

void WorkerConnection::apply(QSqlDatabase &db) const
{
    db.setDatabaseName(database);
    db.setHostName(host);
    db.setUserName(user);
    db.setPassword(password);
    db.setPort(port);
    db.setConnectOptions(options);
}

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

qsizetype expectedRows(QSqlDatabase db, int year, int people)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict WHERE ? = 0 OR year = ?"));
    q.addBindValue(year);
    q.addBindValue(year);
    const qsizetype stored = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    return qMax<qsizetype>(stored, year == 0 ? people : 0);
}
} // namespace VerdictSlices
