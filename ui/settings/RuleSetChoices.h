#pragma once
#include <QList>
#include <QString>

// The rule sets a unit can choose (id + display name), from the rules registry.
namespace RuleSetChoices {
struct Choice
{
    QString id;
    QString name;
};
QList<Choice> all();
QString nameOf(const QString &id);
}
