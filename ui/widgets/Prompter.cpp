#include "Prompter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QUrl>

namespace {
Prompter *g_current = nullptr;
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void Prompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool Prompter::question(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

Prompter::CloseChoice Prompter::unsavedChanges(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return CloseChoice::Save;
    case QMessageBox::Discard: return CloseChoice::Discard;
    default: return CloseChoice::Cancel;
    }
}

QStringList Prompter::openFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Prompter::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Prompter::existingDirectory(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

QString Prompter::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    // OK with an empty box is an empty, not a null (= cancelled), string: the caller can say why it is refused.
    return ok ? (value.isNull() ? QString(QLatin1String("")) : value) : QString();
}

void Prompter::openFile(const QString &path)
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("Prompter", "Cannot open the file"),
                             QCoreApplication::translate("Prompter", "No program on this computer opens %1. Install a viewer for this "
                                                                     "type of file, or copy it from the evidence folder.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
}

Prompter &Prompter::current()
{
    static Prompter fallback;
    return g_current ? *g_current : fallback;
}

void Prompter::setCurrent(Prompter *prompter)
{
    g_current = prompter;
}
