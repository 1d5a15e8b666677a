#pragma once
#include "Prompter.h"

#include <QCoreApplication>
#include <QDialog>

// For a dialog's reject() (Esc, ✕, Cancel): with changes, ask 保存 / 放弃 / 取消.
// Returns what to do: Save (call accept(), which may refuse and keep the dialog open),
// Discard (close without saving) or Cancel (stay open, nothing lost). Without changes: Discard.
inline Prompter::CloseChoice askBeforeClosing(QDialog *dialog, bool changed)
{
    if (!changed)
        return Prompter::CloseChoice::Discard;
    return Prompter::current().unsavedChanges(dialog, QCoreApplication::translate("UnsavedChanges", "Unsaved changes"),
                                              QCoreApplication::translate("UnsavedChanges", "Save the changes before closing?"));
}
