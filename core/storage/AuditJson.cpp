#include "storage/AuditJson.h"

#include "domain/Activity.h"
#include "domain/Staff.h"
#include "util/IsoDate.h"
#include "util/JsonWriter.h"

namespace {
// Staff::toJson/Activity::toJson write an invalid date as "" (a null QString becomes "").
QString dateText(const QDate &d)
{
    return IsoDate::text(d); // = d.toString(Qt::ISODate), null for an invalid date
}
} // namespace

QByteArray AuditJson::staff(const Staff &s)
{
    QByteArray out;
    out.reserve(512);
    JsonWriter w(&out);
    w.beginObject(); // QJsonObject's key order: sorted
    w.key(u"birthDate"), w.string(dateText(s.birthDate));
    w.key(u"department"), w.string(s.department);
    w.key(u"education"), w.string(s.education);
    w.key(u"ethnicity"), w.string(s.ethnicity);
    w.key(u"gender"), w.string(s.gender);
    w.key(u"id"), w.integer(s.id);
    w.key(u"idNumber"), w.string(s.idNumber);
    w.key(u"joinedOn"), w.string(dateText(s.joinedOn));
    w.key(u"name"), w.string(s.name);
    w.key(u"phone"), w.string(s.phone);
    w.key(u"status"), w.string(s.status);
    w.key(u"subSpecialty"), w.string(s.subSpecialty);
    w.key(u"title"), w.string(s.title);
    w.key(u"titleLevel"), w.string(s.titleLevel);
    w.key(u"titleSeries"), w.string(s.titleSeries);
    w.key(u"titleSought"), w.string(s.titleSought);
    w.endObject();
    return out;
}

QByteArray AuditJson::activity(const Activity &a, const QByteArray &paramsJson)
{
    QByteArray out;
    out.reserve(256 + paramsJson.size());
    JsonWriter w(&out);
    w.beginObject();
    w.key(u"endDate"), w.string(dateText(a.endDate));
    w.key(u"id"), w.integer(a.id);
    w.key(u"kind"), w.string(a.kind);
    w.key(u"params");
    out += paramsJson.isEmpty() ? JsonWriter::object(a.params) : paramsJson;
    w.key(u"staffId"), w.integer(a.staffId);
    w.key(u"startDate"), w.string(dateText(a.startDate));
    w.key(u"status"), w.string(a.status);
    w.key(u"subject"), w.string(a.subject);
    w.key(u"title"), w.string(a.title);
    w.key(u"year"), w.integer(a.year);
    w.endObject();
    return out;
}
