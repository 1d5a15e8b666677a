#include "ParticipantImportDialog.h"

#include "JobDialog.h"
#include "storage/Database.h"
#include <QFileInfo>

#include "AppContext.h"
#include "Prompter.h"
#include "import/TableReader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
}
} // namespace

ParticipantImportDialog::ParticipantImportDialog(AppContext *context, qint64 eventId, const ParticipantImporter::Preview &preview,
                                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_eventId(eventId), m_preview(preview)
{
    setObjectName(QStringLiteral("participantImportDialog"));
    setWindowTitle(tr("Import participants: %1").arg(preview.sourceName));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("participantImportSummary"));
    summary->setWordWrap(true);
    QString text = ParticipantImporter::summary(preview);
    if (!preview.ok())
        text += QLatin1Char('\n') + tr("%1 rows have problems; nothing is imported until the file is corrected.").arg(preview.errors.size());
    for (const QString &w : preview.warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(w);
    summary->setText(text);

    auto *rows = table(this, QStringLiteral("participantImportRows"), {tr("Change"), QStringLiteral("身份证号码"), QStringLiteral("姓名"),
                                                                        QStringLiteral("考试结果"), QStringLiteral("备注")});
    for (const EventParticipant &p : preview.toAdd)
        addRow(rows, {tr("add"), context->displayId(p.idNumber), p.name, p.result, p.remark});
    for (const EventParticipant &p : preview.toChange)
        addRow(rows, {tr("change"), context->displayId(p.idNumber), p.name, p.result, p.remark});
    auto *errors = table(this, QStringLiteral("participantImportErrors"), {QStringLiteral("行号"), QStringLiteral("证件号码"), QStringLiteral("失败原因")});
    for (const ParticipantImporter::RowIssue &e : preview.errors)
        addRow(errors, {QString::number(e.row), e.idNumber, e.reason});
    errors->setVisible(!preview.errors.isEmpty());
    rows->resizeColumnsToContents();
    errors->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("participantImportApply"));
    ok->setText(tr("&Import"));
    ok->setEnabled(preview.ok() && (preview.toAdd.size() + preview.toChange.size()) > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParticipantImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(rows, 2);
    layout->addWidget(errors, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

void ParticipantImportDialog::accept()
{
    QString error;
    Job write{tr("Importing participants"), Job::Access::Writes,
              [this](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Writing participants and their activities"), 0);
                  return ParticipantImporter(db, m_eventId).apply(m_preview, error);
              }};
    if (JobDialog::run(this, m_context->database()->path(), std::move(write), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(this, tr("Import participants"), error);
        return;
    }
    m_context->notifyDataChanged();
    QDialog::accept();
}

bool ParticipantImportDialog::run(AppContext *context, qint64 eventId, QWidget *parent)
{
    const QString path = Prompter::current().openFileName(parent, tr("Import participants"), TableReader::fileDialogFilter());
    if (path.isEmpty())
        return false;
    ParticipantImporter::Preview preview;
    QString error;
    Job check{tr("Checking the participants"), Job::Access::Reads,
              [&preview, path, eventId](QSqlDatabase db, JobControl &control, QString *error) {
                  control.setStage(tr("Reading and checking every row of %1…").arg(QFileInfo(path).fileName()), 0);
                  return ParticipantImporter(db, eventId).analyse(path, &preview, error);
              }};
    if (JobDialog::run(parent, context->database()->path(), std::move(check), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(parent, tr("Import participants"), error);
        return false;
    }
    ParticipantImportDialog dialog(context, eventId, preview, parent);
    return dialog.exec() == QDialog::Accepted;
}
