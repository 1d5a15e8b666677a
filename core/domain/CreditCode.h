#pragma once
#include <QCoreApplication>
#include <QString>

// 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-symbol set
// 0-9 A-H J-N P-R T U W-Y; the 18th is a MOD 31 check character over the first 17.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    static QString normalized(const QString &text);
    static QChar checkCharacter(const QString &first17); // QChar() if a symbol is invalid
    static bool validate(const QString &text, QString *error = nullptr);
};
