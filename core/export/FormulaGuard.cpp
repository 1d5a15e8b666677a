#include "export/FormulaGuard.h"

#include <QRegularExpression>

bool FormulaGuard::isDangerous(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('@')
        && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]\\d+(\\.\\d+)?$"));
    return !(text.size() < 64 && plainNumber.match(text).hasMatch());
}

QString FormulaGuard::neutralized(const QString &text)
{
    return isDangerous(text) ? QLatin1Char('\'') + text : text;
}
