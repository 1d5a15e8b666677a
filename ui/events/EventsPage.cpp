#include "EventsPage.h"

#include "AppContext.h"
#include "EventEditor.h"
#include "EventListModel.h"
#include "HeadingFont.h"
#include "Prompter.h"
#include "events/EventRepository.h"
#include "storage/EvidenceStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EventsPage::EventsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new EventListModel(context, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    auto *heading = new QLabel(tr("Training events"), this);
    setHeadingFont(heading, 1.3);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&New event…"), this);
    add->setObjectName(QStringLiteral("eventNew"));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("eventOpen"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("eventDelete"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addStretch();
    for (QPushButton *b : {add, open, remove})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &EventsPage::newEvent);
    connect(open, &QPushButton::clicked, this, &EventsPage::openSelected);
    connect(remove, &QPushButton::clicked, this, &EventsPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &EventsPage::openSelected);
    connect(context, &AppContext::dataChanged, m_model, &EventListModel::reload);
    connect(context, &AppContext::yearChanged, m_model, &EventListModel::reload);
    connect(context, &AppContext::unitChanged, m_model, &EventListModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
}

void EventsPage::newEvent()
{
    openEvent(0);
}

void EventsPage::openSelected()
{
    if (const qint64 id = m_model->eventId(m_table->currentIndex().row()))
        openEvent(id);
}

void EventsPage::openEvent(qint64 eventId)
{
    if (!m_context->hasUnit())
        return;
    EventEditor editor(m_context, eventId, this);
    editor.exec();
    m_model->reload();
    const int row = m_model->rowOfEvent(editor.eventId());
    if (row >= 0)
        m_table->selectRow(row);
}

void EventsPage::deleteSelected()
{
    const qint64 id = m_model->eventId(m_table->currentIndex().row());
    if (!id)
        return;
    const QString title = m_model->data(m_model->index(m_table->currentIndex().row(), EventListModel::Title)).toString();
    if (!Prompter::current().question(this, tr("Delete training event"),
                                      tr("Delete %1 with its participants and the activities it credits?").arg(title)))
        return;
    QString error;
    QStringList files;
    if (!EventRepository(m_context->connection()).remove(id, &error, &files)) {
        Prompter::current().warning(this, tr("Cannot delete"), error);
        return;
    }
    EvidenceStore store(m_context->connection(), m_context->evidenceDir());
    for (const QString &sha : files)
        store.releaseFile(sha);
    m_context->notifyDataChanged();
}
