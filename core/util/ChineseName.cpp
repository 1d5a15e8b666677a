#include "util/ChineseName.h"

#include <QCollator>
#include <QList>
#include <QLocale>
#include <algorithm>
#include <mutex>
#include <vector>

namespace {

constexpr char16_t kFirst = 0x4E00; // CJK Unified Ideographs
constexpr char16_t kLast = 0x9FFF;

const QCollator &collator()
{
    static const QCollator c(QLocale(QLocale::Chinese, QLocale::China));
    return c;
}

bool isCjk(QChar c)
{
    return c.unicode() >= kFirst && c.unicode() <= kLast;
}

// rank[c - kFirst]: position of the character in pinyin order (computed once, ~21,000 characters).
const std::vector<quint16> &ranks()
{
    static std::vector<quint16> table;
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<char16_t> chars;
        for (char16_t c = kFirst; c <= kLast; ++c)
            chars.push_back(c);
        const QCollator &coll = collator();
        std::stable_sort(chars.begin(), chars.end(), [&coll](char16_t a, char16_t b) {
            return coll.compare(QStringView(&a, 1), QStringView(&b, 1)) < 0;
        });
        table.assign(size_t(kLast - kFirst) + 1, 0);
        for (size_t i = 0; i < chars.size(); ++i)
            table[size_t(chars[i] - kFirst)] = quint16(i);
    });
    return table;
}

QChar initialOf(QChar c)
{
    // The first character (in pinyin order) of each initial letter; there is no i, u or v.
    // Compared by rank (one table look-up), not by calling the collator per character.
    static const QString bounds = QStringLiteral("阿八嚓哒妸发旮哈讥咔垃痳拏噢妑七呥扨它穵夕丫帀");
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNOPQRSTWXYZ");
    const std::vector<quint16> &rank = ranks();
    const quint16 r = rank[size_t(c.unicode() - kFirst)];
    QChar letter;
    for (int i = 0; i < bounds.size(); ++i) {
        if (rank[size_t(bounds.at(i).unicode() - kFirst)] <= r)
            letter = letters.at(i);
    }
    return letter;
}

} // namespace

QString ChineseName::sortKey(const QString &name)
{
    QString key;
    key.reserve(name.size() * 5);
    for (QChar c : name.trimmed()) {
        if (isCjk(c)) {
            key += QLatin1Char('h') + QStringLiteral("%1").arg(uint(ranks()[size_t(c.unicode() - kFirst)]), 4, 16, QLatin1Char('0'));
        } else {
            key += QLatin1Char('a') + QStringLiteral("%1").arg(uint(c.toLower().unicode()), 4, 16, QLatin1Char('0'));
        }
    }
    return key;
}

QString ChineseName::initials(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (isCjk(c)) {
            const QChar letter = initialOf(c);
            if (!letter.isNull())
                out += letter;
        } else if (c.isLetterOrNumber()) {
            out += c.toUpper();
        }
    }
    return out;
}

bool ChineseName::lessThan(const QString &a, const QString &b)
{
    return collator().compare(a, b) < 0;
}
