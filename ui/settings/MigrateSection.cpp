#include "MigrateSection.h"

#include "AppContext.h"
#include "JobDialog.h"
#include "Prompter.h"
#include "storage/Database.h"
#include "storage/RegistryMigration.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

MigrateSection::MigrateSection(AppContext *context, QWidget *parent) : QGroupBox(tr("Move to another kind of database"), parent), m_context(context)
{
    const bool server = context->database()->isServer();
    auto *text = new QLabel(server ? tr("Copies the whole registry (evidence files and audit log too) into a new database file,"
                                        " e.g. as an archive. The server database stays in use.")
                                   : tr("Copies the whole registry (evidence files and audit log too) into an empty server"
                                        " database (PostgreSQL), for several clerks. This file stays in use until you"
                                        " open the server database."),
                            this);
    text->setWordWrap(true);
    auto *button = new QPushButton(server ? tr("Migrate to a database &file…") : tr("Migrate to a &server database…"), this);
    button->setObjectName(QStringLiteral("settingsMigrate"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(button, 0, Qt::AlignLeft);
    connect(button, &QPushButton::clicked, this, &MigrateSection::migrate);
}

void MigrateSection::migrate()
{
    Prompter &prompter = Prompter::current();
    Database *db = m_context->database();
    const QString target = db->isServer()
        ? prompter.saveFileName(this, tr("Migrate to a database file"), QStringLiteral("cehours-archive.sqlite"), tr("CE Hours database (*.sqlite)"))
        : prompter.text(this, tr("Migrate to a server database"),
                        tr("Address of the empty server database, e.g. postgresql://clerk@db.example.org/registry\n"
                           "(the password comes from the credential store or pgpass, never from here):"));
    if (target.trimmed().isEmpty())
        return;
    RegistryMigration::Result result;
    const QString source = db->path();
    // The worker opens both databases itself: the source read-only, the target in one transaction that a
    // Cancel rolls back (Transaction::commit).
    Job job{tr("Migrating the registry"), Job::Access::NoDatabase, [&result, source, target](QSqlDatabase, JobControl &control, QString *error) {
                result = RegistryMigration::run(source, target.trimmed(), [&control](const QString &what, int stage, int stages) {
                    control.setStage(what, stages);
                    control.setDone(stage);
                });
                if (!result.ok && error)
                    *error = result.error;
                return result.ok;
            }};
    QString error;
    if (JobDialog::run(this, source, std::move(job), &error) != JobRunner::Outcome::Done) {
        prompter.warning(this, tr("Migrate"), tr("Nothing was migrated; the target was left without data.\n%1").arg(error));
        return;
    }
    qint64 rows = 0;
    for (const RegistryMigration::TableFigure &t : std::as_const(result.tables))
        rows += t.rows;
    prompter.information(this, tr("Migrate"),
                         tr("The registry was copied to %1 and verified: %2 rows in %3 tables, %4 evidence file(s) (%5 bytes) with"
                            " their hashes, the audit chain intact up to row %6.\nCE Hours keeps working on the current database.")
                             .arg(QDir::toNativeSeparators(target.trimmed()))
                             .arg(rows)
                             .arg(result.tables.size())
                             .arg(result.evidenceFiles)
                             .arg(result.evidenceBytes)
                             .arg(result.chainHeadId));
}
