#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

// Compact JSON text written directly, byte for byte what QJsonDocument(o).toJson(QJsonDocument::Compact)
// gives (Qt 6): the same string escapes (\" \\ \b \f \n \r \t, other controls as \u00xx, non-ASCII as
// UTF-8, a lone surrogate as \udxxx), numbers as QByteArray::number(d, 'g', FloatingPointShortest) or the
// integer, non-finite as null, object keys in the order the caller gives (QJsonObject's is sorted).
// Audit rows are hashed over this text (AuditChain), so it must not drift: test_json_writer compares
// it with QJsonDocument over hostile strings and numbers.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out) : m_out(out) {}

    // {"key":value,...}: begin, then key()+value per member in sorted key order, then end.
    void beginObject();
    void endObject();
    void key(QStringView name);
    void string(QStringView text);
    void integer(qint64 value);
    void value(const QJsonValue &value);

    static void appendString(QByteArray &out, QStringView text);
    // The same for a text already in valid UTF-8 (e.g. JSON this writer wrote): its bytes kept, only
    // '"', '\\' and controls escaped. Equals appendString(out, QString::fromUtf8(utf8)) for valid UTF-8.
    static void appendUtf8String(QByteArray &out, QByteArrayView utf8);
    static void appendValue(QByteArray &out, const QJsonValue &value);
    // QJsonDocument(o).toJson(QJsonDocument::Compact), without building the document.
    static QByteArray object(const QJsonObject &o);

private:
    void separate();
    QByteArray *m_out;
    bool m_first = true;
};
