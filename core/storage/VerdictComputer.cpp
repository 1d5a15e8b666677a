#include "storage/VerdictComputer.h"

#include "storage/SqlDialect.h"

#include "rules/ActivityInput.h"
#include "rules/FiguresOnly.h"
#include "storage/PackedActivities.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

VerdictComputer::VerdictComputer(QHash<qint64, QString> unitRuleSets, const RuleSetRegistry &registry)
    : m_unitRuleSets(std::move(unitRuleSets)), m_registry(registry)
{
    QStringList kinds;
    for (const RuleSet &set : registry.sets()) {
        for (const ActivityKind &k : set.kinds()) {
            if (k.chooseOne.enabled && k.chooseOne.sameWhen.contains(QLatin1String("$title")) && !kinds.contains(k.id))
                kinds << k.id;
        }
    }
    kinds.sort();
    for (const QString &k : qAsConst(kinds))
        m_titleKinds << k;
}

QHash<qint64, QString> VerdictComputer::unitRuleSets(QSqlDatabase db)
{
    QHash<qint64, QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, rule_set FROM unit"))) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return out;
}

const RuleSet *VerdictComputer::inForce(const RuleSetRegistry &registry, const QString &unitRuleSet, int year)
{
    const RuleSet *chosen = registry.find(unitRuleSet);
    if (!chosen)
        return nullptr;
    if (const RuleSet *resolved = registry.resolve(chosen->family(), year))
        return resolved;
    return chosen;
}

QString VerdictComputer::fingerprint(const RuleSet &set)
{
    const QByteArray data = QJsonDocument(set.source()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16));
}

QString VerdictComputer::columns(bool joinsStaff) const
{
    return columns(SqlDialect::sqlite(), joinsStaff);
}

QString VerdictComputer::columns(const SqlDialect &dialect, bool joinsStaff) const
{
    // One row per person-year: its activities packed by the database into one JSON text
    // (PackedActivities), read as one value. The Qt driver's cost is per value (a QVariant, a copy, a
    // conversion), so 4 values per person-year instead of 10 per activity; SQLite's JSON quoting is its
    // cheapest way to pack (about half the CPU of printf with length prefixes). Titles only for the kinds
    // whose rules compare them. The order inside a person-year is restored in run() (the aggregate's
    // order is not defined). The SQL text comes from the dialect (SqlDialect).
    QString title = QStringLiteral("NULL");
    if (!m_titleKinds.isEmpty()) {
        title = QStringLiteral("CASE a.kind");
        for (int i = 0; i < m_titleKinds.size(); ++i)
            title += QStringLiteral(" WHEN ? THEN a.title");
        title += QStringLiteral(" END");
    }
    // As bytes (SQLite: CAST AS BLOB): the driver hands them over as they are (a TEXT value costs a
    // UTF-16 conversion there and another one back).
    const QString unit = joinsStaff ? dialect.groupValue(QStringLiteral("s.unit_id")) : QStringLiteral("0");
    return QStringLiteral("a.staff_id, a.year, ") + unit + QStringLiteral(", ")
        + dialect.asBytes(dialect.packedArrays(QStringLiteral("a.id, a.start_date, a.end_date, a.kind, a.params, a.subject, ") + title));
}

QString VerdictComputer::orderBy()
{
    return QStringLiteral(" GROUP BY a.staff_id, a.year ORDER BY a.staff_id, a.year");
}

const RuleSet *VerdictComputer::setFor(qint64 unitId, int year)
{
    const QPair<qint64, int> key(unitId, year);
    auto it = m_sets.constFind(key);
    if (it != m_sets.constEnd())
        return it.value();
    const RuleSet *set = inForce(m_registry, m_unitRuleSets.value(unitId), year);
    m_sets.insert(key, set);
    return set;
}

QString VerdictComputer::fingerprintOf(const RuleSet *set)
{
    auto it = m_fingerprints.constFind(set);
    if (it != m_fingerprints.constEnd())
        return it.value();
    if (m_sharedFingerprints) {
        QMutexLocker lock(&m_sharedFingerprints->mutex);
        auto shared = m_sharedFingerprints->bySet.constFind(set);
        if (shared == m_sharedFingerprints->bySet.constEnd())
            shared = m_sharedFingerprints->bySet.insert(set, fingerprint(*set));
        m_fingerprints.insert(set, shared.value());
        return shared.value();
    }
    const QString f = fingerprint(*set);
    m_fingerprints.insert(set, f);
    return f;
}

namespace {
using PackedActivities::Field;

// "yyyy-MM-dd" read directly (the stored form); anything else through QDate's own parser.
QDate dateOf(const Field &f)
{
    if (f.null || f.size == 0)
        return QDate();
    if (f.escaped)
        return QDate::fromString(QString::fromLatin1(f.text()), Qt::ISODate);
    const char *d = f.data;
    auto digits = [d](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (d[i] < '0' || d[i] > '9')
                return -1;
            v = v * 10 + (d[i] - '0');
        }
        return v;
    };
    if (f.size == 10 && d[4] == '-' && d[7] == '-') {
        const int y = digits(0, 4), m = digits(5, 2), day = digits(8, 2);
        if (y >= 0 && m >= 0 && day >= 0)
            return QDate(y, m, day);
    }
    return QDate::fromString(QString::fromLatin1(f.data, f.size), Qt::ISODate);
}

