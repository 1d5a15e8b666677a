#include "storage/VerdictStore.h"

#include "storage/TempSchemaWrites.h"

#include "storage/SqlDialect.h"

#include "storage/VerdictComputer.h"
#include "storage/VerdictReplacement.h"
#include "storage/VerdictRowWriter.h"

#include "rules/FiguresOnly.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
int gFlushBatchRows = 4096;

// flushDirty groups by the marks' own key on SQLite: person_year_dirty (WITHOUT ROWID, key staff_id,
// year) is read in that order, so the person-years come out grouped with no sort. Grouped by a.staff_id,
// a.year (the same values) SQLite sorted every marked activity in a temporary B-tree first — in memory
// under BulkWritePragmas' temp_store = MEMORY: 750 MB for demo-data's 3.9 million activities at 100,000
// staff. PostgreSQL wants the selected a.* columns grouped, so it keeps VerdictComputer::orderBy().
QString dirtyGroupOrder(const QSqlDatabase &db)
{
    return SqlDialect::isPostgres(db) ? QString() : QStringLiteral(" GROUP BY d.staff_id, d.year ORDER BY d.staff_id, d.year");
}
} // namespace

VerdictStore::VerdictStore(QSqlDatabase db, const RuleSetRegistry &registry) : m_db(std::move(db)), m_registry(registry)
{
}

bool VerdictStore::available() const
{
    QSqlQuery q(m_db);
    return SqlDialect::of(m_db).tableExists(m_db, QStringLiteral("person_year_dirty"));
}

int VerdictStore::dirtyCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM person_year_dirty")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool VerdictStore::computeInto(const QString &sqlTail, const QVariantList &values, QList<PersonYearVerdict> *out,
                               QString *error, const std::function<bool(QList<PersonYearVerdict> *)> &sink,
                               const QString &groupOrder) const
{
    // The units' rule sets first: PostgreSQL's forward-only results stream, and another query on the
    // connection while they do would discard them.
    VerdictComputer computer(VerdictComputer::unitRuleSets(m_db), m_registry);
    // Batches are written while the rows stream in, on SQLite only: on PostgreSQL a write on this
    // connection would end the streaming read (QPSQL discards its pending rows and the read fails), so
    // the verdicts (about 100 bytes each) are kept and the caller writes them when the read is done.
    if (sink && !SqlDialect::isPostgres(m_db))
        computer.setBatchSink(gFlushBatchRows, sink);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + computer.columns(SqlDialect::of(m_db)) + sqlTail
        + (groupOrder.isEmpty() ? VerdictComputer::orderBy() : groupOrder); // values bound below
    if (!q.prepare(sql))
        return fail(q, error);
    for (const QVariant &v : computer.columnValues())
        q.addBindValue(v);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, error);
    if (!computer.run(q, out)) {
        if (error && !computer.errorString().isEmpty())
            *error = computer.errorString();
        return computer.errorString().isEmpty() ? fail(q, error) : false;
    }
    return true;
}

bool VerdictStore::insertRows(const QList<PersonYearVerdict> &rows, QString *error)
{
    return VerdictRowWriter(m_db).write(rows, error);
}

void VerdictStore::setFlushBatchRows(int rows)
{
    gFlushBatchRows = qMax(1, rows);
}

bool VerdictStore::flushDirty(QString *error)
{
    QSqlQuery q(m_db);
    // No table (a schema before the step) or nothing marked: nothing to do.
    if (!available() || !q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM person_year_dirty)")) || !q.next() || !q.value(0).toBool())
        return true;
    // The marked rows go first; the new ones are written in batches of 4,096 while the compute goes
    // on (a commit of 490,125 marked person-years, demo-data at 100,000 staff, held them all in one list).
    if (!q.exec(QStringLiteral("DELETE FROM person_year_verdict WHERE (staff_id, year) IN (SELECT staff_id, year FROM person_year_dirty)")))
        return fail(q, error);
    VerdictRowWriter writer(m_db);
    QString why;
    auto write = [&writer, &why](QList<PersonYearVerdict> *rows) {
        const bool ok = writer.write(*rows, &why);
        rows->clear();
        return ok;
    };
    QList<PersonYearVerdict> rows;
    // CROSS JOIN keeps the few marked person-years as the outer loop (else SQLite may walk every
    // activity in index order to avoid the sort: 0.4 s for one edit at 400,000 activities).
    const QString tail = QStringLiteral(" FROM person_year_dirty d %1 activity a ON a.staff_id = d.staff_id AND a.year = d.year"
                                        " JOIN staff s ON s.id = a.staff_id")
                             .arg(SqlDialect::of(m_db).joinInOrder());
    const bool computed = computeInto(tail, {}, &rows, error, write, dirtyGroupOrder(m_db));
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!computed || !write(&rows)) {
        if (error && !why.isEmpty())
            *error = why;
        return false;
    }
    if (!q.exec(QStringLiteral("DELETE FROM person_year_dirty")))
        return fail(q, error);
    return true;
}

