#pragma once
#include <QDate>
#include <QJsonObject>
#include <QString>

// One continuing-education activity of a person in a year. The meaning of `kind` and `params`
// comes from the rule set (core/rules); storage keeps them as given.
struct Activity
{
    qint64 id = 0;
    qint64 staffId = 0;
    int year = 0;
    QDate startDate;
    QDate endDate;
    QString kind;          // rule-set kind id, e.g. "training"
    QString title;         // 名称 (course, paper, project …)
    QJsonObject params;    // kind-specific parameters (days, rank, level …)
    QString subject;       // "" (not chosen), "public" (公需) or "professional" (专业)
    QString status = QStringLiteral("recorded");
    int version = 0;       // row version when read (0 = unknown: an update does not check it)

    QJsonObject toJson() const;
    static Activity fromJson(const QJsonObject &o);
};
