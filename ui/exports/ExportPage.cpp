#include "ExportPage.h"

#include "JobDialog.h"
#include "storage/Database.h"
#include <QFile>
#include <QFileInfo>

#include "HeadingFont.h"

#include "AppContext.h"
#include "Prompter.h"

#include "export/ExportProfile.h"
#include "events/EventRepository.h"
#include "export/ExportSource.h"
#include "export/PrintForms.h"
#include "export/RegistrationRecord.h"
#include "export/TableExporter.h"
#include "export/TableWriter.h"
#include "storage/ActivityRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
QSpinBox *yearBox(QWidget *parent, int year, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1990, 2100);
    box->setValue(year);
    box->setObjectName(name);
    return box;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

ExportPage::ExportPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("exportPage"));
    auto *title = new QLabel(tr("Exports and printed forms"), this);
    title->setObjectName(QStringLiteral("exportTitle"));
    setHeadingFont(title, 1.3);
    m_layout->addWidget(title);

    const int year = m_context->year();

    // Import file for the provincial system.
    auto *fileBox = new QGroupBox(tr("Import file for the provincial system"), this);
    auto *fileForm = new QFormLayout(fileBox);
    m_profile = new QComboBox(fileBox);
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    for (const QString &id : ExportProfile::available()) {
        ExportProfile p;
        QString error;
        if (ExportProfile::load(id, &p, &error))
            m_profile->addItem(p.name, id);
    }
    m_exportYear = yearBox(fileBox, year, QStringLiteral("exportYear"));
    m_skipErrors = new QCheckBox(tr("Leave out people whose year has errors"), fileBox);
    m_skipErrors->setObjectName(QStringLiteral("exportSkipErrors"));
    auto *fileButtons = new QHBoxLayout;
    QPushButton *xlsx = button(fileBox, tr("Export .xlsx…"), QStringLiteral("exportXlsx"));
    QPushButton *csv = button(fileBox, tr("Export .csv…"), QStringLiteral("exportCsv"));
    fileButtons->addWidget(xlsx);
    fileButtons->addWidget(csv);
    fileButtons->addStretch();
    fileForm->addRow(tr("Profile"), m_profile);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_exportYear);
    yearRow->addStretch();
    fileForm->addRow(tr("Year"), yearRow);
    fileForm->addRow(QString(), m_skipErrors);
    fileForm->addRow(QString(), fileButtons);
    m_layout->addWidget(fileBox);
    connect(xlsx, &QPushButton::clicked, this, &ExportPage::exportXlsx);
    connect(csv, &QPushButton::clicked, this, &ExportPage::exportCsv);

    // Printed forms.
    auto *formsBox = new QGroupBox(tr("Printed forms"), this);
    auto *forms = new QFormLayout(formsBox);
    // Options first (stretching when `expand`), then the two buttons.
    auto addActions = [this, formsBox](QFormLayout *layout, const QString &label, QWidget *options, const QString &form,
                                       bool expand) {
        auto *row = new QHBoxLayout;
        row->addWidget(options, expand ? 1 : 0);
        QPushButton *pv = button(formsBox, tr("Preview / print…"), form + QStringLiteral("Preview"));
        QPushButton *pdf = button(formsBox, tr("Save PDF…"), form + QStringLiteral("Pdf"));
        row->addWidget(pv);
        row->addWidget(pdf);
        if (!expand)
            row->addStretch();
        layout->addRow(label, row);
        connect(pv, &QPushButton::clicked, this, [this, form] { preview(form); });
        connect(pdf, &QPushButton::clicked, this, [this, form] { savePdf(form); });
    };

    auto *sheetOptions = new QWidget(formsBox);
    auto *sheetRow = new QHBoxLayout(sheetOptions);
    sheetRow->setContentsMargins(0, 0, 0, 0);
    m_sheetYear = yearBox(sheetOptions, year, QStringLiteral("summarySheetYear"));
    m_sheetTitle = new QComboBox(sheetOptions);
    m_sheetTitle->setObjectName(QStringLiteral("summarySheetTitle"));
    m_sheetTitle->setMinimumContentsLength(24);
    sheetRow->addWidget(m_sheetYear);
    sheetRow->addWidget(m_sheetTitle, 1);
    addActions(forms, tr("Summary of staff who completed continuing education"), sheetOptions, QStringLiteral("summarySheet"), true);
    connect(m_sheetYear, &QSpinBox::valueChanged, this, &ExportPage::reloadTitles);

    auto *certOptions = new QWidget(formsBox);
    auto *certRow = new QHBoxLayout(certOptions);
    certRow->setContentsMargins(0, 0, 0, 0);
    m_certFrom = yearBox(certOptions, year - 4, QStringLiteral("certificateFrom"));
    m_certTo = yearBox(certOptions, year, QStringLiteral("certificateTo"));
    m_certIds = new QLineEdit(certOptions);
    m_certIds->setObjectName(QStringLiteral("certificateIds"));
    m_certIds->setPlaceholderText(tr("ID numbers, comma-separated (empty: everyone with activities)"));
    certRow->addWidget(m_certFrom);
    certRow->addWidget(new QLabel(QStringLiteral("–"), certOptions));
    certRow->addWidget(m_certTo);
    certRow->addWidget(m_certIds, 1);
    addActions(forms, tr("Credit-hour certificates"), certOptions, QStringLiteral("certificate"), true);

    auto *regOptions = new QWidget(formsBox);
    auto *regRow = new QHBoxLayout(regOptions);
    regRow->setContentsMargins(0, 0, 0, 0);
    m_regFrom = yearBox(regOptions, year - 4, QStringLiteral("registrationFrom"));
    m_regTo = yearBox(regOptions, year, QStringLiteral("registrationTo"));
    m_regDepartment = new QLineEdit(regOptions);
    m_regDepartment->setObjectName(QStringLiteral("registrationDepartment"));
    m_regDepartment->setPlaceholderText(tr("Department (empty: all, in department order)"));
    regRow->addWidget(m_regFrom);
    regRow->addWidget(new QLabel(QStringLiteral("–"), regOptions));
    regRow->addWidget(m_regTo);
    regRow->addWidget(m_regDepartment, 1);
    addActions(forms, tr("Registration records (per person)"), regOptions, QStringLiteral("registrationRecord"), true);

    m_reportYear = yearBox(formsBox, year, QStringLiteral("reportYear"));
    addActions(forms, tr("Yearly compliance report"), m_reportYear, QStringLiteral("report"), false);
    m_layout->addWidget(formsBox);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_report->setPlaceholderText(tr("Results and problems of the last export appear here."));
    m_layout->addWidget(m_report, 1);

    connect(m_context, &AppContext::yearChanged, this, [this](int y) {
        m_exportYear->setValue(y);
        m_sheetYear->setValue(y);
        m_reportYear->setValue(y);
        m_certTo->setValue(y);
        m_regTo->setValue(y);
    });
    connect(m_context, &AppContext::dataChanged, this, &ExportPage::reloadTitles);
    reloadTitles();
}