bool VerdictStore::replace(int year, const QList<PersonYearVerdict> &rows, QString *error)
{
    VerdictReplacement replacement(m_db);
    return replacement.begin(year, rows.size(), error) && replacement.append(rows, error) && replacement.finish(error);
}

bool VerdictStore::recomputeHere(int year, QString *error)
{
    QList<PersonYearVerdict> rows;
    if (!computeInto(QStringLiteral(" FROM activity a JOIN staff s ON s.id = a.staff_id WHERE ? = 0 OR a.year = ?"),
                     {year, year}, &rows, error))
        return false;
    return replace(year, rows, error);
}

QList<PersonYearVerdict> VerdictStore::stored(int year) const
{
    QList<PersonYearVerdict> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM person_year_verdict WHERE ? = 0 OR year = ? ORDER BY staff_id, year")
                  .arg(QLatin1String(VerdictRowWriter::columns())));
    q.addBindValue(year);
    q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next()) {
        PersonYearVerdict v;
        v.staffId = q.value(0).toLongLong();
        v.year = q.value(1).toInt();
        v.ruleSet = q.value(2).toString();
        v.fingerprint = q.value(3).toString();
        v.publicHours = q.value(4).toDouble();
        v.professionalHours = q.value(5).toDouble();
        v.total = q.value(6).toDouble();
        v.fullYear = q.value(7).toBool();
        v.compliant = q.value(8).toBool();
        v.shortfallTotal = q.value(9).toDouble();
        v.shortfallPublic = q.value(10).toDouble();
        v.shortfallProfessional = q.value(11).toDouble();
        out.append(v);
    }
    return out;
}

YearResult VerdictStore::emptyYear(const RuleSet &set, int year)
{
    return FiguresOnly::aggregate(set, year, {});
}

QHash<qint64, YearResult> VerdictStore::unitYear(const RuleSet &set, qint64 unitId, int year) const
{
    QHash<qint64, YearResult> out;
    const YearResult empty = emptyYear(set, year);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, v.staff_id IS NOT NULL, v.rule_set, v.public_hours, v.professional_hours, v.total_hours,"
                             " v.full_year, v.compliant, v.shortfall_total, v.shortfall_public, v.shortfall_professional"
                             " FROM staff s LEFT JOIN person_year_verdict v ON v.staff_id = s.id AND v.year = ?"
                             " WHERE s.unit_id = ?"));
    q.addBindValue(year);
    q.addBindValue(unitId);
    if (!q.exec())
        return out;
    out.reserve(2048);
    while (q.next()) {
        YearResult r = empty;
        r.person = q.value(0).toString();
        if (q.value(1).toBool()) {
            r.ruleSetId = q.value(2).toString();
            r.publicHours = q.value(3).toDouble();
            r.professionalHours = q.value(4).toDouble();
            r.total = q.value(5).toDouble();
            r.fullYear = q.value(6).toBool();
            r.compliant = q.value(7).toBool();
            r.shortfallTotal = q.value(8).toDouble();
            r.shortfallPublic = q.value(9).toDouble();
            r.shortfallProfessional = q.value(10).toDouble();
        }
        out.insert(q.value(0).toLongLong(), r);
    }
    return out;
}

