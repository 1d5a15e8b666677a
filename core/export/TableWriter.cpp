#include "export/TableWriter.h"
#include "util/OutputBarrier.h"

#include "export/FormulaGuard.h"
#include "export/OrderedWorker.h"
#include "export/XlsxCells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cmath>
#include <xlsxwriter.h>

namespace {
constexpr int kCsvFlushBytes = 1 << 20;
constexpr size_t kBatchCells = 8192;   // cells handed to the writer thread at a time
constexpr qsizetype kBatchText = 1 << 19;   // bytes of text reserved a batch (grows if needed)
constexpr int kQueuedBatches = 4;      // batches waiting at most (then the reading waits)

QString excelNumberFormat(const ExportColumn &c)
{
    if (c.type == ExportColumn::Type::Integer)
        return QStringLiteral("0");
    if (c.format.isEmpty() || TableExporter::onlyOptionalDecimals(c.format))
        return QStringLiteral("General");
    return c.format;
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

QString badKey(const PersonInfo &p, int year)
{
    return p.staff.idNumber + QLatin1Char('|') + QString::number(year);
}
} // namespace

struct TableWriter::Sheet
{
    const ExportSheet *sheet = nullptr;
    int index = 0;
    lxw_row_t nextRow = 1;
    QList<double> widths;               // running maximum of the text widths (automatic columns)
    std::unique_ptr<XlsxSheetCells<PersonYearRow>> personYearCells;   // xlsx: the sheet's cells
    std::unique_ptr<XlsxSheetCells<ActivityRow>> activityCells;
    QStringList numberFormats;          // excelNumberFormat / excelDateFormat of each column
    QStringList dateFormats;
    QSaveFile *csv = nullptr;
    QByteArray csvBuffer;
    // the writer thread's
    lxw_worksheet *worksheet = nullptr;
    QList<lxw_format *> formats;        // each column's number/date format, once first used
};

struct TableWriter::Batch : XlsxBatch
{
};

TableWriter::TableWriter(const ExportProfile &profile, const QString &path, const TableExporter::Options &options)
    : m_profile(profile), m_path(path), m_options(options)
{
}

TableWriter::~TableWriter()
{
    if (m_worker) {
        m_discard = true;
        m_worker->post([this] {
            if (m_workbook)
                workbook_close(m_workbook);
            m_workbook = nullptr;
        });
        m_worker.reset();   // runs what is queued, joins
    }
    if (!m_tmpPath.isEmpty())
        QFile::remove(m_tmpPath);
    // QSaveFiles not committed discard their scratch files.
}

// libxlsxwriter numbers the cell formats (styles.xml) in the order their cells reach the file; a
// sheet's row is flushed only when its next row starts, so with the sheets interleaved that order
// would follow the flushes. Numbering each format when it is first used keeps the order of the
// whole-table writer (every person-year row before the activities).
bool TableWriter::used(lxw_format *format)
{
    lxw_format_get_xf_index(format);
    return true;
}

void TableWriter::fail(const QString &why)
{
    if (m_writeError.isEmpty())
        m_writeError = why;
    m_writing = false;
}

bool TableWriter::start()
{
    m_started = true;
    if (!TableExporter::formatFromPath(m_path, &m_format)) {
        m_writing = false;
        return false;
    }
    for (int i = 0; i < m_profile.sheets.size(); ++i) {
        auto s = std::make_unique<Sheet>();
        s->sheet = &m_profile.sheets.at(i);
        s->index = i;
        for (const ExportColumn &c : s->sheet->columns) {
            s->widths << XlsxCellText::width(c.header);
            s->formats << nullptr;
            s->numberFormats << excelNumberFormat(c);
            s->dateFormats << excelDateFormat(c);
        }
        if (s->sheet->rows == ExportSheet::Rows::PersonYear)
            s->personYearCells = std::make_unique<XlsxSheetCells<PersonYearRow>>(*s->sheet, i);
        else
            s->activityCells = std::make_unique<XlsxSheetCells<ActivityRow>>(*s->sheet, i);
        m_sheets.push_back(std::move(s));
    }
    if (m_format == TableExporter::Format::Csv) {
        for (auto &s : m_sheets) {
            const QString file = TableExporter::csvPathFor(m_path, *s->sheet, s->index);
            auto out = std::make_unique<QSaveFile>(file);
            if (!out->open(QIODevice::WriteOnly)) {
                fail(QCoreApplication::translate("export", "Cannot write %1: %2").arg(file, out->errorString()));
                return false;
            }
            QStringList header;
            for (const ExportColumn &c : s->sheet->columns)
                header << csvEscape(c.header);
            s->csvBuffer = QByteArray("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n";
            s->csv = out.get();
            m_csvFiles.push_back(std::move(out));
        }
        return true;
    }
    // libxlsxwriter writes a scratch file beside the target under an ASCII name (its path passed as
    // UTF-8, which libxlsxwriter converts to a wide name on Windows); the bytes are then committed to
    // the target with QSaveFile, like every file the user saves: atomic, Unicode paths on Windows, the
    // usual permissions (an existing file keeps its own).
    const QFileInfo target(m_path);
    {
        QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".cehours-export-XXXXXX.tmp")));
        if (!tmp.open()) {
            fail(QCoreApplication::translate("export", "Cannot write %1: %2").arg(m_path, tmp.errorString()));
            return false;
        }
        tmp.setAutoRemove(false);
        m_tmpPath = tmp.fileName();
    }
    const QByteArray utf8Tmp = QDir::toNativeSeparators(m_tmpPath).toUtf8();
    m_batch = std::make_unique<Batch>();
    m_batch->cells.reserve(kBatchCells);
    m_batch->text.reserve(kBatchText);
    m_worker = std::make_unique<OrderedWorker>(kQueuedBatches);
    m_worker->post([this, utf8Tmp] { startWorkbook(utf8Tmp); });
    return true;
}

