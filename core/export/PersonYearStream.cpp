#include "export/PersonYearStream.h"

#include "rules/CreditCalculator.h"
#include "rules/PrecreditedYear.h"
#include "rules/RuleSet.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace {
constexpr int kCacheLimit = 50000; // entries; cleared when full (nearly every activity different)

// A stored date: "yyyy-MM-dd" read digit by digit (what QDate::fromString(ISODate) gives for it),
// anything else through QDate::fromString.
QDate dateOf(const QByteArray &text)
{
    const char *t = text.constData();
    auto digit = [t](int i) { return t[i] >= '0' && t[i] <= '9'; };
    if (text.size() == 10 && t[4] == '-' && t[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5)
        && digit(6) && digit(8) && digit(9))
        return QDate((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'), (t[5] - '0') * 10 + (t[6] - '0'),
                     (t[8] - '0') * 10 + (t[9] - '0'));
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}
}

bool PersonYearStream::prepare(QSqlQuery *query, const QString &where, QString *error)
{
    *query = QSqlQuery(m_db);
    query->setForwardOnly(true);
    // Text as BLOB: the UTF-8 bytes as stored (the parameter text is the cache key; the other
    // texts decoded by Qt, not converted to UTF-16 by SQLite first).
    const SqlDialect &dialect = SqlDialect::of(m_db);
    QStringList columns = {QStringLiteral("a.id"), QStringLiteral("a.year")};
    for (const char *text : {"a.start_date", "a.end_date", "a.kind", "a.title", "a.params", "a.subject", "a.status"})
        columns << dialect.asBytes(QLatin1String(text));
    const QString sql = QStringLiteral("SELECT %1, a.version, a.staff_id FROM activity a WHERE %2 AND a.year BETWEEN ? AND ?"
                                       " ORDER BY a.staff_id, a.year, %3, a.id")
                            .arg(columns.join(QStringLiteral(", ")), where, dialect.nullsFirst(QStringLiteral("a.start_date")));
    if (!query->prepare(sql)) {
        *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(query->lastError().text());
        return false;
    }
    return true;
}

bool PersonYearStream::run(QSqlQuery *query, QString *error)
{
    if (!query->exec()) {
        *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(query->lastError().text());
        return false;
    }
    return true;
}

void PersonYearStream::take(const QSqlQuery &q, qint64 staffId, QHash<int, Year> *out)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.staffId = staffId;
    a.year = q.value(1).toInt();
    a.startDate = dateOf(q.value(2).toByteArray());
    a.endDate = dateOf(q.value(3).toByteArray());
    a.kind = QString::fromUtf8(q.value(4).toByteArray());
    a.title = QString::fromUtf8(q.value(5).toByteArray());
    const QByteArray params = q.value(6).toByteArray();
    a.params = paramsOf(params);
    a.subject = QString::fromUtf8(q.value(7).toByteArray());
    a.status = QString::fromUtf8(q.value(8).toByteArray());
    a.version = q.value(9).toInt();
    Year &y = (*out)[a.year];
    y.activities << a;
    y.paramsText << params;
}

bool PersonYearStream::prefetch(const QList<qint64> &staffIds, int fromYear, int toYear, QString *error)
{
    m_prefetched.clear();
    if (staffIds.isEmpty())
        return true;
    Q_ASSERT(staffIds.size() <= kPrefetch);
    if (!m_batchPrepared) {
        QStringList marks;
        for (int i = 0; i < kPrefetch; ++i)
            marks << QStringLiteral("?");
        const QString condition = QStringLiteral("a.staff_id IN (%1)").arg(marks.join(QLatin1Char(','))); // placeholders only
        if (!prepare(&m_batchQuery, condition, error))
            return false;
        m_batchPrepared = true;
    }
    // Always kPrefetch values: a short batch repeats its last id (IN is a set).
    for (int i = 0; i < kPrefetch; ++i)
        m_batchQuery.bindValue(i, staffIds.at(std::min(i, int(staffIds.size()) - 1)));
    m_batchQuery.bindValue(kPrefetch, fromYear);
    m_batchQuery.bindValue(kPrefetch + 1, toYear);
    if (!run(&m_batchQuery, error))
        return false;
    for (qint64 id : staffIds)
        m_prefetched[id];   // read, with or without activities
    while (m_batchQuery.next())
        take(m_batchQuery, m_batchQuery.value(10).toLongLong(), &m_prefetched[m_batchQuery.value(10).toLongLong()]);
    if (m_batchQuery.lastError().isValid()) {
        m_prefetched.clear();
        *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(m_batchQuery.lastError().text());
        return false;
    }
    m_batchQuery.finish();
    m_prefetchedFrom = fromYear;
    m_prefetchedTo = toYear;
    return true;
}

bool PersonYearStream::read(qint64 staffId, int fromYear, int toYear, QHash<int, Year> *out, QString *error)
{
    out->clear();
    auto hit = m_prefetched.find(staffId);
    if (hit != m_prefetched.end() && fromYear == m_prefetchedFrom && toYear == m_prefetchedTo) {
        *out = std::move(hit.value());
        m_prefetched.erase(hit);
        return true;
    }
    if (!m_prepared) {
        if (!prepare(&m_query, QStringLiteral("a.staff_id = ?"), error))
            return false;
        m_prepared = true;
    }
    m_query.bindValue(0, staffId);
    m_query.bindValue(1, fromYear);
    m_query.bindValue(2, toYear);
    if (!run(&m_query, error))
        return false;
    while (m_query.next())
        take(m_query, staffId, out);
    if (m_query.lastError().isValid()) {
        *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(m_query.lastError().text());
        return false;
    }
    m_query.finish();
    return true;
}

QJsonObject PersonYearStream::paramsOf(const QByteArray &text)
{
    auto hit = m_params.constFind(text);
    if (hit != m_params.constEnd())
        return hit.value();
    if (m_params.size() >= kCacheLimit)
        m_params.clear();
    return m_params.insert(text, QJsonDocument::fromJson(text).object()).value();
}

YearResult PersonYearStream::aggregate(const RuleSet &set, int year, const QList<ActivityInput> &inputs,
                                       const QList<QByteArray> &paramsText)
{
    // CreditCalculator::calculate reads the set, the kind, the year, the subject and the parameters,
    // and the dates only for a kind whose duration field is filled from them (withDuration).
    QList<CreditResult> credits;
    credits.reserve(inputs.size());
    CreditKey key;
    key.set = &set;
    for (int i = 0; i < inputs.size(); ++i) {
        const ActivityInput &in = inputs.at(i);
        key.kind = in.kind;
        key.year = in.year;
        key.subject = in.subject;
        key.params = paramsText.at(i);
        const ActivityKind *kind = set.kind(in.kind);
        const bool dated = kind && !kind->duration.field.isEmpty();
        key.startDay = dated ? in.startDate.toJulianDay() : 0;
        key.endDay = dated ? in.date.toJulianDay() : 0;
        auto hit = m_credits.constFind(key);
        if (hit == m_credits.constEnd()) {
            if (m_credits.size() >= kCacheLimit)
                m_credits.clear();
            hit = m_credits.insert(key, CreditCalculator::calculate(set, in));
        }
        credits << hit.value();
    }
    return PrecreditedYear::aggregate(set, year, inputs, credits);
}
