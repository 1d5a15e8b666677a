#include "EventEditor.h"

#include "AppContext.h"
#include "EventForm.h"
#include "ParticipantImportDialog.h"
#include "ParticipantModel.h"
#include "Prompter.h"
#include "ResultDelegate.h"
#include "StaffPicker.h"
#include "events/EventEvidence.h"
#include "events/EventRepository.h"
#include "export/ExportSource.h"
#include "export/PdfPages.h"
#include "export/PrintForms.h"
#include "storage/StaffRepository.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

EventEditor::EventEditor(AppContext *context, qint64 eventId, QWidget *parent)
    : QDialog(parent), m_context(context), m_eventId(eventId), m_form(new EventForm(context, this)), m_model(new ParticipantModel(context, this)),
      m_table(new QTableView(this)), m_counts(new QLabel(this)), m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("eventEditor"));
    TrainingEvent event;
    if (eventId && EventRepository(context->connection()).byId(eventId, &event))
        m_form->setEvent(event);
    m_model->setEvent(eventId);
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ParticipantModel::Result, new ResultDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_counts->setObjectName(QStringLiteral("participantCounts"));
    m_evidence->setObjectName(QStringLiteral("eventEvidenceList"));
    m_evidence->setWordWrap(true);

    QPushButton *saveButton = button(this, tr("&Save event"), "eventSave");
    QPushButton *add = button(this, tr("&Add people…"), "participantAdd");
    QPushButton *dept = button(this, tr("Add a &department…"), "participantAddDepartment");
    QPushButton *import = button(this, tr("&Import list…"), "participantImport");
    QPushButton *remove = button(this, tr("&Remove"), "participantRemove");
    QPushButton *evidence = button(this, tr("Attach &evidence…"), "eventAddEvidence");
    QPushButton *print = button(this, tr("&Print summary sheet…"), "eventPrintPreview");
    m_needsEvent = {add, dept, import, remove, evidence, print};

    auto *people = new QGroupBox(tr("Participants"), this);
    auto *peopleLayout = new QVBoxLayout(people);
    auto *peopleButtons = new QHBoxLayout;
    for (QPushButton *b : {add, dept, import, remove})
        peopleButtons->addWidget(b);
    peopleButtons->addStretch();
    peopleButtons->addWidget(m_counts);
    peopleLayout->addLayout(peopleButtons);
    peopleLayout->addWidget(m_table);
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(evidence);
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(print);
    peopleLayout->addLayout(evidenceRow);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(saveButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(people, 1);
    layout->addWidget(close);

    connect(saveButton, &QPushButton::clicked, this, &EventEditor::save);
    connect(add, &QPushButton::clicked, this, &EventEditor::addFromRegistry);
    connect(dept, &QPushButton::clicked, this, &EventEditor::addDepartment);
    connect(import, &QPushButton::clicked, this, &EventEditor::importList);
    connect(remove, &QPushButton::clicked, this, &EventEditor::removeParticipant);
    connect(evidence, &QPushButton::clicked, this, &EventEditor::addEvidence);
    connect(print, &QPushButton::clicked, this, &EventEditor::printPreview);
    connect(close, &QDialogButtonBox::rejected, this, &EventEditor::reject);
    connect(m_model, &ParticipantModel::editFailed, this, [this](const QString &why) { Prompter::current().warning(this, tr("Not changed"), why); });
    connect(m_model, &ParticipantModel::participantsChanged, this, [this] {
        updateState();
        m_context->notifyDataChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventEditor::updateState);
    resize(1040, 720);
    updateState();
}

void EventEditor::updateState()
{
    setWindowTitle(tr("New training event"));
    TrainingEvent e;
    if (m_eventId && EventRepository(m_context->connection()).byId(m_eventId, &e))
        setWindowTitle(tr("Training event: %1").arg(e.title));
    for (QPushButton *b : std::as_const(m_needsEvent))
        b->setEnabled(m_eventId > 0);
    int passed = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        passed += m_model->participant(r).credited() ? 1 : 0;
    m_counts->setText(tr("%1 participants, %2 passed").arg(m_model->rowCount()).arg(passed));
    QStringList files;
    for (const EvidenceStore::Item &it : EventEvidence(m_context->connection(), m_context->evidenceDir()).list(m_eventId))
        files << it.originalName;
    m_evidence->setText(files.isEmpty() ? tr("No evidence yet (通知, 课程表, 签到表, 结业名单)") : tr("Evidence: %1").arg(files.join(QStringLiteral("、"))));
    m_table->resizeColumnsToContents();
}

bool EventEditor::save()
{
    TrainingEvent e;
    QString error;
    if (!m_form->event(&e, &error)) {
        Prompter::current().warning(this, tr("Not saved"), error);
        return false;
    }
    EventRepository events(m_context->connection());
    e.id = m_eventId;
    if (!(m_eventId ? events.update(e, &error) : events.create(e, &error))) {
        Prompter::current().warning(this, tr("Not saved"), error);
        return false;
    }
    m_eventId = e.id;
    m_form->setEvent(e);
    m_model->setEvent(m_eventId);
    m_context->notifyDataChanged();
    return true;
}

bool EventEditor::addStaff(const QList<qint64> &staffIds)
{
    StaffRepository staff(m_context->connection());
    QList<EventParticipant> people;
    for (qint64 id : staffIds) {
        Staff s;
        if (!staff.byId(id, &s))
            continue;
        EventParticipant p;
        p.staffId = s.id;
        p.name = s.name;
        p.status = s.status;
        people << p;
    }
    QString error;
    if (!EventRepository(m_context->connection()).addParticipants(m_eventId, people, &error)) {
        Prompter::current().warning(this, tr("Not added"), error);
        return false;
    }
    m_model->reload();
    m_context->notifyDataChanged();
    return true;
}

void EventEditor::addFromRegistry()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("participantPickerDialog"));
    dialog.setWindowTitle(tr("Add participants"));
    auto *picker = new StaffPicker(m_context, true, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(760, 520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids = picker->chosen();
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids.removeAll(m_model->participant(r).staffId);
    addStaff(ids);
}

void EventEditor::addDepartment()
{
    const QString department = Prompter::current().text(this, tr("Add a department"), tr("Department (everybody 在职 in it is added):"));
    if (department.trimmed().isEmpty())
        return;
    QList<Staff> people;
    for (const Staff &s : StaffRepository(m_context->connection()).list(m_context->unitId()))
        if (s.department == department.trimmed() && s.status == QStringLiteral("在职"))
            people << s;
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(people.begin(), people.end(), [&pinyin](const Staff &a, const Staff &b) { return pinyin.compare(a.name, b.name) < 0; });
    QList<qint64> ids;
    for (const Staff &s : people)
        ids << s.id;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids.removeAll(m_model->participant(r).staffId);
    if (ids.isEmpty()) {
        Prompter::current().information(this, tr("Add a department"), tr("Nobody new in %1").arg(department));
        return;
    }
    addStaff(ids);
}

void EventEditor::importList()
{
    if (ParticipantImportDialog::run(m_context, m_eventId, this))
        m_model->reload();
}

void EventEditor::removeParticipant()
{
    const EventParticipant p = m_model->participant(m_table->currentIndex().row());
    if (!p.staffId || !Prompter::current().question(this, tr("Remove participant"), tr("Remove %1 from the event (and the activity it credits)?").arg(p.name)))
        return;
    QString error;
    if (!EventRepository(m_context->connection()).removeParticipant(m_eventId, p.staffId, &error)) {
        Prompter::current().warning(this, tr("Not removed"), error);
        return;
    }
    m_model->reload();
    m_context->notifyDataChanged();
}

void EventEditor::addEvidence()
{
    EventEvidence evidence(m_context->connection(), m_context->evidenceDir());
    for (const QString &path : Prompter::current().openFileNames(this, tr("Attach evidence to the event"), tr("All files (*)"))) {
        QString error;
        if (!evidence.add(m_eventId, path, nullptr, &error)) {
            Prompter::current().warning(this, tr("Not attached"), error);
            break;
        }
    }
    updateState();
    m_context->notifyDataChanged();
}

void EventEditor::printPreview()
{
    SummarySheet sheet;
    QString error;
    if (!ExportSource(m_context->connection()).summarySheet(m_eventId, &sheet, &error)) {
        Prompter::current().warning(this, tr("Print"), error);
        return;
    }
    const PdfPages::Body body = PrintForms::summarySheet(sheet);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(PrintForms::summarySheetTitle());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("eventPrintPreviewDialog"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [body](QPrinter *p) {
        QString e;
        PdfPages::toDevice(p, body, &e);
    });
    dialog.exec();
}
