#include "CsvReader.h"

#include "ImportLimits.h"
#include "TableData.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), prefix, size_t(length)) == 0;
}

bool decodeWith(QStringDecoder &decoder, QByteArrayView bytes, QString *text)
{
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// GB18030 needs ICU in Qt 6.4 (QStringConverter only knows UTF-8/16/32 and Latin-1 itself).
// Windows builds of Qt often come without ICU, so fall back to the Windows code page 54936.
bool decodeGb18030(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder("GB18030");
    if (decoder.isValid()) {
        *text = decoder.decode(bytes);
        return true;
    }
#ifdef Q_OS_WIN
    if (bytes.isEmpty()) {
        text->clear();
        return true;
    }
    const int n = MultiByteToWideChar(54936, 0, bytes.constData(), int(bytes.size()), nullptr, 0);
    if (n > 0) {
        text->resize(n);
        MultiByteToWideChar(54936, 0, bytes.constData(), int(bytes.size()),
                            reinterpret_cast<wchar_t *>(text->data()), n);
        return true;
    }
#endif
    return false;
}

QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char('\t'))
            ++tabs;
    }
    return tabs > commas ? QLatin1Char('\t') : QLatin1Char(',');
}

// Excel's ="00123" idiom (keeps leading zeros) shows as 00123.
QString unwrapFormulaText(const QString &field)
{
    if (field.size() >= 3 && field.startsWith(QLatin1String("=\"")) && field.endsWith(QLatin1Char('"'))) {
        const QString inner = field.mid(2, field.size() - 3);
        if (!inner.contains(QLatin1Char('"')))
            return inner;
    }
    return field;
}

void finishRow(QStringList *row, QList<QStringList> *rows)
{
    while (!row->isEmpty() && row->constLast().isEmpty())
        row->removeLast();
    rows->append(std::move(*row));
    row->clear();
}

QString rowError(const QString &name, qsizetype row, const QString &message)
{
    return QCoreApplication::translate("CsvReader", "%1, row %2: %3").arg(name).arg(row).arg(message);
}

} // namespace

bool CsvReader::decode(const QByteArray &bytes, QString *text, QString *error)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = d.decode(QByteArrayView(bytes).sliced(3));
        return true;
    }
    if (startsWith(bytes, "\xFF\xFE", 2)) {
        QStringDecoder d(QStringDecoder::Utf16LE);
        *text = d.decode(QByteArrayView(bytes).sliced(2));
        return true;
    }
    if (startsWith(bytes, "\xFE\xFF", 2)) {
        QStringDecoder d(QStringDecoder::Utf16BE);
        *text = d.decode(QByteArrayView(bytes).sliced(2));
        return true;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (decodeWith(utf8, bytes, text))
        return true;
    if (decodeGb18030(bytes, text))
        return true;
    if (error)
        *error = QCoreApplication::translate("CsvReader", "The file is not UTF-8 and this system cannot decode GB18030/GBK text; "
                    "save it as \"CSV UTF-8\" in Excel.");
    return false;
}

bool CsvReader::read(const QString &path, TableData *out, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("CsvReader", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > ImportLimits::MaxCsvBytes) {
        if (error)
            *error = QCoreApplication::translate("CsvReader", "%1 is larger than %2 MB, the most a CSV file may have.")
                         .arg(name).arg(ImportLimits::MaxCsvBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return parse(bytes, out, error, name);
}

bool CsvReader::parse(const QByteArray &bytes, TableData *out, QString *error, const QString &sourceName)
{
    const QString name = sourceName.isEmpty() ? QCoreApplication::translate("CsvReader", "CSV text") : sourceName;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (startsWith(bytes, "PK\x03\x04", 4))
        return fail(QCoreApplication::translate("CsvReader", "%1 is an Excel workbook (.xlsx), not CSV text; give it the .xlsx extension.").arg(name));
    if (startsWith(bytes, "\xD0\xCF\x11\xE0", 4))
        return fail(QCoreApplication::translate("CsvReader", "%1 is an old Excel workbook (.xls), not CSV text; open it in Excel and save it as .xlsx.").arg(name));

    QString text;
    QString decodeError;
    if (!decode(bytes, &text, &decodeError))
        return fail(QStringLiteral("%1: %2").arg(name, decodeError));
    if (text.contains(QChar(0)))
        return fail(QCoreApplication::translate("CsvReader", "%1 does not look like a text (CSV) file.").arg(name));

    const QChar separator = detectSeparator(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool fieldQuoted = false;   // the field started with a quote
    bool inQuotes = false;
    int quoteStartRow = 0;
    int column = 0;             // index of the field being read in its row
    qint64 cells = 0;
    QString limitError;
    // Ends the current field: stores it, or sets limitError when it breaks a limit.
    auto endField = [&]() {
        const QString value = fieldQuoted ? field : unwrapFormulaText(field);
        const qsizetype rowNumber = rows.size() + 1;
        if (value.size() > ImportLimits::MaxCellChars) {
            limitError = rowError(name, rowNumber, QCoreApplication::translate("CsvReader", "the cell in column %1 has more than %L2 characters")
                                                       .arg(XlsxReader::columnName(qMin(column, ImportLimits::MaxXlsxColumns - 1)))
                                                       .arg(ImportLimits::MaxCellChars));
        } else if (column >= ImportLimits::MaxColumns) {
            if (!value.isEmpty())
                limitError = rowError(name, rowNumber, QCoreApplication::translate("CsvReader", "column %L1 has text, but only the first %L2 columns are read")
                                                           .arg(column + 1).arg(ImportLimits::MaxColumns));
        } else if (++cells > ImportLimits::MaxCells) {
            limitError = rowError(name, rowNumber, QCoreApplication::translate("CsvReader", "the file has more than %L1 cells, the most this program reads")
                                                       .arg(ImportLimits::MaxCells));
        } else {
            row.append(value);
        }
        ++column;
        field.clear();
        fieldQuoted = false;
        return limitError.isEmpty();
    };
    auto endRow = [&]() {
        finishRow(&row, &rows);
        column = 0;
        if (rows.size() > ImportLimits::MaxRows) {
            limitError = rowError(name, rows.size(), QCoreApplication::translate("CsvReader", "the file has more than %L1 rows, the most this program reads")
                                                         .arg(ImportLimits::MaxRows));
            return false;
        }
        return true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (ch == QLatin1Char('\r')) {
                field += QLatin1Char('\n');   // a line break inside a cell
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
            } else {
                field += ch;
            }
            if (field.size() > ImportLimits::MaxCellChars && !endField())
                return fail(limitError);
            continue;
        }
        if (ch == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteStartRow = int(rows.size()) + 1;
        } else if (ch == separator) {
            if (!endField())
                return fail(limitError);
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!(row.isEmpty() && column == 0 && field.isEmpty() && !fieldQuoted) && !endField())
                return fail(limitError);
            if (!endRow())
                return fail(limitError);
        } else {
            field += ch;   // includes stray quotes inside an unquoted field, kept literally
            if (field.size() > ImportLimits::MaxCellChars && !endField())
                return fail(limitError);
        }
    }
    if (inQuotes)
        return fail(QCoreApplication::translate("CsvReader", "%1: the quoted cell starting on row %2 is never closed (a \" is missing).")
                        .arg(name).arg(quoteStartRow));
    if (!row.isEmpty() || column > 0 || !field.isEmpty() || fieldQuoted) {
        if (!endField() || !endRow())
            return fail(limitError);
    }
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();

    out->sourceName = sourceName;
    out->sheetName.clear();
    out->rows = std::move(rows);
    out->lossyNumbers.clear();
    return true;
}
