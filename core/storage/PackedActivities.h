#pragma once
#include <QByteArray>
#include <QList>

// The activities of one person-year as SQLite packs them for the verdict recompute:
// json_group_array(json_array(id, start_date, end_date, kind, params, subject, title)) — one JSON
// array of arrays, produced by SQLite itself (no white space; texts quoted with SQLite's escapes).
// Read in place: each field is a slice of the text, still escaped; a slice is unescaped only where
// its text is needed (text(): kinds, subjects, dates, titles; params once per distinct text). Two
// fields with the same raw bytes have the same text (the escaping is a function of the text), so
// raw bytes serve as cache keys.
namespace PackedActivities {
struct Field
{
    const char *data = nullptr;   // the raw bytes between the quotes (or the number's digits)
    int size = 0;
    bool null = true;             // JSON null (SQL NULL)
    bool escaped = false;         // the raw bytes hold a backslash escape
    // The field's text (unescaped UTF-8 bytes); empty for null.
    QByteArray text() const;
    bool sameText(const Field &o) const { return escaped == o.escaped && size == o.size && (size == 0 || memcmpEqual(o)); }

private:
    bool memcmpEqual(const Field &o) const;
};

// One activity's fields, in the order of the packed array.
struct Activity
{
    qint64 id = 0;
    Field start, end, kind, params, subject, title;
};

// Parses the packed text into `out` (cleared first); false when it is not of the packed form.
bool parse(const QByteArray &packed, QList<Activity> *out);
// ORDER BY start_date, id as SQLite sorts them (NULL first, then text by its bytes).
bool before(const Activity &x, const Activity &y);
} // namespace PackedActivities
