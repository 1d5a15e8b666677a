#include "domain/CreditCode.h"

#include <QCoreApplication>

namespace {
const QString kSymbols = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

}

QString CreditCode::normalized(const QString &text)
{
    return text.trimmed().toUpper();
}

QChar CreditCode::checkCharacter(const QString &first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = kSymbols.indexOf(first17.at(i));
        if (v < 0)
            return {};
        sum += v * kWeights[i];
    }
    const int c = (31 - sum % 31) % 31;
    return kSymbols.at(c);
}

bool CreditCode::validate(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString code = normalized(text);
    if (code.isEmpty())
        return fail(tr("Unified social credit code is missing"));
    if (code.size() != 18)
        return fail(tr("Unified social credit code must have 18 characters, found %1").arg(code.size()));
    for (int i = 0; i < 18; ++i) {
        if (kSymbols.indexOf(code.at(i)) < 0)
            return fail(tr("Unified social credit code: character %1 (%2) is not allowed").arg(i + 1).arg(code.at(i)));
    }
    const QChar expected = checkCharacter(code.left(17));
    if (code.at(17) != expected)
        return fail(tr("Unified social credit code: check character should be %1, found %2").arg(expected).arg(code.at(17)));
    return true;
}
