#include "domain/Staff.h"

QJsonObject Staff::toJson() const
{
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("idNumber"), idNumber},
        {QStringLiteral("name"), name},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("department"), department},
        {QStringLiteral("title"), title},
        {QStringLiteral("titleLevel"), titleLevel},
        {QStringLiteral("titleSeries"), titleSeries},
        {QStringLiteral("subSpecialty"), subSpecialty},
        {QStringLiteral("titleSought"), titleSought},
        {QStringLiteral("education"), education},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("joinedOn"), date(joinedOn)},
        {QStringLiteral("status"), status},
        {QStringLiteral("birthDate"), date(birthDate)},
    };
}

QStringList Staff::titleLevels()
{
    return {QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("副高级"), QStringLiteral("正高级")};
}

QStringList Staff::statuses()
{
    return {QStringLiteral("在职"), QStringLiteral("离职")};
}
