#include "events/TrainingEvent.h"

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject TrainingEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("organizer"), organizer},
        {QStringLiteral("host"), host},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("startDate"), dateText(startDate)},
        {QStringLiteral("endDate"), dateText(endDate)},
        {QStringLiteral("params"), params},
        {QStringLiteral("mode"), mode},
        {QStringLiteral("place"), place},
        {QStringLiteral("filingNumber"), filingNumber},
        {QStringLiteral("filingDate"), dateText(filingDate)},
        {QStringLiteral("filingAuthority"), filingAuthority},
        {QStringLiteral("notes"), notes},
    };
}

TrainingEvent TrainingEvent::fromJson(const QJsonObject &o)
{
    auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString().trimmed(); };
    auto date = [&](const char *k) { return QDate::fromString(str(k), Qt::ISODate); };
    TrainingEvent e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.title = str("title");
    e.organizer = str("organizer");
    e.host = str("host");
    e.kind = o.contains(QStringLiteral("kind")) ? str("kind") : QStringLiteral("training");
    e.subject = str("subject");
    e.startDate = date("startDate");
    e.endDate = date("endDate");
    e.params = o.value(QStringLiteral("params")).toObject();
    e.mode = str("mode");
    e.place = str("place");
    e.filingNumber = str("filingNumber");
    e.filingDate = date("filingDate");
    e.filingAuthority = str("filingAuthority");
    e.notes = str("notes");
    return e;
}

QStringList TrainingEvent::modes()
{
    return {QStringLiteral("线下"), QStringLiteral("线上")};
}
