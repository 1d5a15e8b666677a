#include "ActivityImportDialog.h"

#include "JobDialog.h"
#include "storage/Database.h"
#include <QFileInfo>

#include "AppContext.h"
#include "Prompter.h"
#include "import/ActivityTemplate.h"
#include "import/TableReader.h"
#include "rules/RuleSet.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers, const QList<QStringList> &rows)
{
    auto *t = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < headers.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).value(c));
            item->setToolTip(item->text());
            t->setItem(r, c, item);
        }
    t->resizeColumnsToContents();
    // Wrapped cells get their height once the stretched last column has its width.
    QObject::connect(t->horizontalHeader(), &QHeaderView::sectionResized, t, &QTableView::resizeRowsToContents);
    return t;
}
}

ActivityImportDialog::ActivityImportDialog(AppContext *context, const ActivityImporter::Preview &preview, QWidget *parent)
    : QDialog(parent), m_context(context), m_preview(preview)
{
    setObjectName(QStringLiteral("activityImportDialog"));
    setWindowTitle(tr("Import activities: %1").arg(preview.sourceName));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("activityImportSummary"));
    summary->setWordWrap(true);
    QString text = ActivityImporter::summary(preview);
    if (!preview.ignoredColumns.isEmpty())
        text += QLatin1Char('\n') + tr("Columns not used: %1").arg(preview.ignoredColumns.join(QStringLiteral("、")));
    if (!preview.ok())
        text += QLatin1Char('\n') + tr("%1 rows have problems; nothing is imported until the file is corrected.").arg(preview.errors.size());
    summary->setText(text);

    QList<QStringList> errorRows;
    for (const ActivityImporter::RowIssue &e : preview.errors)
        errorRows << QStringList{e.location(), e.idNumber, e.reason};
    QTableWidget *errors = table(this, QStringLiteral("activityImportErrors"), {QStringLiteral("行号"), QStringLiteral("证件号码"), QStringLiteral("失败原因")}, errorRows);
    errors->setVisible(!preview.ok());
    QList<QStringList> creditRows;
    for (const ActivityImporter::Row &r : preview.rows)
        creditRows << QStringList{r.location(), context->displayId(r.idNumber), r.name, QString::number(r.activity.year), r.kindLabel,
                                  r.activity.title, QString::number(r.hours, 'g', 12), r.explanation};
    QTableWidget *credits = table(this, QStringLiteral("activityImportPreview"),
                                  {tr("Row"), tr("ID number"), tr("Name"), tr("Year"), tr("Kind"), tr("Title"), tr("Hours"), tr("Explanation")},
                                  creditRows);
    // Kind and title wrap in narrower columns: the explanation (with the clause) is what the clerk checks.
    for (int c : {4, 5})
        credits->setColumnWidth(c, qMin(credits->columnWidth(c), 170));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("activityImportApply"));
    import->setEnabled(preview.ok() && !preview.rows.isEmpty());
    QPushButton *report = buttons->addButton(tr("Save error &report…"), QDialogButtonBox::ActionRole);
    report->setObjectName(QStringLiteral("activityImportReport"));
    report->setEnabled(!preview.ok());
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(errors, 1);
    layout->addWidget(credits, 2);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityImportDialog::reject);
    connect(report, &QPushButton::clicked, this, &ActivityImportDialog::saveReport);
    resize(980, 560);
}

bool ActivityImportDialog::run(AppContext *context, QWidget *parent)
{
    if (!context->hasUnit())
        return false;
    const QString path = Prompter::current().openFileName(parent, tr("Import activities"), TableReader::fileDialogFilter());
    if (path.isEmpty())
        return false;
    ActivityImporter::Preview preview;
    QString error;
    Job check{tr("Checking the activities"), Job::Access::Reads,
              [&preview, path, unitId = context->unitId()](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Reading and checking every row of %1…").arg(QFileInfo(path).fileName()), 0);
                  return ActivityImporter(db, unitId).analyse(path, &preview, error);
              }};
    if (JobDialog::run(parent, context->database()->path(), std::move(check), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(parent, tr("Import activities"), error);
        return false;
    }
    ActivityImportDialog dialog(context, preview, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    context->notifyDataChanged();
    return true;
}

bool ActivityImportDialog::saveTemplate(AppContext *context, QWidget *parent)
{
    const RuleSet *set = context->ruleSet();
    if (!set) {
        Prompter::current().warning(parent, tr("Save activity template"), tr("Choose the unit's province rule set in the settings first."));
        return false;
    }
    const QString path = Prompter::current().saveFileName(parent, tr("Save activity template"),
                                                          tr("activity-template-%1.xlsx").arg(set->id()), tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!ActivityTemplate::write(*set, path, &error)) {
        Prompter::current().warning(parent, tr("Save activity template"), error);
        return false;
    }
    return true;
}

void ActivityImportDialog::accept()
{
    QString error;
    Job write{tr("Importing activities"), Job::Access::Writes,
              [this, unitId = m_context->unitId()](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Writing activities"), 0);
                  return ActivityImporter(db, unitId).apply(m_preview, error);
              }};
    if (JobDialog::run(this, m_context->database()->path(), std::move(write), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(this, tr("Import activities"), error);
        return;
    }
    QDialog::accept();
}

void ActivityImportDialog::saveReport()
{
    const QString path = Prompter::current().saveFileName(this, tr("Save error report"), tr("activity-errors.txt"), tr("Text (*.txt *.tsv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Prompter::current().warning(this, tr("Save error report"), f.errorString());
        return;
    }
    f.write("\xEF\xBB\xBF"); // BOM: Excel on Chinese Windows reads it as UTF-8
    f.write(ActivityImporter::errorReport(m_preview).toUtf8());
}
