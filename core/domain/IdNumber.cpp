#include "domain/IdNumber.h"

#include <QCoreApplication>

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

}

QString IdNumber::normalized(const QString &text)
{
    return text.trimmed().toUpper();
}

QChar IdNumber::checkCharacter(const QString &first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - '0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

bool IdNumber::validate(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString id = normalized(text);
    if (id.isEmpty())
        return fail(tr("ID number is missing"));
    if (id.size() != 18)
        return fail(tr("ID number must have 18 characters, found %1").arg(id.size()));
    const QChar expected = checkCharacter(id.left(17));
    if (expected.isNull())
        return fail(tr("ID number: the first 17 characters must be digits"));
    const QChar last = id.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X')))
        return fail(tr("ID number: the last character must be a digit or X"));
    if (!birthDate(id).isValid())
        return fail(tr("ID number: the birth date %1 is not a valid date").arg(id.mid(6, 8)));
    if (last != expected)
        return fail(tr("ID number: check digit should be %1, found %2").arg(expected).arg(last));
    return true;
}

bool IdNumber::validateBirthDate(const QString &text, const QDate &today, QString *error)
{
    const QDate birth = birthDate(text);
    if (!birth.isValid())
        return validate(text, error);
    if (birth > today) {
        if (error)
            *error = tr("ID number: the birth date %1 is in the future").arg(birth.toString(Qt::ISODate));
        return false;
    }
    if (birth.addYears(MinimumStaffAge) > today) {
        if (error)
            *error = tr("ID number: the birth date %1 gives an age under %2 on %3")
                         .arg(birth.toString(Qt::ISODate))
                         .arg(MinimumStaffAge)
                         .arg(today.toString(Qt::ISODate));
        return false;
    }
    return true;
}

QDate IdNumber::birthDate(const QString &text)
{
    const QString id = normalized(text);
    if (id.size() != 18)
        return {};
    // Digits 7-14 are yyyyMMdd (read directly: QDate::fromString with a format is slow per row).
    int digits[8];
    for (int i = 0; i < 8; ++i) {
        const char16_t c = id.at(6 + i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[i] = c - u'0';
    }
    const QDate d(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
    if (!d.isValid() || d.year() < 1900)
        return {};
    return d;
}

IdNumber::Gender IdNumber::gender(const QString &text)
{
    const QString id = normalized(text);
    if (id.size() != 18 || !id.at(16).isDigit())
        return Gender::Unknown;
    return (id.at(16).digitValue() % 2) ? Gender::Male : Gender::Female;
}

QString IdNumber::genderText(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("男");
    case Gender::Female:
        return QStringLiteral("女");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString IdNumber::masked(const QString &text)
{
    const QString id = normalized(text);
    if (id.size() <= 8)
        return id;
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}