const QString &textOf(const Field &f, QList<QPair<QByteArray, QString>> *cache)
{
    for (const auto &c : qAsConst(*cache)) {
        if (c.first.size() == f.size && std::memcmp(c.first.constData(), f.data, size_t(f.size)) == 0)
            return c.second;
    }
    cache->append({QByteArray(f.data, f.size), QString::fromUtf8(f.text())});
    return cache->last().second;
}
} // namespace

bool VerdictComputer::run(QSqlQuery &q, QList<PersonYearVerdict> *out, const std::atomic<bool> *cancelled,
                          std::atomic<int> *peopleDone)
{
    QList<ActivityInput> inputs;
    QList<const CreditResult *> credits;
    QList<PackedActivities::Activity> rows;
    QList<int> order;
    QByteArray key;
    qint64 staff = 0;
    while (q.next()) {
        const qint64 rowStaff = q.value(0).toLongLong();
        const int year = q.value(1).toInt();
        if (rowStaff != staff) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return false;
            if (peopleDone && staff != 0)
                peopleDone->fetch_add(1, std::memory_order_relaxed);
            staff = rowStaff;
        }
        // A person missing from the map has no unit (as the join with staff would drop the rows).
        const auto known = m_staffUnits ? m_staffUnits->constFind(staff) : QHash<qint64, qint64>::const_iterator();
        if (m_staffUnits && known == m_staffUnits->constEnd())
            continue;
        const RuleSet *set = setFor(m_staffUnits ? known.value() : q.value(2).toLongLong(), year);
        if (!set)
            continue;
        const QByteArray text = q.value(3).toByteArray();
        if (!PackedActivities::parse(text, &rows)) {
            m_error = QCoreApplication::translate("VerdictComputer", "the activities of person %1 in %2 could not be read").arg(staff).arg(year);
            return false;
        }
        order.resize(rows.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&rows](int x, int y) { return PackedActivities::before(rows.at(x), rows.at(y)); });
        inputs.clear();
        credits.clear();
        if (m_credits.size() > 50000) { // bounded memory when nearly every activity differs
            m_credits.clear();
            m_creditStore.clear();
        }
        for (int i : qAsConst(order)) {
            const PackedActivities::Activity &a = rows.at(i);
            ActivityInput in;
            in.year = year;
            const QDate start = dateOf(a.start);
            const QDate end = dateOf(a.end);
            in.kind = textOf(a.kind, &m_kindTexts);
            if (!a.title.null)   // only the kinds of titleKinds (columns())
                in.title = QString::fromUtf8(a.title.text());
            in.subject = subjectFromId(textOf(a.subject, &m_subjectTexts));
            in.date = end.isValid() ? end : start;
            in.startDate = start;
            const ActivityKind *kind = set->kind(in.kind);
            // Fixed-size parts, then each text with its length: no two different activities share a key.
            // (sized once and filled with memcpy: QByteArray::append per part cost 6 % of the compute)
            const bool dated = kind && !kind->duration.field.isEmpty();
            const Field *parts[] = {&a.kind, &a.subject, &a.params, &a.start, &a.end};
            const int partCount = dated ? 5 : 3;
            qsizetype size = qsizetype(sizeof set + sizeof year);
            for (int p = 0; p < partCount; ++p)
                size += qsizetype(sizeof(int)) + parts[p]->size;
            key.resize(size);
            char *k = key.data();
            std::memcpy(k, &set, sizeof set);
            k += sizeof set;
            std::memcpy(k, &year, sizeof year);
            k += sizeof year;
            for (int p = 0; p < partCount; ++p) {
                std::memcpy(k, &parts[p]->size, sizeof(int));
                k += sizeof(int);
                if (parts[p]->size > 0)
                    std::memcpy(k, parts[p]->data, size_t(parts[p]->size));
                k += parts[p]->size;
            }
            auto hit = m_credits.constFind(key);
            if (hit == m_credits.constEnd()) {
                in.params = QJsonDocument::fromJson(a.params.text()).object();
                m_creditStore.push_back(FiguresOnly::calculate(*set, in));
                hit = m_credits.insert(key, &m_creditStore.back());
            }
            credits.append(hit.value());
            inputs.append(std::move(in));
        }
        if (!inputs.isEmpty()) {
            const YearResult r = FiguresOnly::figures(*set, year, inputs, credits);
            out->append(PersonYearVerdict::fromResult(r, staff, fingerprintOf(set)));
            if (m_sink && out->size() >= m_batchRows && !m_sink(out))
                return false;
        }
    }
    if (peopleDone && staff != 0)
        peopleDone->fetch_add(1, std::memory_order_relaxed);
    return !q.lastError().isValid();
}
