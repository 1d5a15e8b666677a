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
    return QStringLiteral("a.staff_id, a.year, s.unit_id, a.id, a.start_date, a.end_date, a.kind, a.title, a.params, a.subject");
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
    qint64 staff = 0;
    int year = 0;
    qint64 unit = 0;
    auto finish = [&]() {
        if (inputs.isEmpty())
            return;
        if (const RuleSet *set = setFor(unit, year)) {
            const YearResult r = FiguresOnly::aggregate(*set, year, inputs);
            out->append(PersonYearVerdict::fromResult(r, staff, fingerprintOf(set)));
        }
        inputs.clear();
    };
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
            unit = q.value(2).toLongLong();
        }
        ActivityInput in;
        in.id = q.value(3).toString();
        in.person = QString::number(rowStaff);
        in.year = rowYear;
        const QDate start = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        in.kind = q.value(6).toString();
        in.title = q.value(7).toString();
        in.params = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        in.subject = subjectFromId(q.value(9).toString());
        in.date = end.isValid() ? end : start;
        in.startDate = start;
        inputs.append(in);
    }
    finish();
    if (peopleDone && staff != 0)
        peopleDone->fetch_add(1, std::memory_order_relaxed);
    return !q.lastError().isValid();
}
