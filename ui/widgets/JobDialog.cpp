#include "JobDialog.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
std::function<void(JobDialog *)> &shownHook()
{
    static std::function<void(JobDialog *)> hook;
    return hook;
}
constexpr int kPollMs = 50;
} // namespace

void JobDialog::setShownHook(std::function<void(JobDialog *)> hook)
{
    shownHook() = std::move(hook);
}

JobRunner::Outcome JobDialog::run(QWidget *parent, const QString &databasePath, Job job, QString *error)
{
    JobRunner runner(databasePath);
    JobDialog dialog(&runner, job.title, parent);
    dialog.m_cancel->setVisible(job.cancelable);
    QEventLoop loop;
    connect(&runner, &JobRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.start(std::move(job))) {
        if (error)
            *error = tr("Another task is still running.");
        return JobRunner::Outcome::Failed;
    }
    dialog.show();
    if (shownHook())
        shownHook()(&dialog);
    if (runner.isRunning())
        loop.exec(); // input goes to the modal dialog only; paint events and timers everywhere
    dialog.hide();
    if (error)
        *error = runner.errorString();
    return runner.outcome();
}

JobDialog::JobDialog(JobRunner *runner, const QString &title, QWidget *parent)
    : QDialog(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("jobDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::ApplicationModal);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("jobTitle"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_stage = new QLabel(tr("Starting…"), this);
    m_stage->setObjectName(QStringLiteral("jobStage"));
    m_stage->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setRange(0, 0);
    auto *note = new QLabel(tr("The window stays usable for reading; other changes wait until this has finished."), this);
    note->setObjectName(QStringLiteral("jobNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_cancel, &QPushButton::clicked, this, &JobDialog::requestCancel);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &JobDialog::refresh);
    m_poll->start();
}

void JobDialog::refresh()
{
    const AtomicJobControl &control = m_runner->control();
    if (control.isCanceled()) {
        m_stage->setText(tr("Canceling… nothing of this task will be kept."));
        m_bar->setRange(0, 0);
        return;
    }
    const int total = control.total();
    const int done = qMin(control.done(), total);
    const QString stage = control.stage();
    const QLocale locale;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_stage->setText(tr("%1 (%2 of %3)").arg(stage, locale.toString(done), locale.toString(total)));
    } else {
        m_bar->setRange(0, 0);
        m_stage->setText(stage.isEmpty() ? tr("Working…") : stage);
    }
}

void JobDialog::reject()
{
    if (m_cancel->isVisible())
        requestCancel(); // the dialog closes when the job has stopped
}

void JobDialog::requestCancel()
{
    m_runner->cancel();
    m_cancel->setEnabled(false);
    refresh();
}
