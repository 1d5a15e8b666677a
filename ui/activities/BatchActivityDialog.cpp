#include "BatchActivityDialog.h"

#include "ActivityForm.h"
#include "AppContext.h"
#include "Prompter.h"
#include "StaffPicker.h"
#include "EntryChecks.h"
#include "UnsavedChanges.h"
#include "storage/ActivityRepository.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

BatchActivityDialog::BatchActivityDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("batchActivityDialog"));
    setWindowTitle(tr("Batch entry: one event for many people"));
    m_picker = new StaffPicker(context, true, this);
    m_form = new ActivityForm(context, this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("batchCount"));

    auto *peopleBox = new QGroupBox(tr("People"), this);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(m_picker);
    auto *eventBox = new QGroupBox(tr("The event"), this);
    auto *eventLayout = new QVBoxLayout(eventBox);
    eventLayout->addWidget(m_form);
    auto *columns = new QHBoxLayout;
    columns->addWidget(peopleBox, 5);
    columns->addWidget(eventBox, 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("batchSave"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &BatchActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchActivityDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &BatchActivityDialog::accept);
    connect(m_picker, &StaffPicker::chosenChanged, this, &BatchActivityDialog::updateCount);
    updateCount();
    m_initial = m_form->activity().toJson();
    m_picker->search()->setFocus();
    resize(1240, 660);
}

void BatchActivityDialog::updateCount()
{
    m_count->setText(tr("%1 participants").arg(m_picker->chosen().size()));
}

void BatchActivityDialog::accept()
{
    const QList<qint64> people = m_picker->chosen();
    if (people.isEmpty()) {
        Prompter::current().warning(this, tr("Batch entry"), tr("Choose the participants first."));
        return;
    }
    if (!EntryChecks::confirm(this, m_form->activity(), m_form->credit(), int(people.size())))
        return;
    QString error;
    QList<qint64> ids;
    if (!ActivityRepository(m_context->connection()).insertForMany(m_form->activity(), people, &ids, &error)) {
        Prompter::current().warning(this, tr("Batch entry"), tr("Nothing was saved: %1").arg(error));
        return;
    }
    m_created = ids;
    m_form->rememberKind();
    m_context->notifyDataChanged();
    QDialog::accept();
}

bool BatchActivityDialog::hasChanges() const
{
    return !m_picker->chosen().isEmpty() || m_form->activity().toJson() != m_initial;
}

void BatchActivityDialog::reject()
{
    switch (askBeforeClosing(this, hasChanges())) {
    case Prompter::CloseChoice::Save: accept(); break;
    case Prompter::CloseChoice::Discard: QDialog::reject(); break;
    case Prompter::CloseChoice::Cancel: break;
    }
}
