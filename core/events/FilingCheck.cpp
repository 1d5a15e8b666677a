#include "events/FilingCheck.h"

#include "rules/ActivityKind.h"
#include "rules/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonArray filingRules()
{
    static const QJsonArray rules = [] {
        QFile f(QStringLiteral(":/events/filing.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonArray();
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rules")).toArray();
    }();
    return rules;
}

QString subjectOf(const RuleSet &set, const TrainingEvent &e)
{
    const ActivityKind *kind = set.kind(e.kind);
    if (!kind)
        return e.subject;
    switch (kind->subject) {
    case SubjectPolicy::Public: return QStringLiteral("public");
    case SubjectPolicy::Professional: return QStringLiteral("professional");
    case SubjectPolicy::PersonChooses: break;
    }
    return e.subject.isEmpty() ? subjectId(kind->defaultSubject) : e.subject;
}

bool listed(const QJsonObject &rule, const char *key, const QString &value)
{
    const QJsonArray values = rule.value(QLatin1String(key)).toArray();
    if (values.isEmpty())
        return true;
    for (const QJsonValue &v : values)
        if (v.toString() == value)
            return true;
    return false;
}
} // namespace

QStringList FilingCheck::warnings(const RuleSet &set, const TrainingEvent &e)
{
    QStringList out;
    for (const QJsonValue &v : filingRules()) {
        const QJsonObject rule = v.toObject();
        if (!listed(rule, "ruleSets", set.id()) || !listed(rule, "kinds", e.kind) || !listed(rule, "subjects", subjectOf(set, e)))
            continue;
        const int days = rule.value(QStringLiteral("daysBefore")).toInt();
        const QString clause = rule.value(QStringLiteral("clause")).toString();
        if (!e.filingDate.isValid()) {
            out << tr("No filing date (备案日期) is recorded; %1").arg(clause);
            continue;
        }
        if (!e.startDate.isValid())
            continue;
        const QDate latest = e.startDate.addDays(-days);
        if (e.filingDate > latest)
            out << (days > 0 ? tr("Filed on %1, later than %2 (%3 days before the start %4); %5")
                                   .arg(e.filingDate.toString(Qt::ISODate), latest.toString(Qt::ISODate))
                                   .arg(days)
                                   .arg(e.startDate.toString(Qt::ISODate), clause)
                             : tr("Filed on %1, after the start %2; %3")
                                   .arg(e.filingDate.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate), clause));
    }
    return out;
}
