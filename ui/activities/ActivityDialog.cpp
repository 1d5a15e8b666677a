#include "ActivityDialog.h"

#include "ActivityForm.h"
#include "AppContext.h"
#include "EntryChecks.h"
#include "EvidencePanel.h"
#include "UnsavedChanges.h"
#include "Prompter.h"
#include "domain/Staff.h"
#include "rules/ActivityKind.h"
#include "storage/ActivityRepository.h"
#include "storage/StaffRepository.h"
#include "storage/YearLockRepository.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ActivityDialog::ActivityDialog(AppContext *context, const Activity &activity, QWidget *parent)
    : QDialog(parent), m_context(context), m_activity(activity)
{
    setObjectName(QStringLiteral("activityDialog"));
    Staff staff;
    StaffRepository(context->connection()).byId(activity.staffId, &staff);
    setWindowTitle((activity.id ? tr("Edit activity of %1") : tr("New activity for %1")).arg(staff.name));

    m_lock = new QLabel(this);
    m_lock->setObjectName(QStringLiteral("activityLock"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QStringLiteral("background: #fff3cd; padding: 6px"));
    m_form = new ActivityForm(context, this);
    m_form->setActivity(activity);
    m_evidence = new EvidencePanel(context, this);
    m_evidence->setActivity(activity.id);
    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_form, 3);
    columns->addWidget(evidenceBox, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("activitySave"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lock);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ActivityDialog::accept);
    auto updateRequired = [this] {
        const ActivityKind *kind = m_form->currentKind();
        m_evidence->setRequired(kind ? kind->evidence : QStringList());
        updateLock();
    };
    connect(m_form, &ActivityForm::kindChanged, this, updateRequired);
    connect(m_form, &ActivityForm::changed, this, &ActivityDialog::updateLock);
    updateRequired();
    m_initial = m_form->activity().toJson();
    m_initialFiles = m_evidence->fileCount();
    m_form->firstInput()->setFocus();
    resize(960, 620);
}

void ActivityDialog::updateLock()
{
    // A stored activity of a locked year cannot be moved out of it either.
    YearLockRepository locks(m_context->connection());
    const int year = m_activity.id && locks.isLocked(m_activity.staffId, m_activity.year) ? m_activity.year : m_form->activity().year;
    const bool locked = locks.isLocked(m_activity.staffId, year);
    m_lock->setVisible(locked);
    if (locked)
        m_lock->setText(tr("The year %1 has been submitted and is locked. Reopen it (with a reason) on the person's page to make corrections.").arg(year));
    m_evidence->setReadOnly(locked);
    m_save->setEnabled(!locked);
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if ((m_activity.id || w->objectName() != QLatin1String("activityYear")) && (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                                                   || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)))
            w->setEnabled(!locked);
    }
}

void ActivityDialog::accept()
{
    if (!m_save->isEnabled()) { // locked year: read-only, refused before any other question
        Prompter::current().warning(this, tr("Cannot save the activity"), m_lock->text());
        return;
    }
    Activity a = m_form->activity();
    if (!EntryChecks::confirm(this, a, m_form->credit()))
        return;
    const ActivityKind *kind = m_form->currentKind();
    if (kind && !kind->evidence.isEmpty() && m_evidence->fileCount() == 0
        && !Prompter::current().question(this, tr("No evidence"),
                                         tr("This kind needs evidence (%1). Save without any file for now?")
                                             .arg(kind->evidence.join(QStringLiteral("、"))))) {
        return;
    }
    ActivityRepository repo(m_context->connection());
    QString error;
    bool saved = a.id ? repo.update(a, &error) : repo.insert(a, &error);
    if (!saved && repo.conflicted()) {
        // Someone else saved this activity since the dialog opened: overwrite it, or reload their values.
        Activity current;
        repo.byId(a.id, &current);
        if (!Prompter::current().question(this, tr("Changed by someone else"),
                                          tr("%1\n\nOverwrite their change with yours? (No reloads the current values into this dialog.)").arg(error))) {
            m_activity = current;
            m_form->setActivity(current);
            return;
        }
        a.version = current.version;
        saved = repo.update(a, &error);
    }
    if (!saved) {
        Prompter::current().warning(this, tr("Cannot save the activity"), error);
        return;
    }
    m_activity = a;
    m_form->setStoredId(a.id);
    if (!m_evidence->savePending(a.id, &error)) {
        Prompter::current().warning(this, tr("Evidence not saved"),
                                    tr("The activity was saved, but not all evidence files: %1").arg(error));
        m_context->notifyDataChanged();
        return;
    }
    m_activity = a;
    m_form->rememberKind();
    m_context->notifyDataChanged();
    QDialog::accept();
}

bool ActivityDialog::hasChanges() const
{
    return m_save->isEnabled() && (m_form->activity().toJson() != m_initial || m_evidence->fileCount() != m_initialFiles);
}

void ActivityDialog::reject()
{
    switch (askBeforeClosing(this, hasChanges())) {
    case Prompter::CloseChoice::Save: accept(); break;
    case Prompter::CloseChoice::Discard: QDialog::reject(); break;
    case Prompter::CloseChoice::Cancel: break;
    }
}
