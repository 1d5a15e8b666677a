#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <cstring>

namespace {
char hexDigit(uint u)
{
    return char(u < 0xa ? '0' + u : 'a' + u - 0xa);
}

char *writeUnicodeEscape(char *p, char16_t u)
{
    const char text[] = {'\\', 'u', hexDigit(u >> 12 & 0xf), hexDigit(u >> 8 & 0xf), hexDigit(u >> 4 & 0xf), hexDigit(u & 0xf)};
    std::memcpy(p, text, sizeof text);
    return p + sizeof text;
}

// An ASCII character JSON escapes ('"', '\\' or a control), as Qt writes it.
char *writeEscape(char *p, char16_t u)
{
    *p++ = '\\';
    switch (u) {
    case 0x22: *p++ = '"'; break;
    case 0x5c: *p++ = '\\'; break;
    case 0x8: *p++ = 'b'; break;
    case 0xc: *p++ = 'f'; break;
    case 0xa: *p++ = 'n'; break;
    case 0xd: *p++ = 'r'; break;
    case 0x9: *p++ = 't'; break;
    default: return writeUnicodeEscape(p - 1, u);
    }
    return p;
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

// Both writers size the output for the worst case first (6 bytes a code unit: \u00xx), write through a
// pointer and cut the rest: appending byte by byte to a QByteArray cost ~55 instructions a byte.
void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != 0x22 && u != 0x5c) {
                *p++ = char(u);
                continue;
            }
            p = writeEscape(p, u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (ucs4 >> 18));
            *p++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *p++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *p++ = char(0x80 | (ucs4 & 0x3f));
        } else {
            p = writeUnicodeEscape(p, u); // a lone surrogate: not UTF-8, Qt writes the escape
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void JsonWriter::appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * utf8.size());
    char *p = out.data() + start;
    *p++ = '"';
    const char *from = utf8.data();
    const char *const end = from + utf8.size();
    for (const char *q = from; q != end; ++q) {
        const uchar c = uchar(*q);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        std::memcpy(p, from, size_t(q - from));
        p = writeEscape(p + (q - from), c);
        from = q + 1;
    }
    std::memcpy(p, from, size_t(end - from));
    p += end - from;
    *p++ = '"';
    out.truncate(p - out.constData());
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
