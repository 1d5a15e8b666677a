#include "storage/VerdictComputer.h"

#include "storage/SqlDialect.h"

#include "rules/ActivityInput.h"
#include "rules/FiguresOnly.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

VerdictComputer::VerdictComputer(QHash<qint64, QString> unitRuleSets, const RuleSetRegistry &registry)
    : m_unitRuleSets(std::move(unitRuleSets)), m_registry(registry)
{
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

QString VerdictComputer::columns()
{
    return columns(SqlDialect::sqlite());
}

QString VerdictComputer::columns(const SqlDialect &dialect)
{
    // One row per person-year: its activities packed into one text (group_concat of length-prefixed
    // fields "<bytes>:<value>", -1 for NULL; one printf per activity, which allocates once), read as a
    // BLOB. The Qt driver's cost is per value (a QVariant, a copy, a conversion), so 4 values per
    // person-year instead of 10 per activity; the parameters go to the JSON parser as bytes, and only
    // once per distinct parameter text. The order inside a person-year is restored in run()
    // (group_concat's order is not defined). The SQL text comes from the dialect (SqlDialect).
    const QStringList fields = {QStringLiteral("a.id"), QStringLiteral("a.start_date"), QStringLiteral("a.end_date"), QStringLiteral("a.kind"),
                                QStringLiteral("a.title"), QStringLiteral("a.params"), QStringLiteral("a.subject")};
    return QStringLiteral("a.staff_id, a.year, ") + dialect.groupValue(QStringLiteral("s.unit_id")) + QStringLiteral(", ")
        + dialect.asBytes(dialect.stringAgg(dialect.packedFields(fields), QStringLiteral("''")));
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
    const QString f = fingerprint(*set);
    m_fingerprints.insert(set, f);
    return f;
}

namespace {
// A field of the packed text (see columns()); a value holding a NUL byte (printf's %s stops there)
// does not match its length and fails the whole run rather than being read wrong.
struct Field
{
    const char *data = nullptr;
    int size = 0;
    bool null = true;
    QByteArray bytes() const { return QByteArray(data, size); }
};

// One activity's fields, in the order of columns().
struct Packed
{
    Field id, start, end, kind, title, params, subject;
};

bool readField(const char *&p, const char *end, Field *f)
{
    if (p >= end)
        return false;
    if (*p == '-') { // "-1:": NULL
        if (end - p < 3 || p[1] != '1' || p[2] != ':')
            return false;
        p += 3;
        *f = Field();
        return true;
    }
    int n = 0;
    while (p < end && *p >= '0' && *p <= '9')
        n = n * 10 + (*p++ - '0');
    if (p >= end || *p != ':' || end - p - 1 < n)
        return false;
    ++p;
    f->data = p;
    f->size = n;
    f->null = false;
    p += n;
    return true;
}

bool unpack(const QByteArray &text, QList<Packed> *out)
{
    out->clear();
    const char *p = text.constData();
    const char *end = p + text.size();
    while (p < end) {
        Packed a;
        if (!readField(p, end, &a.id) || !readField(p, end, &a.start) || !readField(p, end, &a.end) || !readField(p, end, &a.kind)
            || !readField(p, end, &a.title) || !readField(p, end, &a.params) || !readField(p, end, &a.subject))
            return false;
        out->append(a);
    }
    return true;
}

qint64 idOf(const Packed &a)
{
    return QByteArray::fromRawData(a.id.data, a.id.size).toLongLong();
}

// ORDER BY start_date, id as SQLite sorts them (NULL first, text by bytes): the order of
// ActivityRepository::list, on which caps and ties depend.
bool before(const Packed &x, const Packed &y)
{
    if (x.start.null != y.start.null)
        return x.start.null;
    const int c = std::memcmp(x.start.data, y.start.data, size_t(qMin(x.start.size, y.start.size)));
    if (c != 0)
        return c < 0;
    if (x.start.size != y.start.size)
        return x.start.size < y.start.size;
    return idOf(x) < idOf(y);
}

// "yyyy-MM-dd" read directly (the stored form); anything else through QDate's own parser.
QDate dateOf(const Field &f)
{
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
    return f.size == 0 ? QDate() : QDate::fromString(QString::fromLatin1(f.data, f.size), Qt::ISODate);
}

const QString &textOf(const Field &f, QList<QPair<QByteArray, QString>> *cache)
{
    for (const auto &c : qAsConst(*cache)) {
        if (c.first.size() == f.size && std::memcmp(c.first.constData(), f.data, size_t(f.size)) == 0)
            return c.second;
    }
    cache->append({f.bytes(), QString::fromUtf8(f.data, f.size)});
    return cache->last().second;
}
} // namespace

bool VerdictComputer::run(QSqlQuery &q, QList<PersonYearVerdict> *out, const std::atomic<bool> *cancelled,
                          std::atomic<int> *peopleDone)
{
    QList<ActivityInput> inputs;
    QList<CreditResult> credits;
    QList<Packed> rows;
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
        const RuleSet *set = setFor(q.value(2).toLongLong(), year);
        if (!set)
            continue;
        const QByteArray text = q.value(3).toByteArray();
        if (!unpack(text, &rows))
            return false;
        order.resize(rows.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&rows](int x, int y) { return before(rows.at(x), rows.at(y)); });
        inputs.clear();
        credits.clear();
        for (int i : qAsConst(order)) {
            const Packed &a = rows.at(i);
            ActivityInput in;
            in.year = year;
            const QDate start = dateOf(a.start);
            const QDate end = dateOf(a.end);
            in.kind = textOf(a.kind, &m_kindTexts);
            in.title = QString::fromUtf8(a.title.data, a.title.size);
            in.subject = subjectFromId(textOf(a.subject, &m_subjectTexts));
            in.date = end.isValid() ? end : start;
            in.startDate = start;
            const ActivityKind *kind = set->kind(in.kind);
            // Fixed-size parts, then each text with its length: no two different activities share a key.
            key.clear();
            key.append(reinterpret_cast<const char *>(&set), sizeof set).append(reinterpret_cast<const char *>(&year), sizeof year);
            const bool dated = kind && !kind->duration.field.isEmpty();
            for (const Field *f : {&a.kind, &a.subject, &a.params, &a.start, &a.end}) {
                if (!dated && (f == &a.start || f == &a.end))
                    continue;
                key.append(reinterpret_cast<const char *>(&f->size), sizeof f->size).append(f->data, f->size);
            }
            auto hit = m_credits.constFind(key);
            if (hit == m_credits.constEnd()) {
                if (m_credits.size() > 50000)   // bounded memory when nearly every activity differs
                    m_credits.clear();
                in.params = QJsonDocument::fromJson(a.params.bytes()).object();
                hit = m_credits.insert(key, FiguresOnly::calculate(*set, in));
            }
            inputs.append(in);
            credits.append(hit.value());
        }
        if (!inputs.isEmpty()) {
            const YearResult r = FiguresOnly::aggregate(*set, year, inputs, &credits);
            out->append(PersonYearVerdict::fromResult(r, staff, fingerprintOf(set)));
        }
    }
    if (peopleDone && staff != 0)
        peopleDone->fetch_add(1, std::memory_order_relaxed);
    return !q.lastError().isValid();
}