namespace {
// The distinct (year, rule set, fingerprint) of the stored verdicts of a registry of one unit: one
// seek per group through the index person_year_verdict_rules (a skip scan), then each group's count.
struct VerdictGroup
{
    int year = 0;
    QString ruleSet, fingerprint;
};

bool verdictGroups(QSqlDatabase db, QList<VerdictGroup> *out, QString *error)
{
    QSqlQuery first(db), next(db);
    first.setForwardOnly(true);
    next.setForwardOnly(true);
    if (!first.exec(QStringLiteral("SELECT year, rule_set, fingerprint FROM person_year_verdict ORDER BY year, rule_set, fingerprint LIMIT 1"))
        || !next.prepare(QStringLiteral("SELECT year, rule_set, fingerprint FROM person_year_verdict WHERE (year, rule_set, fingerprint) > (?, ?, ?)"
                                        " ORDER BY year, rule_set, fingerprint LIMIT 1"))) {
        *error = (first.lastError().isValid() ? first : next).lastError().text();
        return false;
    }
    QSqlQuery *at = &first;
    while (at->next()) {
        const VerdictGroup g{at->value(0).toInt(), at->value(1).toString(), at->value(2).toString()};
        at->finish();
        out->append(g);
        next.bindValue(0, g.year);
        next.bindValue(1, g.ruleSet);
        next.bindValue(2, g.fingerprint);
        if (!next.exec()) {
            *error = next.lastError().text();
            return false;
        }
        at = &next;
    }
    return true;
}

int groupCount(QSqlDatabase db, const VerdictGroup &g)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM person_year_verdict WHERE year = ? AND rule_set = ? AND fingerprint = ?"));
    q.addBindValue(g.year);
    q.addBindValue(g.ruleSet);
    q.addBindValue(g.fingerprint);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// Why verdicts of `year` computed under (ruleSet, fingerprint) are stale for a unit under `unitSet`
// (empty: current); count() gives how many there are, asked only for the message.
QString staleness(const RuleSetRegistry &registry, const QString &unitSet, int year, const QString &ruleSet, const QString &fingerprint,
                  const std::function<int()> &count)
{
    const RuleSet *set = VerdictComputer::inForce(registry, unitSet, year);
    if (!set)
        return QCoreApplication::translate("VerdictStore", "%n verdict(s) of %1 were computed under %2, but the unit has no rule set now", nullptr, count()).arg(year).arg(ruleSet);
    if (set->id() != ruleSet)
        return QCoreApplication::translate("VerdictStore", "%n verdict(s) of %1 were computed under %2, the unit's rule set in force is %3", nullptr, count())
            .arg(year)
            .arg(ruleSet, set->id());
    if (VerdictComputer::fingerprint(*set) != fingerprint)
        return QCoreApplication::translate("VerdictStore", "the rules of %1 changed since %n verdict(s) of %2 were computed", nullptr, count()).arg(ruleSet).arg(year);
    return QString();
}
} // namespace

QString VerdictStore::staleReason() const
{
    const QHash<qint64, QString> units = VerdictComputer::unitRuleSets(m_db);
    // One unit (the usual registry): the groups of the verdict table alone, found by seeking; several: per unit.
    if (units.size() <= 1) {
        QList<VerdictGroup> groups;
        QString error;
        if (!verdictGroups(m_db, &groups, &error))
            return error;
        const QString unitSet = units.isEmpty() ? QString() : units.cbegin().value();
        for (const VerdictGroup &g : qAsConst(groups)) {
            const QString why = staleness(m_registry, unitSet, g.year, g.ruleSet, g.fingerprint, [this, &g] { return groupCount(m_db, g); });
            if (!why.isEmpty())
                return why;
        }
        return QString();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.unit_id, v.year, v.rule_set, v.fingerprint, COUNT(*) FROM person_year_verdict v"
                               " JOIN staff s ON s.id = v.staff_id GROUP BY s.unit_id, v.year, v.rule_set, v.fingerprint")))
        return q.lastError().text();
    QList<QVariantList> rows; // read to the end first (a streaming PostgreSQL read allows no other query)
    while (q.next())
        rows << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)};
    for (const QVariantList &r : qAsConst(rows)) {
        const int count = r.at(4).toInt();
        const QString why = staleness(m_registry, units.value(r.at(0).toLongLong()), r.at(1).toInt(), r.at(2).toString(), r.at(3).toString(),
                                      [count] { return count; });
        if (!why.isEmpty())
            return why;
    }
    return QString();
}

bool VerdictStore::ensureYearTable(QSqlDatabase db)
{
    const TempSchemaWrites tempOnly(db); // the connection's temp schema, also while it is query_only
    QSqlQuery q(db);
    return q.exec(SqlDialect::of(db).ddl(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ce_verdict_year ("
                                                        " year INTEGER NOT NULL, shortfall REAL NOT NULL, compliant INTEGER NOT NULL)")));
}

bool VerdictStore::selectYear(QSqlDatabase db, const RuleSet *set, int year)
{
    ensureYearTable(db);
    const TempSchemaWrites tempOnly(db); // the connection's temp schema, also while it is query_only
    QSqlQuery q(db);
    const QString table = SqlDialect::of(db).tempSchema() + QStringLiteral(".ce_verdict_year");
    const QString clear = QStringLiteral("DELETE FROM ") + table;
    if (!q.exec(clear))
        return false;
    if (!set)
        return true;
    const YearResult empty = emptyYear(*set, year);
    const QString insert = QStringLiteral("INSERT INTO %1 (year, shortfall, compliant) VALUES (?, ?, ?)").arg(table);
    q.prepare(insert);
    q.addBindValue(year);
    q.addBindValue(qMax(empty.shortfallTotal, empty.shortfallPublic + empty.shortfallProfessional));
    q.addBindValue(empty.compliant ? 1 : 0);
    return q.exec();
}
