#include "RosterImportDialog.h"

#include "AppContext.h"
#include "JobDialog.h"
#include "storage/Database.h"
#include "Prompter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RosterImportDialog::RosterImportDialog(AppContext *context, const RosterImporter::Preview &preview, QWidget *parent)
    : QDialog(parent), m_context(context), m_preview(preview)
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster: %1").arg(preview.sourceName));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("rosterSummary"));
    summary->setWordWrap(true);
    QString text = tr("%1 rows read: %2").arg(preview.rowsRead()).arg(RosterImporter::summary(preview));
    if (!preview.ignoredColumns.isEmpty())
        text += QLatin1Char('\n') + tr("Columns not used: %1").arg(preview.ignoredColumns.join(QStringLiteral("、")));
    if (!preview.ok())
        text += QLatin1Char('\n') + tr("%1 rows have problems; nothing is imported until the file is corrected.").arg(preview.errors.size());
    summary->setText(text);

    auto *errors = new QTableWidget(int(preview.errors.size()), 3, this);
    errors->setObjectName(QStringLiteral("rosterErrors"));
    errors->setHorizontalHeaderLabels({QStringLiteral("行号"), QStringLiteral("证件号码"), QStringLiteral("失败原因")});
    errors->verticalHeader()->hide();
    errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    errors->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < preview.errors.size(); ++i) {
        const RosterImporter::RowIssue &issue = preview.errors.at(i);
        errors->setItem(i, 0, new QTableWidgetItem(QString::number(issue.row)));
        errors->setItem(i, 1, new QTableWidgetItem(issue.idNumber));
        errors->setItem(i, 2, new QTableWidgetItem(issue.reason));
    }
    errors->resizeColumnToContents(1);
    errors->setVisible(!preview.ok());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("rosterApply"));
    import->setEnabled(preview.ok() && (preview.toAdd.size() + preview.toUpdate.size()) > 0);
    QPushButton *report = buttons->addButton(tr("Save error &report…"), QDialogButtonBox::ActionRole);
    report->setEnabled(!preview.ok());
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(errors, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterImportDialog::reject);
    connect(report, &QPushButton::clicked, this, &RosterImportDialog::saveReport);
    resize(720, preview.ok() ? 200 : 460);
}

bool RosterImportDialog::run(AppContext *context, QWidget *parent)
{
    const QString path = Prompter::current().openFileName(parent, tr("Import roster"),
                                                          tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    RosterImporter::Preview preview;
    QString error;
    Job check{tr("Checking the roster"), Job::Access::Reads,
              [&preview, path, unitId = context->unitId()](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Reading and checking every row of %1…").arg(QFileInfo(path).fileName()), 0);
                  return RosterImporter(db, unitId).analyse(path, &preview, error);
              }};
    if (JobDialog::run(parent, context->database()->path(), std::move(check), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(parent, tr("Import roster"), error);
        return false;
    }
    RosterImportDialog dialog(context, preview, parent);
    return dialog.exec() == QDialog::Accepted;
}

void RosterImportDialog::accept()
{
    QString error;
    Job write{tr("Importing the roster"), Job::Access::Writes,
              [this, unitId = m_context->unitId()](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Writing people"), int(m_preview.toAdd.size() + m_preview.toUpdate.size()));
                  return RosterImporter(db, unitId).apply(m_preview, error);
              }};
    if (JobDialog::run(this, m_context->database()->path(), std::move(write), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(this, tr("Import roster"), error);
        return;
    }
    QDialog::accept();
    Prompter::current().information(parentWidget(), tr("Import roster"),
                                    tr("Imported: %1 people added, %2 updated, %3 unchanged.")
                                        .arg(m_preview.toAdd.size())
                                        .arg(m_preview.toUpdate.size())
                                        .arg(m_preview.unchanged));
}

void RosterImportDialog::saveReport()
{
    const QString path = Prompter::current().saveFileName(this, tr("Save error report"), tr("roster-errors.txt"),
                                                          tr("Text (*.txt *.tsv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Prompter::current().warning(this, tr("Save error report"), f.errorString());
        return;
    }
    f.write("\xEF\xBB\xBF"); // BOM: Excel on Chinese Windows reads it as UTF-8
    f.write(RosterImporter::errorReport(m_preview).toUtf8());
}
