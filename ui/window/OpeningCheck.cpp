#include "OpeningCheck.h"

#include "AppContext.h"
#include "JobDialog.h"
#include "Prompter.h"
#include "jobs/JobRunner.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/VerdictRecompute.h"
#include "storage/VerdictStore.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace {
const char *kChecking = "QLabel { background: #e3f2fd; color: #0d3c61; padding: 4px 8px; }";
const char *kDamaged = "QLabel { background: #fde0e0; color: #8a0010; padding: 4px 8px; font-weight: bold; }";
} // namespace

OpeningCheck::OpeningCheck(AppContext *context, QMainWindow *window) : QObject(window), m_context(context), m_window(window)
{
    m_bar = new QToolBar(tr("Database check"), window);
    m_bar->setObjectName(QStringLiteral("checkBar"));
    m_bar->setMovable(false);
    m_banner = new QLabel(window);
    m_banner->setObjectName(QStringLiteral("checkBanner"));
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // one line across the window
    m_bar->addWidget(m_banner);
    window->addToolBarBreak();
    window->addToolBar(m_bar);
    setBanner(tr("Checking the database file (a few seconds)… You can look around; changes can be saved once the check has passed."),
              QLatin1String(kChecking));
}

OpeningCheck::~OpeningCheck()
{
    if (m_thread)
        m_thread->wait(); // quick_check cannot be stopped half-way through Qt's driver
}

void OpeningCheck::setBanner(const QString &text, const QString &style)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
    m_bar->setVisible(!text.isEmpty());
}

void OpeningCheck::start()
{
    const QString path = m_context->database()->path();
    m_thread = QThread::create([this, path] { m_result = DeferredChecks::run(path); });
    m_thread->setObjectName(QStringLiteral("cehours-check"));
    connect(m_thread, &QThread::finished, this, &OpeningCheck::checked);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

void OpeningCheck::checked()
{
    Database *db = m_context->database();
    if (!m_result.damage.isEmpty()) {
        const QString message = DeferredChecks::fail(db, m_result.damage);
        m_state = State::Damaged;
        setBanner(tr("This database is damaged: nothing can be saved to it. Restore the latest backup in Settings › Backups."),
                  QLatin1String(kDamaged));
        emit settled(m_state);
        Prompter::current().warning(m_window, tr("Database damaged"), message);
        return;
    }
    DeferredChecks::pass(db);
    // Marks left by a write outside a transaction (VerdictStore): flushed by an empty commit.
    if (VerdictStore(db->connection()).dirtyCount() > 0) {
        Transaction tx(db->connection());
        if (tx.isActive())
            tx.commit();
    }
    if (!m_result.staleReason.isEmpty())
        recompute(m_result.staleReason);
    m_state = State::Passed;
    setBanner(QString(), QString());
    m_window->statusBar()->showMessage(tr("Database checked: sound."), 4000);
    emit settled(m_state);
    if (m_dailyBackup)
        backupIfDue();
}

void OpeningCheck::recompute(const QString &why)
{
    m_state = State::Recomputing;
    setBanner(tr("The stored verdicts are being recomputed (%1); the hours and verdicts shown are not current until it has finished.").arg(why),
              QLatin1String(kChecking));
    const QString path = m_context->database()->path();
    Job job{tr("Recomputing the stored verdicts"), Job::Access::NoDatabase, [path](QSqlDatabase, JobControl &control, QString *error) {
                Database db; // the schema is current (a deferred open): no upgrade, no check again
                if (!db.openRaw(path)) {
                    *error = db.errorString();
                    return false;
                }
                control.setStage(tr("Recomputing the verdicts of every person-year"), 0);
                VerdictRecompute job(db.connection());
                int counted = -1;
                job.setProgress([&control, &counted](int done, int total) {
                    if (total != counted) // the stage's count once known (setStage resets the done count)
                        control.setStage(tr("Recomputing the verdicts of every person-year"), counted = total);
                    control.setDone(done);
                    return !control.isCanceled();
                });
                return job.run(0, error);
            }};
    job.cancelable = false; // the verdicts must be current before anyone relies on them
    QString error;
    if (JobDialog::run(m_window, path, std::move(job), &error) != JobRunner::Outcome::Done)
        Prompter::current().warning(m_window, tr("Stored verdicts"),
                                    tr("The stored verdicts could not be recomputed:\n%1\n\nRun `cehours-cli recompute`, or restart CE Hours.").arg(error));
    m_context->notifyDataChanged();
}

void OpeningCheck::backupIfDue()
{
    const QString path = m_context->database()->path();
    m_backup = new JobRunner(path, this);
    Job job{tr("Daily backup"), Job::Access::Writes, [path](QSqlDatabase connection, JobControl &, QString *error) {
                return BackupManager(path).backupIfDue(connection, nullptr, error);
            }};
    connect(m_backup, &JobRunner::finished, this, [this](JobRunner::Outcome outcome) {
        if (outcome == JobRunner::Outcome::Failed)
            Prompter::current().warning(m_window, tr("CE Hours"), tr("The daily backup failed:\n%1").arg(m_backup->errorString()));
    });
    m_backup->start(std::move(job));
}
