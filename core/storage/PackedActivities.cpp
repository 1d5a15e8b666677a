#include "storage/PackedActivities.h"

#include <cstring>

namespace PackedActivities {
namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

// Reads 4 hex digits at p (p + 4 <= end); -1 if not hex.
int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// White space between tokens: none in SQLite's JSON; PostgreSQL's json_agg puts ", " and line breaks.
void skipSpace(const char *&p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
}

// One value at p: a string (raw slice between the quotes), null, or a number.
bool readValue(const char *&p, const char *end, Field *f)
{
    *f = Field();
    skipSpace(p, end);
    if (p >= end)
        return false;
    if (*p == '"') {
        const char *from = ++p;
        bool escaped = false;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                escaped = true;
                ++p;
            }
            ++p;
        }
        if (p >= end)
            return false;
        f->data = from;
        f->size = int(p - from);
        f->null = false;
        f->escaped = escaped;
        ++p;
        return true;
    }
    if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
        p += 4;
        return true;
    }
    const char *from = p;
    while (p < end && (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9')))
        ++p;
    if (p == from)
        return false;
    f->data = from;
    f->size = int(p - from);
    f->null = false;
    return true;
}

bool expect(const char *&p, const char *end, char c)
{
    skipSpace(p, end);
    if (p >= end || *p != c)
        return false;
    ++p;
    return true;
}

bool readId(const char *&p, const char *end, qint64 *id)
{
    skipSpace(p, end);
    bool negative = false;
    if (p < end && *p == '-') {
        negative = true;
        ++p;
    }
    const char *from = p;
    qint64 v = 0;
    while (p < end && *p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    if (p == from)
        return false;
    *id = negative ? -v : v;
    return true;
}
} // namespace

bool Field::memcmpEqual(const Field &o) const
{
    return std::memcmp(data, o.data, size_t(size)) == 0;
}

QByteArray Field::text() const
{
    if (!escaped)
        return QByteArray(data, size);
    QByteArray out;
    out.reserve(size);
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        if (*p != '\\') {
            out += *p++;
            continue;
        }
        if (++p >= end)
            break;
        const char c = *p++;
        switch (c) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            if (end - p < 4)
                return out;
            uint cp = uint(hex4(p));
            p += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const int low = hex4(p + 2);
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + uint(low - 0xdc00);
                    p += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: out += c; break;   // \" \\ \/
        }
    }
    return out;
}

bool parse(const QByteArray &packed, QList<Activity> *out)
{
    out->clear();
    const char *p = packed.constData();
    const char *end = p + packed.size();
    if (!expect(p, end, '['))
        return false;
    if (p < end && *p == ']')
        return p + 1 == end;
    for (;;) {
        Activity a;
        if (!expect(p, end, '[') || !readId(p, end, &a.id))
            return false;
        for (Field *f : {&a.start, &a.end, &a.kind, &a.params, &a.subject, &a.title}) {
            if (!expect(p, end, ',') || !readValue(p, end, f))
                return false;
        }
        if (!expect(p, end, ']'))
            return false;
        out->append(a);
        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        return expect(p, end, ']') && p == end;
    }
}

bool before(const Activity &x, const Activity &y)
{
    if (x.start.null != y.start.null)
        return x.start.null;
    if (x.start.null)
        return x.id < y.id;
    if (x.start.escaped || y.start.escaped) {
        const QByteArray a = x.start.text(), b = y.start.text();
        const int c = std::memcmp(a.constData(), b.constData(), size_t(qMin(a.size(), b.size())));
        if (c != 0)
            return c < 0;
        if (a.size() != b.size())
            return a.size() < b.size();
        return x.id < y.id;
    }
    const int c = std::memcmp(x.start.data, y.start.data, size_t(qMin(x.start.size, y.start.size)));
    if (c != 0)
        return c < 0;
    if (x.start.size != y.start.size)
        return x.start.size < y.start.size;
    return x.id < y.id;
}
} // namespace PackedActivities