void TableWriter::writerFailed(const QString &why)
{
    if (m_writerError.isEmpty())
        m_writerError = why;
    m_writerFailed = true;
}

void TableWriter::startWorkbook(const QByteArray &utf8Tmp)
{
    // Constant memory: each row goes to its sheet's scratch file as soon as the next row starts
    // (rows of a sheet in order; the sheets may interleave), strings inline.
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    m_workbook = workbook_new_opt(utf8Tmp.constData(), &options);
    if (!m_workbook) {
        writerFailed(QCoreApplication::translate("export", "Cannot write %1: %2").arg(m_path, QCoreApplication::translate("export", "cannot create the workbook")));
        return;
    }
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    format_set_text_wrap(m_headerFormat);
    format_set_align(m_headerFormat, LXW_ALIGN_CENTER);
    format_set_align(m_headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(m_headerFormat, 0xDDEBF7);
    format_set_border(m_headerFormat, LXW_BORDER_THIN);
    m_textFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_textFormat, "@");
    for (auto &s : m_sheets) {
        s->worksheet = workbook_add_worksheet(m_workbook, s->sheet->name.toUtf8().constData());
        if (!s->worksheet) {
            writerFailed(QCoreApplication::translate("export", "Cannot write %1: %2")
                             .arg(m_path, QCoreApplication::translate("export", "cannot add sheet %1").arg(s->sheet->name)));
            return;
        }
        worksheet_freeze_panes(s->worksheet, 1, 0);
        for (int c = 0; c < s->sheet->columns.size(); ++c)
            worksheet_write_string(s->worksheet, 0, lxw_col_t(c), s->sheet->columns.at(c).header.toUtf8().constData(), m_headerFormat);
    }
    used(m_headerFormat);
}

lxw_format *TableWriter::formatOf(Sheet &s, int c, const QString &f)
{
    // The workbook's formats in the order first used (as written before streaming).
    if (!s.formats.at(c)) {
        for (const auto &known : m_numberFormats)
            if (known.first == f)
                s.formats[c] = known.second;
        if (!s.formats.at(c)) {
            lxw_format *fmt = workbook_add_format(m_workbook);
            format_set_num_format(fmt, f.toUtf8().constData());
            m_numberFormats.append({f, fmt});
            s.formats[c] = fmt;
            used(fmt);
        }
    }
    return s.formats.at(c);
}

