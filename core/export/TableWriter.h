#pragma once
#include "export/ExportData.h"
#include "export/ExportProfile.h"
#include "export/ExportSource.h"
#include "export/TableExporter.h"

#include <QList>
#include <QSaveFile>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class OrderedWorker;
template<typename Row>
class XlsxSheetCells;

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// TableExporter's writing, one row at a time: rows go to the file as they are added (libxlsxwriter
// in constant_memory mode; CSV through QSaveFile), nothing of the table is held. Column widths are
// the running maximum of the cells' text widths, set when the workbook is finished. A person-year
// with problems (its own errors, an empty required column) is left out with its activities — which
// therefore must be added after their person-year row — or, without skipErrors, makes finish()
// refuse: the scratch output is discarded and the target is not touched.
// xlsx: the cells are turned into values and text on the caller's thread and handed in batches to
// one writer thread (OrderedWorker), which makes every libxlsxwriter call of the workbook — from
// workbook_new to workbook_close — so reading the next rows overlaps with writing the last ones.
class TableWriter
{
public:
    TableWriter(const ExportProfile &profile, const QString &path, const TableExporter::Options &options);
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    void addPersonYear(const PersonYearRow &row);
    void addActivity(const ActivityRow &row);
    // Commits the file(s), or refuses / fails as TableExporter::write does (same result and messages).
    bool finish(TableExporter::Result *result, QString *error);

    // The whole export streamed from the registry: ExportSource::forEachPersonYear into a TableWriter.
    // `progress` (people done, selected) returning false stops: false, *readFailed, nothing written
    // (the caller says why in *error).
    static bool exportYears(const ExportSource &source, int fromYear, int toYear, const ExportSource::Selection &selection,
                            const ExportProfile &profile, const QString &path, const TableExporter::Options &options,
                            TableExporter::Result *result, QString *error, bool *readFailed = nullptr,
                            const ExportSource::PeopleProgress &progress = {});

private:
    struct Sheet;
    struct Batch;
    bool start();
    void startWorkbook(const QByteArray &utf8Path);   // writer thread
    void writeBatch(const Batch &batch);             // writer thread
    void closeWorkbook(const QString &target);       // writer thread
    lxw_format *formatOf(Sheet &s, int column, const QString &format);   // writer thread
    void writerFailed(const QString &why);           // writer thread
    void flushBatch();
    template<typename Row>
    void addRow(Sheet &sheet, const Row &row);
    static XlsxSheetCells<PersonYearRow> &cellsOf(Sheet &s, const PersonYearRow &);
    static XlsxSheetCells<ActivityRow> &cellsOf(Sheet &s, const ActivityRow &);
    void fail(const QString &why);
    static bool used(lxw_format *format);
    bool finishXlsx();
    bool finishCsv();

    const ExportProfile &m_profile;
    QString m_path;
    TableExporter::Options m_options;
    TableExporter::Format m_format = TableExporter::Format::Xlsx;
    TableExporter::Result m_result;
    QString m_writeError;        // first failure while writing; reported by finish()
    bool m_started = false;
    bool m_writing = true;       // false once refused (problems without skipErrors) or failed
    std::vector<std::unique_ptr<Sheet>> m_sheets;
    QSet<QString> m_bad;         // "id|year" of the person-years left out
    // xlsx: the caller's side
    QString m_tmpPath;
    std::unique_ptr<Batch> m_batch;
    // xlsx: the writer thread's side (read by the caller only after OrderedWorker::wait)
    std::atomic<bool> m_writerFailed{false};
    std::atomic<bool> m_discard{false};   // the output is being thrown away: queued cells are skipped
    QString m_writerError;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_textFormat = nullptr;
    bool m_textFormatUsed = false;
    QList<QPair<QString, lxw_format *>> m_numberFormats;
    // csv
    std::vector<std::unique_ptr<QSaveFile>> m_csvFiles;
    std::unique_ptr<OrderedWorker> m_worker;   // last: stopped first
};
