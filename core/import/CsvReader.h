#pragma once
#include <QByteArray>
#include <QString>

struct TableData;

// Reads comma- or tab-separated text (RFC 4180 quoting, CRLF/LF/CR line ends).
// Encoding: BOM for UTF-8 / UTF-16 LE / UTF-16 BE; without BOM, valid UTF-8 is UTF-8 and
// anything else is GB18030 (Excel "CSV" on Chinese Windows writes GBK, a subset).
// The separator is a tab when the first line has more tabs than commas, else a comma.
class CsvReader
{
public:
    static bool read(const QString &path, TableData *out, QString *error);
    // sourceName is used in messages and copied to out->sourceName.
    static bool parse(const QByteArray &bytes, TableData *out, QString *error,
                      const QString &sourceName = QString());

    // Decodes the bytes as described above; false (with *error) when no decoder is usable.
    static bool decode(const QByteArray &bytes, QString *text, QString *error);
};
