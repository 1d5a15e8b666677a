#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

// The roster's columns: each staff field with its Chinese header (as in the template) and the
// aliases a clerk's own spreadsheet may use (Chinese and English). Matching ignores spaces,
// a leading "*" (required marker), case and full-width brackets.
class RosterColumns
{
public:
    enum Field {
        IdNumber, Name, Gender, Ethnicity, Department, Title, TitleLevel, TitleSeries,
        SubSpecialty, TitleSought, Education, Phone, JoinedOn, Status, FieldCount
    };

    static QString header(Field f);          // the template's header, e.g. 身份证号码
    static QStringList aliases(Field f);     // every accepted header for the field
    static QString description(Field f);     // one-line help for the template's notes sheet
    static bool required(Field f);           // IdNumber and Name
    // The field a header names, or -1.
    static int fieldForHeader(const QString &header);
    static QString normalizedHeader(const QString &header);
    // Most characters a cell of the field may hold (after trimming); longer text is refused on
    // import with a message naming the row and field. See docs/reliability.md.
    static int maxLength(Field f);

    // Parses dates as clerks write them: 2021-03-01, 2021/3/1, 2021.3.1, 2021年3月1日, 20210301.
    static QDate parseDate(const QString &text);
};
