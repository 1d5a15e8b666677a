#include "storage/StoredVerdictSlice.h"

#include "storage/VerdictRowWriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace StoredVerdictSlice {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

namespace {
// The stored row at the query's position equals v, column by column (no conversion of the texts).
bool rowEquals(const QSqlQuery &q, const PersonYearVerdict &v)
{
    const double hours[] = {v.publicHours, v.professionalHours, v.total, v.shortfallTotal, v.shortfallPublic, v.shortfallProfessional};
    const int hourColumns[] = {4, 5, 6, 9, 10, 11};
    for (int i = 0; i < 6; ++i) {
        const QVariant stored = q.value(hourColumns[i]);
        if (stored.typeId() != QMetaType::Double || !sameBits(stored.toDouble(), hours[i]))
            return false;
    }
    return q.value(0).toLongLong() == v.staffId && q.value(1).toLongLong() == v.year && q.value(7).toLongLong() == (v.fullYear ? 1 : 0)
        && q.value(8).toLongLong() == (v.compliant ? 1 : 0) && q.value(2).toString() == v.ruleSet && q.value(3).toString() == v.fingerprint;
}
} // namespace

bool compare(QSqlDatabase db, qint64 from, qint64 to, int year, const QList<PersonYearVerdict> &rows, Comparison *out, QString *error)
{
    *out = Comparison();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(VerdictRowWriter::columns())
        + QStringLiteral(" FROM person_year_verdict WHERE staff_id BETWEEN ? AND ? AND (? = 0 OR year = ?) ORDER BY staff_id, year");
    q.prepare(sql);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(year);
    q.addBindValue(year);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    bool equal = true;
    qsizetype n = 0;
    while (q.next()) {
        if (equal && (n >= rows.size() || !rowEquals(q, rows.at(n))))
            equal = false;
        ++n;
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    out->equal = equal && n == rows.size();
    out->storedRows = n;
    return true;
}

} // namespace StoredVerdictSlice
