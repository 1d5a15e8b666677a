#pragma once
#include "jobs/JobRunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The progress dialog of a worker job: title, stage ("Writing people… 12,000 of 100,000"), a bar
// (busy when the stage has no count) and Cancel. Application-modal, so nothing else is edited while a
// job writes; the window keeps painting and its timers keep firing (the job runs on a JobRunner thread).
// Cancel asks the job to stop; the dialog stays until the job has rolled back ("Canceling…").
class JobDialog : public QDialog
{
    Q_OBJECT
public:
    // Runs the job and returns when it has ended (a local event loop runs meanwhile). *error: why it
    // failed, or JobControl::canceledText() when canceled.
    static JobRunner::Outcome run(QWidget *parent, const QString &databasePath, Job job, QString *error = nullptr);

    // While set, every dialog this opens is handed to it first (screenshots, tests).
    static void setShownHook(std::function<void(JobDialog *)> hook);

    JobDialog(JobRunner *runner, const QString &title, QWidget *parent = nullptr);
    void refresh();

protected:
    void reject() override; // Esc / close: Cancel

private:
    void requestCancel();
    JobRunner *m_runner;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_poll;
};
