#pragma once
#include <QString>

// How an xlsx number cell is shown: number formats (styles.xml) and value text.
class XlsxNumberFormat
{
public:
    enum class Kind { Number, Date, Time, DateTime };

    // formatCode is the custom code from <numFmts>, or empty for a built-in id.
    // Built-in dates: 14-17, 22 (and the zh-CN locale ids 27-31, 36, 50-54, 57, 58);
    // built-in times: 18-21, 45-47 (and zh-CN 32-35, 55, 56). Custom codes are dates when they
    // contain y/d/m outside quotes, brackets and escapes (m next to h or s means minutes).
    static Kind kindOf(int numFmtId, const QString &formatCode);

    // The stored value text (e.g. "4.30102199003077E+17", "1.5", "0.30000000000000004") as Excel
    // shows it in the General format, but never with an exponent: at most 15 significant digits,
    // integral values as plain digits ("430102199003077000"), others trimmed ("0.3", "0.00001").
    static QString formatNumber(const QString &raw);

    // A date serial as "yyyy-MM-dd" (Date), "HH:mm" / "HH:mm:ss" (Time), or "yyyy-MM-dd HH:mm[:ss]"
    // (DateTime; only the date when the time is midnight). The 1900 system includes Excel's
    // fictitious 1900-02-29 (serial 60, shown as 1900-02-28). Returns an empty string when the
    // value is not a usable date (negative, or beyond 9999-12-31).
    static QString formatSerial(double serial, Kind kind, bool date1904);

    // Decodes OOXML escapes in strings: "_x000D_" -> CR, "_x005F_" -> '_'.
    static QString unescapeText(const QString &text);
};
