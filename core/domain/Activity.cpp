#include "domain/Activity.h"

QJsonObject Activity::toJson() const
{
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("staffId"), staffId},
        {QStringLiteral("year"), year},
        {QStringLiteral("startDate"), date(startDate)},
        {QStringLiteral("endDate"), date(endDate)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), title},
        {QStringLiteral("params"), params},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("status"), status},
    };
}

Activity Activity::fromJson(const QJsonObject &o)
{
    Activity a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.staffId = o.value(QStringLiteral("staffId")).toInteger();
    a.year = o.value(QStringLiteral("year")).toInt();
    a.startDate = QDate::fromString(o.value(QStringLiteral("startDate")).toString(), Qt::ISODate);
    a.endDate = QDate::fromString(o.value(QStringLiteral("endDate")).toString(), Qt::ISODate);
    a.kind = o.value(QStringLiteral("kind")).toString();
    a.title = o.value(QStringLiteral("title")).toString();
    a.params = o.value(QStringLiteral("params")).toObject();
    a.subject = o.value(QStringLiteral("subject")).toString();
    a.status = o.value(QStringLiteral("status")).toString(QStringLiteral("recorded"));
    return a;
}
