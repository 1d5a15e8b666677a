#include "storage/VerdictComputer.h"

#include "rules/ActivityInput.h"
#include "rules/FiguresOnly.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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
    // Text as BLOB: the driver then hands over the UTF-8 bytes as they are (no conversion to UTF-16 in
    // SQLite, half the reading time); the parameters go to the JSON parser as bytes, and only once
    // per distinct parameter text.
    return QStringLiteral("a.staff_id, a.year, s.unit_id, a.id, CAST(a.start_date AS BLOB), CAST(a.end_date AS BLOB),"
                          " CAST(a.kind AS BLOB), CAST(a.title AS BLOB), CAST(a.params AS BLOB), CAST(a.subject AS BLOB)");
}

QString VerdictComputer::orderBy()
{
    // Within a person-year: the order of ActivityRepository::list / listForYear (caps and ties depend on it).
    return QStringLiteral(" ORDER BY a.staff_id, a.year, a.start_date, a.id");
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

bool VerdictComputer::run(QSqlQuery &q, QList<PersonYearVerdict> *out, const std::atomic<bool> *cancelled,
                          std::atomic<int> *peopleDone)
{
    QList<ActivityInput> inputs;
    QList<CreditResult> credits;
    qint64 staff = 0;
    int year = 0;
    const RuleSet *set = nullptr;
    auto finish = [&]() {
        if (!inputs.isEmpty() && set) {
            const YearResult r = FiguresOnly::aggregate(*set, year, inputs, &credits);
            out->append(PersonYearVerdict::fromResult(r, staff, fingerprintOf(set)));
        }
        inputs.clear();
        credits.clear();
    };
    const char sep = '\x1f';
    while (q.next()) {
        const qint64 rowStaff = q.value(0).toLongLong();
        const int rowYear = q.value(1).toInt();
        if (rowStaff != staff || rowYear != year) {
            const bool newPerson = rowStaff != staff;
            finish();
            if (newPerson) {
                if (cancelled && cancelled->load(std::memory_order_relaxed))
                    return false;
                if (peopleDone && staff != 0)
                    peopleDone->fetch_add(1, std::memory_order_relaxed);
            }
            staff = rowStaff;
            year = rowYear;
            set = setFor(q.value(2).toLongLong(), year);
        }
        if (!set)
            continue;
        ActivityInput in;
        in.id = QString::number(q.value(3).toLongLong());
        in.year = rowYear;
        const QByteArray startText = q.value(4).toByteArray();
        const QByteArray endText = q.value(5).toByteArray();
        const QDate start = QDate::fromString(QString::fromLatin1(startText), Qt::ISODate);
        const QDate end = QDate::fromString(QString::fromLatin1(endText), Qt::ISODate);
        const QByteArray kindText = q.value(6).toByteArray();
        in.kind = QString::fromUtf8(kindText);
        in.title = QString::fromUtf8(q.value(7).toByteArray());
        const QByteArray subjectText = q.value(9).toByteArray();
        in.subject = subjectFromId(QString::fromUtf8(subjectText));
        in.date = end.isValid() ? end : start;
        in.startDate = start;
        const QByteArray paramsText = q.value(8).toByteArray();
        const ActivityKind *kind = set->kind(in.kind);
        QByteArray key = QByteArray::number(quintptr(set)) + sep + kindText + sep + QByteArray::number(rowYear) + sep + subjectText
            + sep + paramsText;
        if (kind && !kind->duration.field.isEmpty())
            key += sep + startText + sep + endText;
        auto hit = m_credits.constFind(key);
        if (hit == m_credits.constEnd()) {
            if (m_credits.size() > 50000)   // bounded memory when nearly every activity differs
                m_credits.clear();
            in.params = QJsonDocument::fromJson(paramsText).object();
            hit = m_credits.insert(key, FiguresOnly::calculate(*set, in));
        }
        inputs.append(in);
        credits.append(hit.value());
    }
    finish();
    if (peopleDone && staff != 0)
        peopleDone->fetch_add(1, std::memory_order_relaxed);
    return !q.lastError().isValid();
}
