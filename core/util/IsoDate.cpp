#include "util/IsoDate.h"

namespace {
void putDigits(char16_t *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}
} // namespace

QString IsoDate::text(const QDate &date)
{
    if (!date.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    char16_t buffer[10] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0};
    putDigits(buffer, year, 4);
    putDigits(buffer + 5, month, 2);
    putDigits(buffer + 8, day, 2);
    return QString(reinterpret_cast<const QChar *>(buffer), 10);
}
