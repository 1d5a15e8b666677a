#include "storage/VerdictRowWriter.h"

#include "util/JsonWriter.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace {
const char *kVerdictColumns = "staff_id, year, rule_set, fingerprint, public_hours, professional_hours, total_hours,"
                              " full_year, compliant, shortfall_total, shortfall_public, shortfall_professional";
constexpr int kJsonChunk = 2048;   // rows per JSON text (about 200 KB)
constexpr int kBoundChunk = 64;    // rows per bound multi-row INSERT (12 values each)

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// A text SQLite's json_extract gives back as the same bytes a bound value would (see StaffChunkWriter).
bool travelsAsJson(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() == 0 || c.isSurrogate())
            return false;
    }
    return true;
}

// [staff, year, rule_set, fingerprint, then m, k of public, professional, total, full_year, compliant,
// then m, k of the three shortfalls]; false if a value cannot travel this way.
bool appendRow(QByteArray &out, const PersonYearVerdict &v)
{
    qint64 m[6];
    int k[6];
    const double hours[6] = {v.publicHours, v.professionalHours, v.total, v.shortfallTotal, v.shortfallPublic, v.shortfallProfessional};
    for (int i = 0; i < 6; ++i) {
        if (!VerdictRowWriter::dyadic(hours[i], &m[i], &k[i]))
            return false;
    }
    if (!travelsAsJson(v.ruleSet) || !travelsAsJson(v.fingerprint))
        return false;
    out += out.size() > 1 ? ",[" : "[";
    out += QByteArray::number(v.staffId);
    out += ',';
    out += QByteArray::number(v.year);
    out += ',';
    JsonWriter::appendString(out, v.ruleSet);
    out += ',';
    JsonWriter::appendString(out, v.fingerprint);
    for (int i = 0; i < 6; ++i) {
        out += ',';
        out += QByteArray::number(m[i]);
        out += ',';
        out += QByteArray::number(k[i]);
        if (i == 2) {
            out += v.fullYear ? ",1" : ",0";
            out += v.compliant ? ",1" : ",0";
        }
    }
    out += ']';
    return true;
}

// The SQL of one double from the row's fields m at i, k at i + 1.
QString hoursAt(int i)
{
    return QStringLiteral("CAST(json_extract(value, '$[%1]') AS REAL) / (1 << json_extract(value, '$[%2]'))").arg(i).arg(i + 1);
}
} // namespace

VerdictRowWriter::VerdictRowWriter(QSqlDatabase db) : m_db(db), m_json(db), m_full(db), m_rest(db)
{
}

bool VerdictRowWriter::dyadic(double v, qint64 *m, int *k)
{
    if (!std::isfinite(v) || (v == 0 && std::signbit(v)))
        return false;
    constexpr double kLimit = 9007199254740992.0;   // 2^53
    double scaled = v;
    int shift = 0;
    while (scaled != std::trunc(scaled)) {
        if (++shift > 62)
            return false;
        scaled = std::ldexp(v, shift);   // exact: a power of two
    }
    if (std::fabs(scaled) >= kLimit)
        return false;
    *m = qint64(scaled);
    *k = shift;
    return true;
}

bool VerdictRowWriter::writeJson(const QByteArray &json, QString *error)
{
    if (!m_jsonPrepared) {
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO person_year_verdict (%1) SELECT json_extract(value, '$[0]'),"
                                           " json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),"
                                           " %2, %3, %4, json_extract(value, '$[10]'), json_extract(value, '$[11]'), %5, %6, %7"
                                           " FROM json_each(?)")
                                .arg(QLatin1String(kVerdictColumns), hoursAt(4), hoursAt(6), hoursAt(8), hoursAt(12), hoursAt(14), hoursAt(16));
        if (!m_json.prepare(sql))
            return fail(m_json, error);
        m_jsonPrepared = true;
    }
    m_json.bindValue(0, QString::fromUtf8(json));
    return m_json.exec() || fail(m_json, error);
}

bool VerdictRowWriter::writeBound(const QList<PersonYearVerdict> &rows, qsizetype from, qsizetype to, QString *error)
{
    // Multi-row INSERTs through one prepared statement per chunk size: the per-statement cost of SQLite
    // and the driver is paid once per 64 rows (12 values a row, far under SQLite's 32,766 variables).
    auto statement = [](QSqlQuery *q, int count) {
        QStringList tuples;
        for (int i = 0; i < count; ++i)
            tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO person_year_verdict (%1) VALUES %2")
                                .arg(QLatin1String(kVerdictColumns), tuples.join(QStringLiteral(", "))); // placeholders only
        return q->prepare(sql);
    };
    for (qsizetype start = from; start < to; start += kBoundChunk) {
        const int count = int(qMin<qsizetype>(kBoundChunk, to - start));
        QSqlQuery *q = &m_full;
        if (count == kBoundChunk) {
            if (m_full.lastQuery().isEmpty() && !statement(&m_full, kBoundChunk))
                return fail(m_full, error);
        } else {
            q = &m_rest;
            if (m_restSize != count && !statement(&m_rest, count))
                return fail(m_rest, error);
            m_restSize = count;
        }
        int p = 0;
        for (qsizetype i = start; i < start + count; ++i) {
            const PersonYearVerdict &v = rows.at(i);
            q->bindValue(p++, v.staffId);
            q->bindValue(p++, v.year);
            q->bindValue(p++, v.ruleSet);
            q->bindValue(p++, v.fingerprint);
            q->bindValue(p++, v.publicHours);
            q->bindValue(p++, v.professionalHours);
            q->bindValue(p++, v.total);
            q->bindValue(p++, v.fullYear ? 1 : 0);
            q->bindValue(p++, v.compliant ? 1 : 0);
            q->bindValue(p++, v.shortfallTotal);
            q->bindValue(p++, v.shortfallPublic);
            q->bindValue(p++, v.shortfallProfessional);
        }
        if (!q->exec())
            return fail(*q, error);
        m_boundRows += count;
    }
    return true;
}

bool VerdictRowWriter::write(const QList<PersonYearVerdict> &rows, QString *error)
{
    QByteArray json;
    for (qsizetype from = 0; from < rows.size(); from += kJsonChunk) {
        const qsizetype to = qMin(rows.size(), from + kJsonChunk);
        json.clear();
        json += '[';
        bool ok = true;
        for (qsizetype i = from; i < to && ok; ++i)
            ok = appendRow(json, rows.at(i));
        if (!ok) {
            if (!writeBound(rows, from, to, error))
                return false;
            continue;
        }
        json += ']';
        if (!writeJson(json, error))
            return false;
        m_jsonRows += int(to - from);
    }
    return true;
}
