#include "rules/ActivityInput.h"

#include "domain/Activity.h"

namespace {
QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}
} // namespace

ActivityInput ActivityInput::fromJson(const QJsonObject &o)
{
    ActivityInput a;
    a.id = str(o, "id");
    a.person = str(o, "person");
    a.personName = str(o, "name");
    const QJsonValue y = o.value(QLatin1String("year"));
    a.year = y.isString() ? y.toString().trimmed().toInt() : y.toInt();
    a.kind = str(o, "kind").trimmed();
    a.params = o.value(QLatin1String("params")).toObject();
    a.subject = subjectFromId(str(o, "subject"));
    a.title = str(o, "title");
    a.date = QDate::fromString(str(o, "date"), Qt::ISODate);
    a.declaredOn = QDate::fromString(str(o, "declaredOn"), Qt::ISODate);
    a.startDate = QDate::fromString(str(o, "startDate"), Qt::ISODate);
    return a;
}

ActivityInput ActivityInput::fromActivity(const Activity &act)
{
    ActivityInput a;
    a.id = act.id ? QString::number(act.id) : QString();
    a.person = act.staffId ? QString::number(act.staffId) : QString();
    a.year = act.year;
    a.kind = act.kind;
    a.params = act.params;
    a.subject = subjectFromId(act.subject);
    a.title = act.title;
    a.date = act.endDate.isValid() ? act.endDate : act.startDate;
    a.startDate = act.startDate;
    return a;
}

QJsonObject ActivityInput::toJson() const
{
    QJsonObject o{{QStringLiteral("year"), year},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("params"), params}};
    auto put = [&o](const char *k, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    };
    put("id", id);
    put("person", person);
    put("name", personName);
    put("subject", subjectId(subject));
    put("title", title);
    if (date.isValid())
        put("date", date.toString(Qt::ISODate));
    if (startDate.isValid())
        put("startDate", startDate.toString(Qt::ISODate));
    if (declaredOn.isValid())
        put("declaredOn", declaredOn.toString(Qt::ISODate));
    return o;
}
