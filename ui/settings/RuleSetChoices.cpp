#include "RuleSetChoices.h"

#include "rules/RuleSetRegistry.h"

namespace RuleSetChoices {

QList<Choice> all()
{
    QList<Choice> out;
    for (const RuleSet &set : RuleSetRegistry::embedded().sets())
        out.append({set.id(), set.name()});
    return out;
}

QString nameOf(const QString &id)
{
    if (const RuleSet *set = RuleSetRegistry::embedded().find(id))
        return set->name();
    return id;
}

}
