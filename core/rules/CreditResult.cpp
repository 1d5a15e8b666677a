#include "rules/CreditResult.h"

#include <QJsonArray>

QJsonObject CreditResult::toJson() const
{
    if (!ok())
        return QJsonObject{{QStringLiteral("kind"), kindId}, {QStringLiteral("error"), error}};
    QJsonObject o{{QStringLiteral("kind"), kindId},
                  {QStringLiteral("kindLabel"), kindLabel},
                  {QStringLiteral("hours"), hours},
                  {QStringLiteral("subject"), subjectId(subject)},
                  {QStringLiteral("clause"), clause},
                  {QStringLiteral("explanation"), explanation},
                  {QStringLiteral("params"), params}};
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (fullYear)
        o.insert(QStringLiteral("fullYear"), true);
    if (!creditable) {
        o.insert(QStringLiteral("creditable"), false);
        o.insert(QStringLiteral("reason"), reason);
    }
    return o;
}
