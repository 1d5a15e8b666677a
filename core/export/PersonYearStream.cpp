#include "export/PersonYearStream.h"

#include "rules/CreditCalculator.h"
#include "rules/PrecreditedYear.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace {
constexpr int kCacheLimit = 50000; // entries; cleared when full (nearly every activity different)
}

bool PersonYearStream::read(qint64 staffId, int fromYear, int toYear, QHash<int, Year> *out, QString *error)
{
    out->clear();
    if (!m_prepared) {
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
        // Text as BLOB: the UTF-8 bytes as stored (the parameter text is the cache key).
        if (!m_query.prepare(QStringLiteral(
                "SELECT a.id, a.year, CAST(a.start_date AS BLOB), CAST(a.end_date AS BLOB), a.kind, a.title,"
                " CAST(a.params AS BLOB), a.subject, a.status, a.version"
                " FROM activity a WHERE a.staff_id = ? AND a.year BETWEEN ? AND ?"
                " ORDER BY a.year, a.start_date, a.id"))) {
            *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(m_query.lastError().text());
            return false;
        }
        m_prepared = true;
    }
    m_query.bindValue(0, staffId);
    m_query.bindValue(1, fromYear);
    m_query.bindValue(2, toYear);
    if (!m_query.exec()) {
        *error = QCoreApplication::translate("export", "Cannot read the activities: %1").arg(m_query.lastError().text());
        return false;
    }
    while (m_query.next()) {
        Activity a;
        a.id = m_query.value(0).toLongLong();
        a.staffId = staffId;
        a.year = m_query.value(1).toInt();
        a.startDate = QDate::fromString(QString::fromLatin1(m_query.value(2).toByteArray()), Qt::ISODate);
        a.endDate = QDate::fromString(QString::fromLatin1(m_query.value(3).toByteArray()), Qt::ISODate);
        a.kind = m_query.value(4).toString();
        a.title = m_query.value(5).toString();
        const QByteArray params = m_query.value(6).toByteArray();
        a.params = paramsOf(params);
        a.subject = m_query.value(7).toString();
        a.status = m_query.value(8).toString();
        a.version = m_query.value(9).toInt();
        Year &y = (*out)[a.year];
        y.activities << a;
        y.paramsText << params;
    }
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
    const char sep = '\x1f';
    QList<CreditResult> credits;
    credits.reserve(inputs.size());
    for (int i = 0; i < inputs.size(); ++i) {
        const ActivityInput &in = inputs.at(i);
        QByteArray key = QByteArray::number(quintptr(&set)) + sep + in.kind.toUtf8() + sep + QByteArray::number(in.year)
            + sep + subjectId(in.subject).toUtf8() + sep + paramsText.at(i);
        const ActivityKind *kind = set.kind(in.kind);
        if (kind && !kind->duration.field.isEmpty())
            key += sep + QByteArray::number(in.startDate.toJulianDay()) + sep + QByteArray::number(in.date.toJulianDay());
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
