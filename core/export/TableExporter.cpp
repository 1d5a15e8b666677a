#include "export/TableExporter.h"

#include "export/FormulaGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>
#include <xlsxwriter.h>

namespace {
QString withYear(QString text, int year)
{
    return text.replace(QLatin1String("{year}"), QString::number(year));
}

template<typename Row>
QVariant valueOf(const ExportColumn &c, const Row &row)
{
    QVariant v = c.field.isEmpty() ? QVariant(withYear(c.constant, row.year)) : row.value(c.field);
    const bool empty = !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())
                       || (v.typeId() == QMetaType::QDate && !v.toDate().isValid());
    if (empty && !c.fallback.isEmpty()) {
        const QVariant cond = c.fallbackIf.isEmpty() ? QVariant(true) : row.value(c.fallbackIf);
        const bool holds = cond.isValid() && !cond.toString().isEmpty() && cond.toString() != QLatin1String("0");
        if (holds)
            v = withYear(c.fallback, row.year);
    }
    if (!c.map.isEmpty() && v.isValid()) {
        const QString text = v.typeId() == QMetaType::Double ? QString::number(v.toDouble()) : v.toString();
        if (c.map.contains(text))
            v = c.map.value(text);
    }
    return v;
}

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QDate)
        return !v.toDate().isValid();
    return v.toString().trimmed().isEmpty();
}

// Decimals of a number format: "0" -> 0/0, "0.0" -> 1/1, "0.##" -> 0/2 (min/max).
void decimalsOf(const QString &format, int *minDec, int *maxDec)
{
    *minDec = 0;
    *maxDec = format.isEmpty() ? 2 : 0;
    const int dot = format.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return;
    for (int i = dot + 1; i < format.size(); ++i) {
        if (format.at(i) == QLatin1Char('0')) {
            ++*minDec;
            ++*maxDec;
        } else if (format.at(i) == QLatin1Char('#')) {
            ++*maxDec;
        }
    }
}

QString numberText(double v, const QString &format)
{
    int minDec = 0;
    int maxDec = 0;
    decimalsOf(format, &minDec, &maxDec);
    QString s = QString::number(v, 'f', maxDec);
    if (maxDec > minDec && s.contains(QLatin1Char('.'))) {
        int keep = s.size();
        const int dot = s.indexOf(QLatin1Char('.'));
        while (keep > dot + 1 + minDec && s.at(keep - 1) == QLatin1Char('0'))
            --keep;
        if (keep == dot + 1)
            --keep;
        s.truncate(keep);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

// Excel shows "0.##" as "30." for whole numbers. A format whose decimals are all optional is written
// as General with the value rounded to those decimals: 30 and 2.5, as the CSV shows them.
bool onlyOptionalDecimals(const QString &format)
{
    int minDec = 0, maxDec = 0;
    decimalsOf(format, &minDec, &maxDec);
    return minDec == 0 && maxDec > 0;
}

QString excelNumberFormat(const ExportColumn &c)
{
    if (c.type == ExportColumn::Type::Integer)
        return QStringLiteral("0");
    if (c.format.isEmpty() || onlyOptionalDecimals(c.format))
        return QStringLiteral("General");
    return c.format;
}

double excelNumberValue(const ExportColumn &c, double v)
{
    if (c.type == ExportColumn::Type::Integer)
        return double(std::llround(v));
    int minDec = 0, maxDec = 0;
    decimalsOf(c.format, &minDec, &maxDec);
    const double scale = std::pow(10.0, maxDec);
    return std::round(v * scale) / scale;
}

QString excelDateFormat(const ExportColumn &c)
{
    QString f = c.format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : c.format;
    return f.replace(QLatin1Char('M'), QLatin1Char('m'));
}

QString csvEscape(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')) || s != s.trimmed()) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

struct Cell
{
    QVariant value;
    QString text;
};

// Rows of one sheet, as values and texts.
struct SheetRows
{
    const ExportSheet *sheet = nullptr;
    QList<QList<Cell>> rows;
};

} // namespace

bool TableExporter::formatFromPath(const QString &path, Format *out)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        *out = Format::Xlsx;
    else if (suffix == QLatin1String("csv"))
        *out = Format::Csv;
    else
        return false;
    return true;
}

QString TableExporter::csvPathFor(const QString &path, const ExportSheet &sheet, int index)
{
    if (index == 0)
        return path;
    const QFileInfo fi(path);
    return fi.dir().filePath(fi.completeBaseName() + QLatin1Char('_') + sheet.csvSuffix + QStringLiteral(".csv"));
}

QVariant TableExporter::cellValue(const ExportColumn &column, const PersonYearRow &row)
{
    return valueOf(column, row);
}

QVariant TableExporter::cellValue(const ExportColumn &column, const ActivityRow &row)
{
    return valueOf(column, row);
}

QString TableExporter::cellText(const ExportColumn &c, const QVariant &v)
{
    if (isEmptyValue(v))
        return {};
    switch (c.type) {
    case ExportColumn::Type::Number:
    case ExportColumn::Type::Integer: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok)
            return v.toString();
        return c.type == ExportColumn::Type::Integer ? QString::number(qint64(std::llround(d))) : numberText(d, c.format);
    }
    case ExportColumn::Type::Date:
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().toString(c.format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : c.format);
        return v.toString();
    case ExportColumn::Type::Text:
        if (v.typeId() == QMetaType::Double)
            return numberText(v.toDouble(), c.format);
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().toString(c.format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : c.format);
        return v.toString();
    }
    return v.toString();
}

