#pragma once
#include <QString>

// CSV/formula injection (OWASP "CSV Injection"): a text that begins with = + - @ TAB or CR is
// taken as a formula by Excel and WPS when the file is opened (or a cell is edited), so
// =HYPERLINK(...) typed into a name would run on the clerk's desktop. Such text is written
// with a leading apostrophe, which spreadsheets show as text. Plain numbers ("-1.5", "+3")
// are left exact: they cannot be formulas. Numbers written as number cells are not touched.
class FormulaGuard
{
public:
    static bool isDangerous(const QString &text);
    // text, or "'" + text when isDangerous(text).
    static QString neutralized(const QString &text);
};
