#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QString>

// 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence
// (odd = male, even = female) and an ISO 7064 MOD 11-2 check character (0-9 or X).
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Gender { Unknown, Male, Female };

    // Upper-cases and trims; the result is what is stored.
    static QString normalized(const QString &text);
    // Check character for the first 17 digits, or QChar() when they are not 17 digits.
    static QChar checkCharacter(const QString &first17);
    // True when valid. On failure *error (if given) says why, in the UI language.
    static bool validate(const QString &text, QString *error = nullptr);
    // Youngest age at which a person can be on the staff registry (employment age, 劳动法 第十五条).
    static constexpr int MinimumStaffAge = 16;
    // For a valid ID number: false (with *error) when its birth date is after `today` or gives
    // an age under MinimumStaffAge on `today` (pass Clock::current().today()).
    static bool validateBirthDate(const QString &text, const QDate &today, QString *error = nullptr);
    // Derived fields; invalid input gives a null date / Unknown.
    static QDate birthDate(const QString &text);
    static Gender gender(const QString &text);
    static QString genderText(Gender g); // 男 / 女
    // "3401**********123X" style mask: first 4 and last 4 kept.
    static QString masked(const QString &text);
};