bool TableExporter::write(const ExportProfile &profile, const ExportDataSet &data, const QString &path,
                          const Options &options, Result *result, QString *error)
{
    Result r;
    Format format;
    if (!formatFromPath(path, &format)) {
        *error = QCoreApplication::translate("export", "The output file must end in .xlsx or .csv: %1").arg(path);
        *result = r;
        return false;
    }

    // 1. Problems per person-year: the engine's errors plus empty required columns.
    QSet<QString> bad; // "id_number|year"
    auto key = [](const PersonInfo &p, int year) { return p.staff.idNumber + QLatin1Char('|') + QString::number(year); };
    for (const PersonYearRow &row : data.people) {
        QStringList problems = row.errors;
        for (const ExportSheet &sheet : profile.sheets) {
            if (sheet.rows != ExportSheet::Rows::PersonYear)
                continue;
            for (const ExportColumn &c : sheet.columns)
                if (c.required && isEmptyValue(valueOf(c, row)))
                    problems << QCoreApplication::translate("export", "%1 is empty").arg(c.header);
        }
        if (!problems.isEmpty()) {
            bad.insert(key(row.person, row.year));
            r.problems << QStringLiteral("%1 %2 %3: %4").arg(row.person.staff.name, row.person.staff.idNumber,
                                                             QString::number(row.year),
                                                             problems.join(QStringLiteral("; ")));
        }
    }
    if (!r.problems.isEmpty() && !options.skipErrors) {
        r.refused = true;
        *error = QCoreApplication::translate("export", "%n person-year(s) have errors; nothing was exported "
                                                       "(choose to skip them to export the others)",
                                             nullptr, int(r.problems.size()));
        *result = r;
        return false;
    }

    // 2. Cells of every sheet.
    QList<SheetRows> sheets;
    for (const ExportSheet &sheet : profile.sheets) {
        SheetRows sr;
        sr.sheet = &sheet;
        auto addRow = [&](const auto &row) {
            QList<Cell> cells;
            for (const ExportColumn &c : sheet.columns) {
                Cell cell;
                cell.value = valueOf(c, row);
                cell.text = cellText(c, cell.value);
                cells << cell;
            }
            sr.rows << cells;
        };
        if (sheet.rows == ExportSheet::Rows::PersonYear) {
            for (const PersonYearRow &row : data.people)
                if (!bad.contains(key(row.person, row.year)))
                    addRow(row);
        } else {
            for (const ActivityRow &row : data.activities)
                if (!bad.contains(key(row.person, row.year)))
                    addRow(row);
        }
        sheets << sr;
    }
    for (const PersonYearRow &row : data.people)
        if (!bad.contains(key(row.person, row.year)))
            ++r.personYearRows;
    for (const ActivityRow &row : data.activities)
        if (!bad.contains(key(row.person, row.year)))
            ++r.activityRows;

    // 3a. CSV: one file per sheet, all written before any is committed.
    if (format == Format::Csv) {
        std::vector<std::unique_ptr<QSaveFile>> files;
        for (int i = 0; i < sheets.size(); ++i) {
            const SheetRows &sr = sheets.at(i);
            const QString file = csvPathFor(path, *sr.sheet, i);
            auto out = std::make_unique<QSaveFile>(file);
            if (!out->open(QIODevice::WriteOnly)) {
                *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(file, out->errorString());
                *result = r;
                return false;
            }
            QByteArray bytes("\xEF\xBB\xBF");
            QStringList header;
            for (const ExportColumn &c : sr.sheet->columns)
                header << csvEscape(c.header);
            bytes += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
            for (const QList<Cell> &cells : sr.rows) {
                QStringList line;
                for (const Cell &cell : cells)
                    line << csvEscape(FormulaGuard::neutralized(cell.text));
                bytes += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
            }
            if (out->write(bytes) != bytes.size()) {
                *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(file, out->errorString());
                *result = r;
                return false;
            }
            files.push_back(std::move(out));
            r.files << QFileInfo(file).absoluteFilePath();
        }
        for (auto &f : files) {
            if (!f->commit()) {
                *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(f->fileName(), f->errorString());
                *result = r;
                return false;
            }
        }
        *result = r;
        return true;
    }

    // 3b. XLSX: libxlsxwriter writes a scratch file beside the target under an ASCII name (its path
    // passed as UTF-8, which libxlsxwriter converts to a wide name on Windows); the bytes are then
    // committed to the target with QSaveFile, like every file the user saves: atomic, Unicode paths on
    // Windows, the usual permissions (an existing file keeps its own).
    const QFileInfo target(path);
    QString tmpPath;
    {
        QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".cehours-export-XXXXXX.tmp")));
        if (!tmp.open()) {
            *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, tmp.errorString());
            *result = r;
            return false;
        }
        tmp.setAutoRemove(false);
        tmpPath = tmp.fileName();
    }
    auto fail = [&](const QString &why) {
        QFile::remove(tmpPath);
        *error = QCoreApplication::translate("export", "Cannot write %1: %2").arg(path, why);
        *result = r;
        return false;
    };
    {
        const QByteArray utf8Tmp = QDir::toNativeSeparators(tmpPath).toUtf8();
        // Constant memory: each row goes to the sheet's scratch file as it is written (rows are written
        // in order, one sheet after the other), strings inline; libxlsxwriter never holds the whole table.
        lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
        lxw_workbook *wb = workbook_new_opt(utf8Tmp.constData(), &options);
        if (!wb)
            return fail(QCoreApplication::translate("export", "cannot create the workbook"));
        lxw_format *headerFmt = workbook_add_format(wb);
        format_set_bold(headerFmt);
        format_set_text_wrap(headerFmt);
        format_set_align(headerFmt, LXW_ALIGN_CENTER);
        format_set_align(headerFmt, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(headerFmt, 0xDDEBF7);
        format_set_border(headerFmt, LXW_BORDER_THIN);
        lxw_format *textFmt = workbook_add_format(wb);
        format_set_num_format(textFmt, "@");
        QHash<QString, lxw_format *> numberFormats;
        auto numFormat = [&](const QString &f) {
            if (!numberFormats.contains(f)) {
                lxw_format *fmt = workbook_add_format(wb);
                format_set_num_format(fmt, f.toUtf8().constData());
                numberFormats.insert(f, fmt);
            }
            return numberFormats.value(f);
        };
        for (const SheetRows &sr : sheets) {
            lxw_worksheet *ws = workbook_add_worksheet(wb, sr.sheet->name.toUtf8().constData());
            if (!ws) {
                workbook_close(wb);
                return fail(QCoreApplication::translate("export", "cannot add sheet %1").arg(sr.sheet->name));
            }
            worksheet_freeze_panes(ws, 1, 0);
            const QList<ExportColumn> &cols = sr.sheet->columns;
            for (int c = 0; c < cols.size(); ++c) {
                const ExportColumn &col = cols.at(c);
                worksheet_write_string(ws, 0, lxw_col_t(c), col.header.toUtf8().constData(), headerFmt);
                double width = col.width;
                if (width <= 0) {
                    // CJK characters are about two columns wide.
                    auto textWidth = [](const QString &s) {
                        double w = 0;
                        for (const QChar ch : s)
                            w += ch.unicode() > 0x2E7F ? 2.1 : 1.1;
                        return w;
                    };
                    width = textWidth(col.header);
                    for (const QList<Cell> &cells : sr.rows)
                        width = std::max(width, textWidth(cells.at(c).text));
                    width = std::min(60.0, std::max(8.0, width + 2));
                }
                worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width,
                                     col.type == ExportColumn::Type::Text ? textFmt : nullptr);
            }
            for (int r0 = 0; r0 < sr.rows.size(); ++r0) {
                const lxw_row_t row = lxw_row_t(r0 + 1);
                const QList<Cell> &cells = sr.rows.at(r0);
                for (int c = 0; c < cols.size(); ++c) {
                    const ExportColumn &col = cols.at(c);
                    const Cell &cell = cells.at(c);
                    const lxw_col_t cc = lxw_col_t(c);
                    if (isEmptyValue(cell.value))
                        continue;
                    bool ok = false;
                    const double d = cell.value.toDouble(&ok);
                    lxw_error e = LXW_NO_ERROR;
                    if ((col.type == ExportColumn::Type::Number || col.type == ExportColumn::Type::Integer) && ok) {
                        e = worksheet_write_number(ws, row, cc, excelNumberValue(col, d), numFormat(excelNumberFormat(col)));
                    } else if (col.type == ExportColumn::Type::Date && cell.value.typeId() == QMetaType::QDate) {
                        const QDate date = cell.value.toDate();
                        lxw_datetime dt = {date.year(), date.month(), date.day(), 0, 0, 0.0};
                        e = worksheet_write_datetime(ws, row, cc, &dt, numFormat(excelDateFormat(col)));
                    } else {
                        e = worksheet_write_string(ws, row, cc, FormulaGuard::neutralized(cell.text).toUtf8().constData(), textFmt);
                    }
                    if (e != LXW_NO_ERROR) {
                        workbook_close(wb);
                        return fail(QString::fromUtf8(lxw_strerror(e)));
                    }
                }
            }
        }
        const lxw_error e = workbook_close(wb);
        if (e != LXW_NO_ERROR)
            return fail(QString::fromUtf8(lxw_strerror(e)));
    }
    QFile scratch(tmpPath);
    if (!scratch.open(QIODevice::ReadOnly))
        return fail(scratch.errorString());
    QSaveFile out(target.absoluteFilePath());
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    // Copied in pieces: a large workbook is never held in memory whole.
    while (!scratch.atEnd()) {
        const QByteArray piece = scratch.read(1 << 20);
        if (piece.isEmpty() || out.write(piece) != piece.size())
            return fail(out.errorString());
    }
    scratch.close();
    if (!out.commit())
        return fail(out.errorString());
    QFile::remove(tmpPath);
    r.files << target.absoluteFilePath();
    *result = r;
    return true;
}