void ExportPage::reloadTitles()
{
    if (!m_context->hasUnit())
        return;
    // The 汇总表 is printed from a training event (培训班): one entry per event of the year.
    const qint64 current = m_sheetTitle->currentData().toLongLong();
    m_sheetTitle->clear();
    for (const EventRepository::Summary &s : EventRepository(m_context->connection()).list(m_sheetYear->value()))
        m_sheetTitle->addItem(QStringLiteral("%1（%2）").arg(s.event.title, s.event.startDate.toString(QStringLiteral("MM-dd"))), s.event.id);
    const int again = m_sheetTitle->findData(current);
    if (again >= 0)
        m_sheetTitle->setCurrentIndex(again);
}

void ExportPage::showProblems(const QStringList &problems, const QString &heading)
{
    m_report->setPlainText(heading + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

bool ExportPage::exportTo(const QString &path)
{
    ExportProfile profile;
    QString error;
    if (!ExportProfile::load(m_profile->currentData().toString(), &profile, &error)) {
        Prompter::current().warning(this, tr("Export"), error);
        return false;
    }
    const int year = m_exportYear->value();
    TableExporter::Options options;
    options.skipErrors = m_skipErrors->isChecked();
    TableExporter::Result result;
    bool written = false;
    // Reading the year and writing the files run in a worker, streamed as the CLI does (each person
    // read, credited and written before the next: memory does not grow with the registry); a
    // canceled export leaves no file.
    Job job{tr("Exporting %1").arg(year), Job::Access::Reads,
            [&, year](QSqlDatabase db, JobControl &control, QString *jobError) {
                const QString stage = tr("Exporting the people and activities of %1 to %2").arg(year).arg(QFileInfo(path).fileName());
                control.setStage(stage, 0);
                bool readFailed = false;
                written = TableWriter::exportYears(ExportSource(db), year, year, {}, profile, path, options, &result, jobError,
                                                   &readFailed, [&control, &stage](int done, int total) {
                                                       if (done == 1)
                                                           control.setStage(stage, total);
                                                       control.setDone(done);
                                                       return !control.isCanceled();
                                                   });
                if (written && control.isCanceled()) {
                    for (const QString &file : result.files)
                        QFile::remove(file);
                    return false;
                }
                return written;
            }};
    const JobRunner::Outcome outcome = JobDialog::run(this, m_context->database()->path(), std::move(job), &error);
    if (outcome != JobRunner::Outcome::Done) {
        if (result.refused)
            showProblems(result.problems, tr("Nothing was exported. People whose year has errors:"));
        Prompter::current().warning(this, tr("Export"), error);
        return false;
    }
    QString summary = tr("Written: %1\n%2 person-year rows, %3 activity rows.")
                          .arg(result.files.join(QStringLiteral(", ")))
                          .arg(result.personYearRows)
                          .arg(result.activityRows);
    if (!result.problems.isEmpty())
        summary += QLatin1Char('\n') + tr("Left out (errors in their year):") + QLatin1Char('\n') + result.problems.join(QLatin1Char('\n'));
    m_report->setPlainText(summary);
    return true;
}

QString ExportPage::exportFileName(const QString &suffix) const
{
    // "<unit> 2026年度 <profile>.xlsx": the unit and the one year exported (not a range like anhui-2025-2026).
    QString unit = m_context->unit().name;
    unit.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return tr("%1 %2 %3").arg(unit).arg(m_exportYear->value()).arg(m_profile->currentText()).trimmed() + QLatin1Char('.') + suffix;
}

void ExportPage::exportXlsx()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(exportFileName(QStringLiteral("xlsx")));
    const QString path = Prompter::current().saveFileName(this, tr("Export"), suggested, tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportPage::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(exportFileName(QStringLiteral("csv")));
    const QString path = Prompter::current().saveFileName(this, tr("Export"), suggested, tr("CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

ExportPage::FormRequest ExportPage::formRequest(const QString &form) const
{
    FormRequest r;
    r.form = form;
    r.sheetYear = m_sheetYear->value();
    r.sheetEventId = m_sheetTitle->currentIndex() < 0 ? 0 : m_sheetTitle->currentData().toLongLong();
    r.certFrom = m_certFrom->value();
    r.certTo = m_certTo->value();
    for (const QString &id : m_certIds->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.certIds << id.trimmed().toUpper();
    r.regFrom = m_regFrom->value();
    r.regTo = m_regTo->value();
    r.regDepartment = m_regDepartment->text().trimmed();
    r.reportYear = m_reportYear->value();
    return r;
}

bool ExportPage::buildInWorker(const QString &form, const QString &path, PdfPages::Body *body, QString *title, QString *error)
{
    const FormRequest request = formRequest(form);
    Job job{tr("Preparing the form"), Job::Access::Reads, [&, request](QSqlDatabase db, JobControl &control, QString *jobError) {
                control.setStage(tr("Reading the registry"), 0);
                if (!buildForm(request, db, body, title, jobError))
                    return false;
                if (path.isEmpty())
                    return true;
                control.setStage(tr("Writing %1").arg(QFileInfo(path).fileName()), 0);
                if (!PdfPages::toPdf(path, *title, *body, jobError))
                    return false;
                if (control.isCanceled()) { // a canceled print leaves no file
                    QFile::remove(path);
                    return false;
                }
                return true;
            }};
    return JobDialog::run(this, m_context->database()->path(), std::move(job), error) == JobRunner::Outcome::Done;
}

bool ExportPage::buildForm(const FormRequest &request, QSqlDatabase db, PdfPages::Body *body, QString *title, QString *error)
{
    const QString &form = request.form;
    ExportSource source(db);
    if (form == QLatin1String("summarySheet") || form == QLatin1String("summary-sheet")) {
        SummarySheet sheet;
        if (request.sheetEventId == 0) {
            *error = tr("No training event in %1: create one in the training events section").arg(request.sheetYear);
            return false;
        }
        if (!source.summarySheet(request.sheetEventId, &sheet, error))
            return false;
        *title = PrintForms::summarySheetTitle();
        *body = PrintForms::summarySheet(sheet);
        return true;
    }
    if (form == QLatin1String("certificate")) {
        if (request.certTo < request.certFrom) {
            *error = tr("The last year is before the first year");
            return false;
        }
        ExportSource::Selection sel;
        sel.idNumbers = request.certIds;
        QList<Certificate> list;
        if (!source.certificates(request.certFrom, request.certTo, sel, &list, error))
            return false;
        if (list.isEmpty()) {
            *error = tr("Nobody to print: no activities in these years");
            return false;
        }
        *title = PrintForms::certificateTitle();
        *body = PrintForms::certificates(list);
        return true;
    }
    if (form == QLatin1String("registrationRecord")) {
        if (request.regTo < request.regFrom) {
            *error = tr("The last year is before the first year");
            return false;
        }
        ExportSource::Selection sel;
        sel.department = request.regDepartment;
        QList<RegistrationRecord> records;
        if (!source.registrationRecords(request.regFrom, request.regTo, sel, &records, error))
            return false;
        if (records.isEmpty()) {
            *error = tr("Nobody to print: no activities in these years");
            return false;
        }
        *title = RegistrationForm::title();
        *body = RegistrationForm::body(records);
        return true;
    }
    ComplianceReport report;
    if (!source.complianceReport(request.reportYear, {}, &report, error))
        return false;
    *title = PrintForms::reportTitle(report.year);
    *body = PrintForms::complianceReport(report);
    return true;
}

bool ExportPage::printToPdf(const QString &form, const QString &path)
{
    PdfPages::Body body;
    QString title;
    QString error;
    if (!buildInWorker(form, path, &body, &title, &error)) {
        Prompter::current().warning(this, tr("Print"), error);
        return false;
    }
    m_report->setPlainText(tr("Written: %1").arg(path));
    return true;
}

void ExportPage::savePdf(const QString &form)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(form + QStringLiteral(".pdf"));
    const QString path = Prompter::current().saveFileName(this, tr("Save PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && printToPdf(form, path))
        Prompter::current().openFile(path);
}

void ExportPage::preview(const QString &form)
{
    PdfPages::Body body;
    QString title;
    QString error;
    if (!buildInWorker(form, QString(), &body, &title, &error)) {
        Prompter::current().warning(this, tr("Print"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(title);
    if (auto *view = dialog.findChild<QPrintPreviewWidget *>())
        view->setZoomMode(QPrintPreviewWidget::FitToWidth); // readable at once, not 39 %
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [body, this](QPrinter *p) {
        QString e;
        if (!PdfPages::toDevice(p, body, &e))
            m_report->setPlainText(e);
    });
    dialog.exec();
}
