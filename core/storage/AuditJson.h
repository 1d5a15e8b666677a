#pragma once
#include <QByteArray>
#include <QString>

struct Activity;
struct Staff;

// The audit rows' JSON of a person and of an activity, written directly (util/JsonWriter): exactly the
// text of QJsonDocument(staff.toJson()).toJson(Compact) (keys sorted as QJsonObject sorts them), without
// building the QJsonObject. Hashed in the audit chain: test_json_writer compares both with the Qt path.
class AuditJson
{
public:
    static QByteArray staff(const Staff &s);
    // `paramsJson`: the params object's text when already written (JsonWriter::object(a.params)), else empty.
    static QByteArray activity(const Activity &a, const QByteArray &paramsJson = QByteArray());
};