void TableWriter::writeBatch(const Batch &batch)
{
    if (m_writerFailed || m_discard || !m_workbook)
        return;
    for (const Batch::Cell &cell : batch.cells) {
        Sheet &s = *m_sheets[cell.sheet];
        const lxw_col_t c = cell.column;
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case Batch::Number:
            e = worksheet_write_number(s.worksheet, cell.row, c, cell.number, formatOf(s, c, s.numberFormats.at(c)));
            break;
        case Batch::Date: {
            const int ymd = int(cell.number);
            lxw_datetime dt = {ymd / 10000, ymd / 100 % 100, ymd % 100, 0, 0, 0.0};
            e = worksheet_write_datetime(s.worksheet, cell.row, c, &dt, formatOf(s, c, s.dateFormats.at(c)));
            break;
        }
        case Batch::Text:
            if (!m_textFormatUsed)
                m_textFormatUsed = used(m_textFormat);
            e = worksheet_write_string(s.worksheet, cell.row, c, batch.text.constData() + cell.text, m_textFormat);
            break;
        }
        if (e != LXW_NO_ERROR) {
            writerFailed(QCoreApplication::translate("export", "Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(e))));
            return;
        }
    }
}

void TableWriter::flushBatch()
{
    if (!m_batch || m_batch->cells.empty())
        return;
    std::shared_ptr<Batch> batch(m_batch.release());
    m_batch = std::make_unique<Batch>();
    m_batch->cells.reserve(kBatchCells);
    m_batch->text.reserve(kBatchText);
    m_worker->post([this, batch] { writeBatch(*batch); });
}

XlsxSheetCells<PersonYearRow> &TableWriter::cellsOf(Sheet &s, const PersonYearRow &)
{
    return *s.personYearCells;
}

XlsxSheetCells<ActivityRow> &TableWriter::cellsOf(Sheet &s, const ActivityRow &)
{
    return *s.activityCells;
}

template<typename Row>
void TableWriter::addRow(Sheet &s, const Row &row)
{
    const QList<ExportColumn> &cols = s.sheet->columns;
    if (m_format == TableExporter::Format::Csv) {
        QStringList line;
        line.reserve(cols.size());
        for (const ExportColumn &c : cols)
            line << csvEscape(FormulaGuard::neutralized(TableExporter::cellText(c, TableExporter::cellValue(c, row))));
        s.csvBuffer += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (s.csvBuffer.size() >= kCsvFlushBytes) {
            if (s.csv->write(s.csvBuffer) != s.csvBuffer.size())
                fail(QCoreApplication::translate("export", "Cannot write %1: %2").arg(s.csv->fileName(), s.csv->errorString()));
            s.csvBuffer.clear();
        }
        return;
    }
    if (m_writerFailed) {   // the writer thread failed: nothing more to write (finish() reports it)
        m_writing = false;
        return;
    }
    const lxw_row_t r = s.nextRow++;
    cellsOf(s, row).add(row, r, &s.widths, m_batch.get());
    if (m_batch->cells.size() >= kBatchCells)
        flushBatch();
}

void TableWriter::addPersonYear(const PersonYearRow &row)
{
    if (!m_started)
        start();
    QStringList problems = row.errors;
    for (const ExportSheet &sheet : m_profile.sheets) {
        if (sheet.rows != ExportSheet::Rows::PersonYear)
            continue;
        for (const ExportColumn &c : sheet.columns)
            if (c.required && TableExporter::isEmptyValue(TableExporter::cellValue(c, row)))
                problems << QCoreApplication::translate("export", "%1 is empty").arg(c.header);
    }
    if (!problems.isEmpty()) {
        m_bad.insert(badKey(row.person, row.year));
        m_result.problems << QStringLiteral("%1 %2 %3: %4").arg(row.person.staff.name, row.person.staff.idNumber,
                                                                QString::number(row.year), problems.join(QStringLiteral("; ")));
        if (!m_options.skipErrors)
            m_writing = false;   // refused in finish(); the rest is only checked
        return;
    }
    ++m_result.personYearRows;
    if (!m_writing)
        return;
    for (auto &s : m_sheets)
        if (s->sheet->rows == ExportSheet::Rows::PersonYear)
            addRow(*s, row);
}

void TableWriter::addActivity(const ActivityRow &row)
{
    if (!m_started)
        start();
    if (!m_bad.isEmpty() && m_bad.contains(badKey(row.person, row.year)))
        return;
    ++m_result.activityRows;
    if (!m_writing)
        return;
    for (auto &s : m_sheets)
        if (s->sheet->rows == ExportSheet::Rows::Activity)
            addRow(*s, row);
}

bool TableWriter::finish(TableExporter::Result *result, QString *error)
{
    if (!m_started)
        start();
    TableExporter::Format format;
    if (!TableExporter::formatFromPath(m_path, &format)) {
        *error = QCoreApplication::translate("export", "The output file must end in .xlsx or .csv: %1").arg(m_path);
        *result = TableExporter::Result();
        return false;
    }
    if (!m_result.problems.isEmpty() && !m_options.skipErrors) {
        TableExporter::Result r;
        r.problems = m_result.problems;
        r.refused = true;
        *error = QCoreApplication::translate("export", "%n person-year(s) have errors; nothing was exported "
                                                       "(choose to skip them to export the others)",
                                             nullptr, int(r.problems.size()));
        *result = r;
        return false;
    }
    const bool ok = m_writeError.isEmpty() && (m_format == TableExporter::Format::Csv ? finishCsv() : finishXlsx());
    if (!ok)
        *error = m_writeError;
    *result = m_result;
    return ok;
}

bool TableWriter::finishCsv()
{
    for (auto &s : m_sheets) {
        if (!s->csvBuffer.isEmpty() && s->csv->write(s->csvBuffer) != s->csvBuffer.size()) {
            fail(QCoreApplication::translate("export", "Cannot write %1: %2").arg(s->csv->fileName(), s->csv->errorString()));
            return false;
        }
        s->csvBuffer.clear();
        m_result.files << QFileInfo(s->csv->fileName()).absoluteFilePath();
    }
    const QString barrier = OutputBarrier::pass(); // the CLI's overlapped check of the database
    if (!barrier.isEmpty()) {
        for (auto &f : m_csvFiles)
            f->cancelWriting();
        fail(barrier);
        m_result.files.clear();
        return false;
    }
    for (auto &f : m_csvFiles) {
        if (!f->commit()) {
            fail(QCoreApplication::translate("export", "Cannot write %1: %2").arg(f->fileName(), f->errorString()));
            m_result.files.clear();
            return false;
        }
    }
    return true;
}

bool TableWriter::finishXlsx()
{
    flushBatch();
    QList<QList<double>> widths;
    for (auto &s : m_sheets)
        widths << s->widths;
    const QString target = QFileInfo(m_path).absoluteFilePath();
    m_worker->post([this, widths, target] {
        if (m_writerFailed)
            return;
        for (size_t i = 0; i < m_sheets.size(); ++i) {
            Sheet &s = *m_sheets[i];
            const QList<ExportColumn> &cols = s.sheet->columns;
            for (int c = 0; c < cols.size(); ++c) {
                const ExportColumn &col = cols.at(c);
                const double width = col.width > 0 ? col.width : std::min(60.0, std::max(8.0, widths.at(int(i)).at(c) + 2));
                worksheet_set_column(s.worksheet, lxw_col_t(c), lxw_col_t(c), width,
                                     col.type == ExportColumn::Type::Text ? m_textFormat : nullptr);
            }
        }
        closeWorkbook(target);
    });
    m_worker->wait();
    if (m_writerFailed) {
        fail(m_writerError);
        return false;
    }
    QFile::remove(m_tmpPath);
    m_tmpPath.clear();
    m_result.files << target;
    return true;
}

void TableWriter::closeWorkbook(const QString &target)
{
    auto failed = [&](const QString &why) {
        writerFailed(QCoreApplication::translate("export", "Cannot write %1: %2").arg(m_path, why));
    };
    const lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(e)));
    QFile scratch(m_tmpPath);
    if (!scratch.open(QIODevice::ReadOnly))
        return failed(scratch.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    // Copied in pieces: a large workbook is never held in memory whole.
    while (!scratch.atEnd()) {
        const QByteArray piece = scratch.read(1 << 20);
        if (piece.isEmpty() || out.write(piece) != piece.size())
            return failed(out.errorString());
    }
    scratch.close();
    const QString barrier = OutputBarrier::pass(); // the CLI's overlapped check of the database
    if (!barrier.isEmpty()) {
        out.cancelWriting();
        return failed(barrier);
    }
    if (!out.commit())
        return failed(out.errorString());
}

bool TableWriter::exportYears(const ExportSource &source, int fromYear, int toYear, const ExportSource::Selection &selection,
                              const ExportProfile &profile, const QString &path, const TableExporter::Options &options,
                              TableExporter::Result *result, QString *error, bool *readFailed,
                              const ExportSource::PeopleProgress &progress)
{
    TableWriter writer(profile, path, options);
    const bool read = source.forEachPersonYear(
        fromYear, toYear, selection,
        [&writer](const PersonYearRow &row, const QList<ActivityRow> &activities, const YearResult &) {
            writer.addPersonYear(row);
            for (const ActivityRow &a : activities)
                writer.addActivity(a);
            return true;
        },
        error, progress);
    if (readFailed)
        *readFailed = !read;
    if (!read) {
        *result = TableExporter::Result();
        return false;
    }
    return writer.finish(result, error);
}
