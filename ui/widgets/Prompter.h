#pragma once
#include <QString>
#include <QStringList>

class QWidget;

// Thin wrapper over QMessageBox / QFileDialog / QInputDialog. The application uses the default
// (real dialogs); GUI tests install their own Prompter to answer the questions deterministically.
class Prompter
{
public:
    enum class CloseChoice { Save, Discard, Cancel };

    virtual ~Prompter() = default;

    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    virtual bool question(QWidget *parent, const QString &title, const QString &text);
    // 保存 / 放弃 / 取消 for a dialog closed with changes; Cancel keeps it open with the data.
    virtual CloseChoice unsavedChanges(QWidget *parent, const QString &title, const QString &text);
    // Empty list when cancelled.
    virtual QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter);
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // Empty string when cancelled.
    virtual QString existingDirectory(QWidget *parent, const QString &title);
    // Null string when cancelled.
    virtual QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});
    // Opens a file with the system's viewer.
    virtual void openFile(const QString &path);

    // Process-wide instance; never null. setCurrent(nullptr) restores the default.
    static Prompter &current();
    static void setCurrent(Prompter *prompter);
};
