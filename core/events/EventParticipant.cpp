#include "events/EventParticipant.h"

QJsonObject EventParticipant::toJson() const
{
    return QJsonObject{
        {QStringLiteral("eventId"), eventId},
        {QStringLiteral("staffId"), staffId},
        {QStringLiteral("idNumber"), idNumber},
        {QStringLiteral("name"), name},
        {QStringLiteral("position"), position},
        {QStringLiteral("result"), result},
        {QStringLiteral("daysAttended"), daysAttended},
        {QStringLiteral("remark"), remark},
        {QStringLiteral("activityId"), activityId},
    };
}

QStringList EventParticipant::results()
{
    return {QStringLiteral("合格"), QStringLiteral("不合格"), QStringLiteral("缺考"), QStringLiteral("无需考核")};
}

bool EventParticipant::isCreditedResult(const QString &result)
{
    return result == QStringLiteral("合格") || result == QStringLiteral("无需考核");
}
