#include "RosterImportDialog.h"

#include "AppContext.h"
#include "Prompter.h"

#include <QWidget>

RosterImportDialog::RosterImportDialog(AppContext *context, QWidget *parent)
    : QObject(parent), m_context(context), m_parent(parent)
{
}

bool RosterImportDialog::run()
{
    const QString path = Prompter::current().openFileName(m_parent, tr("Import roster"),
                                                          tr("Rosters (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    Prompter::current().information(m_parent, tr("Import roster"),
                                    tr("Roster import is not available in this build yet; use cehours-cli import-staff."));
    return false;
}
