#pragma once
#include <QString>

// Chinese names in pinyin order without a pinyin dictionary: the platform's Chinese collator
// (QCollator zh_CN: ICU on Linux, the system's pinyin sorting on Windows) ranks every CJK
// character once; a name's sort key is its characters' ranks, so that a plain binary ORDER BY
// on the stored key follows pinyin order. Initials come from the same collator: a character's
// letter is that of the first character of each pinyin letter at or before it (阿 a, 八 b …).
// Polyphonic surnames take the collator's reading (曾 ceng/zeng as the collator has it).
class ChineseName
{
public:
    // Binary-comparable key ("h" + 4 hex digits per CJK character, "a" + code point otherwise).
    static QString sortKey(const QString &name);
    // Upper-case pinyin initials of the CJK characters, other letters/digits kept ("周明平" -> "ZMP").
    static QString initials(const QString &name);
    // QCollator-style comparison for in-memory sorting (zh_CN pinyin).
    static bool lessThan(const QString &a, const QString &b);
};
