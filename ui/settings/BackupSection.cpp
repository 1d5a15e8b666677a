#include "BackupSection.h"

#include "JobDialog.h"
#include <QFile>
#include <QFileInfo>

#include "AppContext.h"
#include "Prompter.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BackupSection::BackupSection(AppContext *context, QWidget *parent)
    : QGroupBox(tr("Backups"), parent), m_context(context), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSection"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *backup = new QPushButton(tr("&Back up now"), this);
    backup->setObjectName(QStringLiteral("backupNow"));
    backup->setEnabled(!context->database()->isReadOnly());
    auto *restore = new QPushButton(tr("&Restore a backup…"), this);
    restore->setObjectName(QStringLiteral("backupRestore"));
    restore->setEnabled(!context->database()->isReadOnly());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backup);
    buttons->addWidget(restore);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    connect(backup, &QPushButton::clicked, this, &BackupSection::backupNow);
    connect(restore, &QPushButton::clicked, this, &BackupSection::restoreBackup);
    if (context->database()->isServer()) { // backups copy SQLite files; the server has its own
        backup->setEnabled(false);
        restore->setEnabled(false);
    }
    refresh();
}

QString BackupSection::serverText()
{
    return tr("A server database is backed up on its server with pg_dump and restored with pg_restore (docs/postgresql.md); "
              "the backups here copy SQLite files only.");
}

void BackupSection::refresh()
{
    if (m_context->database()->isServer()) {
        m_summary->setText(serverText());
        return;
    }
    const BackupManager backups(m_context->database()->path());
    const QList<BackupManager::Info> all = backups.list();
    const QString folder = QDir::toNativeSeparators(backups.backupDir());
    m_summary->setText(all.isEmpty() ? tr("No backup yet. Backups are kept in %1 (one a day on start, one before every upgrade, the last %2).")
                                           .arg(folder)
                                           .arg(BackupManager::keepCount())
                                     : tr("Latest backup: %1 (%2). %3 backup(s) in %4; the last %5 are kept.")
                                           .arg(QFileInfo(all.first().path).fileName(),
                                                all.first().at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                           .arg(all.size())
                                           .arg(folder)
                                           .arg(BackupManager::keepCount()));
}

void BackupSection::backupNow()
{
    Database *db = m_context->database();
    if (db->isServer()) {
        Prompter::current().warning(this, tr("Backup"), serverText() + QLatin1Char('\n') + tr("Nothing was changed."));
        return;
    }
    QString created;
    QString error;
    const QString path = db->path();
    // A consistent copy of a large registry takes a while: in the worker (edits wait meanwhile).
    Job job{tr("Backing up the database"), Job::Access::Writes, [&created, path](QSqlDatabase connection, JobControl &control, QString *jobError) {
                control.setStage(tr("Copying the database"), 0);
                const bool ok = BackupManager(path).backup(connection, QStringLiteral("manual"), &created, jobError);
                if (ok && control.isCanceled()) { // canceled: no new backup file is left
                    QFile::remove(created);
                    return false;
                }
                return ok;
            }};
    if (JobDialog::run(this, path, std::move(job), &error) != JobRunner::Outcome::Done)
        Prompter::current().warning(this, tr("Backup"), tr("The backup failed:\n%1").arg(error));
    else
        Prompter::current().information(this, tr("Backup"), tr("Backup written:\n%1").arg(QDir::toNativeSeparators(created)));
    refresh();
}

void BackupSection::restoreBackup()
{
    Database *db = m_context->database();
    if (db->isServer()) {
        Prompter::current().warning(this, tr("Restore"), serverText() + QLatin1Char('\n') + tr("Nothing was changed."));
        return;
    }
    const QString file = Prompter::current().openFileName(this, tr("Restore a backup"), tr("CE Hours backups (*.sqlite)"));
    if (file.isEmpty())
        return;
    QString error;
    Job check{tr("Checking the backup"), Job::Access::NoDatabase, [file](QSqlDatabase, JobControl &control, QString *jobError) {
                  control.setStage(tr("Checking %1").arg(QFileInfo(file).fileName()), 0);
                  return BackupManager::verify(file, nullptr, jobError);
              }};
    if (JobDialog::run(this, db->path(), std::move(check), &error) != JobRunner::Outcome::Done) {
        Prompter::current().warning(this, tr("Restore"), tr("%1 cannot be restored, nothing was changed:\n%2").arg(file, error));
        return;
    }
    if (!Prompter::current().question(this, tr("Restore"),
                                      tr("Replace the database by the backup %1?\n\nThe current database is backed up first. "
                                         "CE Hours closes after the restore; start it again.")
                                          .arg(QDir::toNativeSeparators(file))))
        return;
    // The file is replaced underneath: this process lets go of it first and does not use it again.
    db->connection().close();
    QString safety;
    const QString path = db->path();
    Job restore{tr("Restoring the backup"), Job::Access::NoDatabase, [&safety, file, path](QSqlDatabase, JobControl &control, QString *jobError) {
                    control.setStage(tr("Replacing the database by %1").arg(QFileInfo(file).fileName()), 0);
                    return BackupManager(path).restore(file, &safety, jobError);
                }};
    restore.cancelable = false; // the file is being replaced: it must finish
    if (JobDialog::run(this, path, std::move(restore), &error) != JobRunner::Outcome::Done)
        Prompter::current().warning(this, tr("Restore"), tr("The restore failed:\n%1\n\nCE Hours closes now; start it again.").arg(error));
    else
        Prompter::current().information(this, tr("Restore"), tr("The backup was restored. The previous database was saved as %1.\n\n"
                                                                 "CE Hours closes now; start it again.")
                                                                  .arg(QDir::toNativeSeparators(safety)));
    QApplication::quit();
}
