#include "XlsxNumberFormat.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace {

struct Decimal
{
    bool valid = false;
    bool integral = false;
    QString text;
};

// Expands a decimal number in plain or scientific notation into plain digits, exactly
// (no rounding through double): "4.30102199003077E+17" -> "430102199003077000".
Decimal expand(QStringView s)
{
    Decimal result;
    s = s.trimmed();
    bool negative = false;
    if (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+'))) {
        negative = s.front() == QLatin1Char('-');
        s = s.mid(1);
    }
    qsizetype e = s.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    QStringView mantissa = e >= 0 ? s.left(e) : s;
    int exponent = 0;
    if (e >= 0) {
        bool ok = false;
        exponent = s.mid(e + 1).toString().toInt(&ok);
        if (!ok || exponent > 400 || exponent < -400)
            return result;
    }
    const qsizetype point = mantissa.indexOf(QLatin1Char('.'));
    const QStringView intPart = point >= 0 ? mantissa.left(point) : mantissa;
    const QStringView fracPart = point >= 0 ? mantissa.mid(point + 1) : QStringView();
    if (intPart.isEmpty() && fracPart.isEmpty())
        return result;
    QString digits;
    digits.reserve(intPart.size() + fracPart.size());
    for (const QStringView part : {intPart, fracPart}) {
        for (const QChar ch : part) {
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
                return result;
            digits += ch;
        }
    }
    qsizetype pointPos = intPart.size() + exponent; // digits before the decimal point
    qsizetype lead = 0;
    while (lead < digits.size() && digits.at(lead) == QLatin1Char('0'))
        ++lead;
    digits.remove(0, lead);
    pointPos -= lead;
    qsizetype trail = digits.size();
    while (trail > 0 && digits.at(trail - 1) == QLatin1Char('0'))
        --trail;
    result.valid = true;
    if (trail == 0) {
        result.integral = true;
        result.text = QStringLiteral("0");
        return result;
    }
    if (pointPos >= trail) {
        result.integral = true;
        result.text = digits.left(pointPos > digits.size() ? digits.size() : pointPos);
        if (pointPos > result.text.size())
            result.text += QString(pointPos - result.text.size(), QLatin1Char('0'));
    } else if (pointPos <= 0) {
        result.text = QStringLiteral("0.") + QString(-pointPos, QLatin1Char('0')) + digits.left(trail);
    } else {
        result.text = digits.left(pointPos) + QLatin1Char('.') + digits.mid(pointPos, trail - pointPos);
    }
    if (negative)
        result.text.prepend(QLatin1Char('-'));
    return result;
}

} // namespace

XlsxNumberFormat::Kind XlsxNumberFormat::kindOf(int numFmtId, const QString &formatCode)
{
    if (formatCode.isEmpty()) {
        switch (numFmtId) {
        case 14: case 15: case 16: case 17:
        case 27: case 28: case 29: case 30: case 31: case 36:
        case 50: case 51: case 52: case 53: case 54: case 57: case 58:
            return Kind::Date;
        case 22:
            return Kind::DateTime;
        case 18: case 19: case 20: case 21: case 45: case 46: case 47:
        case 32: case 33: case 34: case 35: case 55: case 56:
            return Kind::Time;
        default:
            return Kind::Number;
        }
    }
    bool hasYearOrDay = false;
    bool hasMonthOrMinute = false;
    bool hasTime = false;
    const qsizetype n = formatCode.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = formatCode.at(i);
        if (ch == QLatin1Char('"')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? n : end;
        } else if (ch == QLatin1Char('[')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = formatCode.mid(i + 1, (end < 0 ? n : end) - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time; anything else ([Red], [$-804], [DBNum1]) is ignored.
            if (!inside.isEmpty() && inside.count(inside.at(0)) == inside.size()
                && (inside.at(0) == QLatin1Char('h') || inside.at(0) == QLatin1Char('m')
                    || inside.at(0) == QLatin1Char('s')))
                hasTime = true;
            i = end < 0 ? n : end;
        } else if (ch == QLatin1Char('\\') || ch == QLatin1Char('_') || ch == QLatin1Char('*')) {
            ++i;
        } else if (ch == QLatin1Char(';')) {
            break; // only the first (positive numbers) section decides
        } else {
            const QChar c = ch.toLower();
            if (c == QLatin1Char('y') || c == QLatin1Char('d'))
                hasYearOrDay = true;
            else if (c == QLatin1Char('m'))
                hasMonthOrMinute = true;
            else if (c == QLatin1Char('h') || c == QLatin1Char('s'))
                hasTime = true;
        }
    }
    // "m" is minutes when it appears with hours/seconds and no year/day (h:mm, mm:ss).
    const bool hasDate = hasYearOrDay || (hasMonthOrMinute && !hasTime);
    if (hasDate && hasTime)
        return Kind::DateTime;
    if (hasDate)
        return Kind::Date;
    if (hasTime)
        return Kind::Time;
    return Kind::Number;
}

QString XlsxNumberFormat::formatNumber(const QString &raw)
{
    // Excel keeps doubles and shows at most 15 significant digits; so do we, but never with an
    // exponent. Digits beyond the 15th are noise of the binary value (4.301021990030771e+17).
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (ok && std::isfinite(value)) {
        const Decimal shown = expand(QString::number(value, 'g', 15));
        if (shown.valid)
            return shown.text;
    }
    const Decimal exact = expand(raw);
    return exact.valid ? exact.text : raw.trimmed();
}

QString XlsxNumberFormat::formatSerial(double serial, Kind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0)
        return {};
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    const QString timeText = time.toString(seconds % 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (kind == Kind::Time)
        return timeText;

    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 1)
        return {}; // Excel shows "1900-01-00"; no real date
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else if (days == 60)
        date = QDate(1900, 2, 28); // Excel's fictitious 1900-02-29
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return {};
    QString text = date.toString(QStringLiteral("yyyy-MM-dd"));
    if (kind == Kind::DateTime && seconds != 0)
        text += QLatin1Char(' ') + timeText;
    return text;
}

QString XlsxNumberFormat::unescapeText(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                result += QChar(code);
                i += 6;
                continue;
            }
        }
        result += text.at(i);
    }
    return result;
}
