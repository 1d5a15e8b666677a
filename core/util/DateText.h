#pragma once
#include <QDate>
#include <QString>

// Dates as clerks type them: 2026-03-10, 2026-3-10, 2026/3/10, 2026.3.10, 20260310, 2026年3月10日.
// parse() returns an invalid QDate for anything else (or an impossible date such as 2026-02-30).
class DateText
{
public:
    static QDate parse(const QString &text);
    static QString format(const QDate &date) { return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString(); }
};
