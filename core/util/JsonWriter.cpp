#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace {
char hexDigit(uint u)
{
    return char(u < 0xa ? '0' + u : 'a' + u - 0xa);
}

void appendEscape(QByteArray &out, char16_t u)
{
    const char text[] = {'\\', 'u', hexDigit(u >> 12 & 0xf), hexDigit(u >> 8 & 0xf), hexDigit(u >> 4 & 0xf), hexDigit(u & 0xf)};
    out.append(text, sizeof text);
}

void appendNumber(QByteArray &out, const QJsonValue &v)
{
    // QJsonValue keeps integers and doubles apart (QCborValue); toVariant tells which.
    const QVariant variant = v.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        out += QByteArray::number(variant.toLongLong());
        return;
    }
    const double d = v.toDouble();
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}
} // namespace

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != 0x22 && u != 0x5c) {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case 0x22: out += '"'; break;
            case 0x5c: out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default:
                out += 'u';
                out += '0';
                out += '0';
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (ucs4 >> 18));
            out += char(0x80 | ((ucs4 >> 12) & 0x3f));
            out += char(0x80 | ((ucs4 >> 6) & 0x3f));
            out += char(0x80 | (ucs4 & 0x3f));
        } else {
            appendEscape(out, u); // a lone surrogate: not UTF-8, Qt writes the escape
        }
    }
    out += '"';
}

void JsonWriter::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    const char *from = utf8.data();
    const char *const end = from + utf8.size();
    for (const char *p = from; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(from, p - from);
        from = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case 0x8: out += "\\b"; break;
        case 0xc: out += "\\f"; break;
        case 0xa: out += "\\n"; break;
        case 0xd: out += "\\r"; break;
        case 0x9: out += "\\t"; break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hexDigit(c >> 4), hexDigit(c & 0xf)};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(from, end - from);
    out += '"';
}

void JsonWriter::appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, v);
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &element : v.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, element);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        out += object(v.toObject());
        break;
    }
}

QByteArray JsonWriter::object(const QJsonObject &o)
{
    QByteArray out;
    out += '{';
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it != o.constBegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return out;
}

void JsonWriter::beginObject()
{
    *m_out += '{';
    m_first = true;
}

void JsonWriter::endObject()
{
    *m_out += '}';
    m_first = false;
}

void JsonWriter::separate()
{
    if (!m_first)
        *m_out += ',';
    m_first = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendString(*m_out, name);
    *m_out += ':';
}

void JsonWriter::string(QStringView text)
{
    appendString(*m_out, text);
}

void JsonWriter::integer(qint64 value)
{
    *m_out += QByteArray::number(value);
}

void JsonWriter::value(const QJsonValue &v)
{
    appendValue(*m_out, v);
}
