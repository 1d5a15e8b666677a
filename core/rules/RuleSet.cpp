#include "rules/RuleSet.h"

#include <QJsonArray>

const ActivityKind *RuleSet::kind(const QString &id) const
{
    for (const ActivityKind &k : m_kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

QList<const ActivityKind *> RuleSet::kindsForEntry() const
{
    QList<const ActivityKind *> out;
    for (const QString &id : m_entryOrder) {
        if (const ActivityKind *k = kind(id))
            out << k;
    }
    for (const ActivityKind &k : m_kinds) {
        if (!m_entryOrder.contains(k.id))
            out << &k;
    }
    return out;
}

QJsonObject RuleSet::summaryJson() const
{
    QJsonArray kinds;
    for (const ActivityKind &k : m_kinds) {
        QJsonArray fields;
        for (const FieldSpec &f : k.fields)
            fields.append(f.toJson());
        QJsonObject o{{QStringLiteral("id"), k.id},
                      {QStringLiteral("label"), k.label},
                      {QStringLiteral("category"), ActivityKind::categoryId(k.category)},
                      {QStringLiteral("subject"), subjectPolicyId(k.subject)},
                      {QStringLiteral("clause"), k.clause},
                      {QStringLiteral("fields"), fields}};
        if (k.defaultSubject != Subject::None)
            o.insert(QStringLiteral("defaultSubject"), subjectId(k.defaultSubject));
        if (!k.evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(k.evidence));
        if (k.yearCap >= 0)
            o.insert(QStringLiteral("yearCap"), QJsonObject{{QStringLiteral("hours"), k.yearCap},
                                                            {QStringLiteral("clause"), k.yearCapClause}});
        if (k.group != k.id)
            o.insert(QStringLiteral("group"), k.group);
        if (!k.note.isEmpty())
            o.insert(QStringLiteral("note"), k.note);
        kinds.append(o);
    }
    QJsonObject o = m_source;
    o.insert(QStringLiteral("kinds"), kinds);
    return o;
}
