#include "storage/VerdictRowWriter.h"

#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

namespace {
const char *kColumns = "staff_id, year, rule_set, fingerprint, public_hours, professional_hours, total_hours,"
                              " full_year, compliant, shortfall_total, shortfall_public, shortfall_professional";
constexpr int kChunk = 64;      // rows per INSERT
constexpr int kPairs = 4;       // (rule set, fingerprint) pairs a packed statement can name
constexpr qint64 kMaxStaff = qint64(1) << 44;
constexpr int kMaxYear = 1 << 14;

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// The packed statement's SELECT list over the rows (VALUES columns column1 = the packed integer,
// column2 … column7 = the hours); its 8 placeholders (the pairs' rule sets, then their fingerprints)
// come before the rows' in the text. (Qt's driver cannot reuse a numbered placeholder like ?1.)
QString packedSelect()
{
    auto choose = [] {
        QString s = QStringLiteral("CASE (column1 >> 2) & 3");
        for (int j = 0; j < kPairs; ++j)
            s += QStringLiteral(" WHEN %1 THEN ?").arg(j);
        return s + QStringLiteral(" END");
    };
    return QStringLiteral("SELECT column1 >> 18, (column1 >> 4) & 16383, %1, %2, column2, column3, column4, (column1 >> 1) & 1,"
                          " column1 & 1, column5, column6, column7")
        .arg(choose(), choose());
}
} // namespace

const char *VerdictRowWriter::columns()
{
    return kColumns;
}

VerdictRowWriter::VerdictRowWriter(QSqlDatabase db) : m_db(db)
{
    for (Statement *s : {&m_packedFull, &m_packedRest, &m_plainFull, &m_plainRest})
        s->query = QSqlQuery(m_db);
}

bool VerdictRowWriter::prepare(Statement *s, bool packed, int count, QString *error)
{
    if (s->rows == count)
        return true;
    QStringList tuples;
    for (int i = 0; i < count; ++i)
        tuples << (packed ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString values = QStringLiteral("VALUES ") + tuples.join(QStringLiteral(", "));
    const QString rowsText = packed ? packedSelect() + QStringLiteral(" FROM (") + values + QStringLiteral(") AS v") : values;
    const QString sql = SqlDialect::of(m_db).insertOrReplace(QStringLiteral("person_year_verdict"), // placeholders only
                                                             QString::fromLatin1(kColumns).split(QStringLiteral(", ")), rowsText,
                                                             {QStringLiteral("staff_id"), QStringLiteral("year")});
    s->rows = -1;
    if (!s->query.prepare(sql))
        return fail(s->query, error);
    s->rows = count;
    return true;
}

bool VerdictRowWriter::writePacked(const QList<PersonYearVerdict> &rows, qsizetype from, int count, QString *error)
{
    QList<const PersonYearVerdict *> pairs;   // the first row of each distinct (rule set, fingerprint)
    QList<qint64> keys;
    keys.reserve(count);
    for (qsizetype i = from; i < from + count; ++i) {
        const PersonYearVerdict &v = rows.at(i);
        int pair = 0;
        while (pair < pairs.size() && (pairs.at(pair)->ruleSet != v.ruleSet || pairs.at(pair)->fingerprint != v.fingerprint))
            ++pair;
        if (pair == pairs.size()) {
            if (pairs.size() == kPairs)
                return writePlain(rows, from, count, error);
            pairs << &v;
        }
        if (v.staffId < 0 || v.staffId >= kMaxStaff || v.year < 0 || v.year >= kMaxYear)
            return writePlain(rows, from, count, error);
        keys << ((v.staffId << 18) | (qint64(v.year) << 4) | (qint64(pair) << 2) | (v.fullYear ? 2 : 0) | (v.compliant ? 1 : 0));
    }
    Statement *s = count == kChunk ? &m_packedFull : &m_packedRest;
    if (!prepare(s, true, count, error))
        return false;
    QSqlQuery &q = s->query;
    int p = 0;
    for (int j = 0; j < kPairs; ++j)
        q.bindValue(p++, j < pairs.size() ? QVariant(pairs.at(j)->ruleSet) : QVariant());
    for (int j = 0; j < kPairs; ++j)
        q.bindValue(p++, j < pairs.size() ? QVariant(pairs.at(j)->fingerprint) : QVariant());
    for (int i = 0; i < count; ++i) {
        const PersonYearVerdict &v = rows.at(from + i);
        q.bindValue(p++, keys.at(i));
        q.bindValue(p++, v.publicHours);
        q.bindValue(p++, v.professionalHours);
        q.bindValue(p++, v.total);
        q.bindValue(p++, v.shortfallTotal);
        q.bindValue(p++, v.shortfallPublic);
        q.bindValue(p++, v.shortfallProfessional);
    }
    if (!q.exec())
        return fail(q, error);
    m_packedRows += count;
    return true;
}

bool VerdictRowWriter::writePlain(const QList<PersonYearVerdict> &rows, qsizetype from, int count, QString *error)
{
    Statement *s = count == kChunk ? &m_plainFull : &m_plainRest;
    if (!prepare(s, false, count, error))
        return false;
    QSqlQuery &q = s->query;
    int p = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const PersonYearVerdict &v = rows.at(i);
        q.bindValue(p++, v.staffId);
        q.bindValue(p++, v.year);
        q.bindValue(p++, v.ruleSet);
        q.bindValue(p++, v.fingerprint);
        q.bindValue(p++, v.publicHours);
        q.bindValue(p++, v.professionalHours);
        q.bindValue(p++, v.total);
        q.bindValue(p++, v.fullYear ? 1 : 0);
        q.bindValue(p++, v.compliant ? 1 : 0);
        q.bindValue(p++, v.shortfallTotal);
        q.bindValue(p++, v.shortfallPublic);
        q.bindValue(p++, v.shortfallProfessional);
    }
    if (!q.exec())
        return fail(q, error);
    m_plainRows += count;
    return true;
}

bool VerdictRowWriter::write(const QList<PersonYearVerdict> &rows, QString *error)
{
    for (qsizetype from = 0; from < rows.size(); from += kChunk) {
        // PostgreSQL: the plain rows (the packed form's untyped VALUES would arrive there as text).
        const int count = int(qMin<qsizetype>(kChunk, rows.size() - from));
        if (!(SqlDialect::isPostgres(m_db) ? writePlain(rows, from, count, error) : writePacked(rows, from, count, error)))
            return false;
    }
    return true;
}
