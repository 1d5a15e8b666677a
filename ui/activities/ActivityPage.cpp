#include "ActivityPage.h"
#include "ViewStateKeeper.h"

#include "ActivityDialog.h"
#include "ActivityImportDialog.h"
#include "AppContext.h"
#include "BatchActivityDialog.h"
#include "Prompter.h"
#include "StaffPicker.h"
#include "TabOrder.h"
#include "UnitActivityModel.h"
#include "storage/ActivityRepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

ActivityPage::ActivityPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new UnitActivityModel(context, this, parent == nullptr))
{
    setObjectName(QStringLiteral("activityPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setPlaceholderText(tr("Search name, department or title"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // department, name until a header is clicked
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UnitActivityModel::Kind, 220);
    m_table->setColumnWidth(UnitActivityModel::Title, 220);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    auto *add = new QPushButton(tr("&Add activity…"), this);
    add->setObjectName(QStringLiteral("activityAddButton"));
    add->setToolTip(tr("Add an activity for one person (Ctrl+Shift+N)"));
    auto *batch = new QPushButton(tr("&Batch entry…"), this);
    batch->setObjectName(QStringLiteral("activityBatchButton"));
    batch->setToolTip(tr("One training event for many people"));
    auto *importList = new QPushButton(tr("&Import…"), this);
    importList->setObjectName(QStringLiteral("activityImportButton"));
    importList->setToolTip(tr("Import activities from a list (.xlsx/.csv): the template, a training base's or a platform's list"));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("activityOpenButton"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("activityRemoveButton"));
    auto *sameEntry = new QPushButton(tr("Select &whole entry"), this);
    sameEntry->setObjectName(QStringLiteral("activitySameEntryButton"));
    sameEntry->setToolTip(tr("Select every person of the batch entry of the current row, e.g. to delete a wrong batch"));
    auto *person = new QPushButton(tr("&Person page"), this);
    person->setObjectName(QStringLiteral("activityPersonButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(add);
    buttons->addWidget(batch);
    buttons->addWidget(importList);
    buttons->addWidget(open);
    buttons->addWidget(sameEntry);
    buttons->addWidget(remove);
    buttons->addWidget(person);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &UnitActivityModel::totalCountChanged, this, [this](int n) {
        m_count->setText(tr("Activities in %1: %2").arg(m_context->year()).arg(n));
    });
    connect(add, &QPushButton::clicked, this, &ActivityPage::addActivity);
    connect(batch, &QPushButton::clicked, this, &ActivityPage::batchEntry);
    connect(importList, &QPushButton::clicked, this, [this] { ActivityImportDialog::run(m_context, this); });
    connect(open, &QPushButton::clicked, this, &ActivityPage::openActivity);
    connect(m_table, &QTableView::activated, this, &ActivityPage::openActivity);
    connect(remove, &QPushButton::clicked, this, &ActivityPage::removeActivity);
    connect(sameEntry, &QPushButton::clicked, this, &ActivityPage::selectSameEntry);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ActivityPage::removeActivity);
    connect(person, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_model->staffId(m_table->currentIndex().row()))
            emit openPerson(id);
    });
    for (auto signal : {&AppContext::dataChanged, &AppContext::unitChanged})
        connect(context, signal, this, &ActivityPage::reloadWhenShown);
    connect(context, &AppContext::yearChanged, this, &ActivityPage::reloadWhenShown);
    setTabChain({m_search, m_table, add, batch, importList, open, sameEntry, remove, person});
    if (parent) { // a section of the window: loaded when first shown (or at once if the window never is)
        m_stale = true;
        QTimer::singleShot(0, this, [this] {
            if (m_stale && !window()->isVisible())
                reloadWhenShown();
        });
    }
}

void ActivityPage::reloadWhenShown()
{
    if (isVisible() || !window()->isVisible()) {
        m_stale = false;
        ViewStateKeeper keep(m_table, [this](int row) { return m_model->activity(row).id; });
        m_model->reload();
        keep.restore();
    } else {
        m_stale = true;
    }
}

void ActivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadWhenShown();
}

void ActivityPage::addActivity()
{
    if (!m_context->hasUnit())
        return;
    QDialog chooser(this);
    chooser.setObjectName(QStringLiteral("personChooser"));
    chooser.setWindowTitle(tr("Whose activity?"));
    auto *picker = new StaffPicker(m_context, false, &chooser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    connect(picker, &StaffPicker::activated, &chooser, &QDialog::accept);
    picker->search()->setFocus();
    chooser.resize(520, 480);
    if (chooser.exec() != QDialog::Accepted || picker->chosen().isEmpty())
        return;
    Activity a;
    a.staffId = picker->chosen().first();
    a.year = m_context->year();
    ActivityDialog dialog(m_context, a, this);
    dialog.exec();
}

void ActivityPage::batchEntry()
{
    if (!m_context->hasUnit())
        return;
    BatchActivityDialog dialog(m_context, this);
    dialog.exec();
}

void ActivityPage::openActivity()
{
    const Activity a = m_model->activity(m_table->currentIndex().row());
    if (!a.id)
        return;
    if (const qint64 event = m_model->eventId(m_table->currentIndex().row())) { // the event owns it
        emit openEvent(event);
        return;
    }
    ActivityDialog dialog(m_context, a, this);
    dialog.exec();
}

QList<int> ActivityPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ActivityPage::selectSameEntry()
{
    const QList<int> rows = m_model->rowsOfSameEntry(m_table->currentIndex().row());
    if (rows.isEmpty())
        return;
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_model->index(row, 0), m_model->index(row, UnitActivityModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ActivityPage::removeActivity()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<qint64> ids;
    QStringList people, locked;
    for (int row : rows) {
        const Activity a = m_model->activity(row);
        const QString person = m_model->data(m_model->index(row, UnitActivityModel::Person)).toString();
        ids << a.id;
        if (!people.contains(person))
            people << person;
        if (m_model->isLocked(row) && !locked.contains(person))
            locked << person;
    }
    if (!locked.isEmpty()) { // refuse before asking
        Prompter::current().warning(this, tr("Cannot delete"),
                                    tr("The year %1 is submitted and locked for %2. Reopen it (with a reason) on the person's page first.")
                                        .arg(m_context->year())
                                        .arg(locked.join(QStringLiteral("、"))));
        return;
    }
    const QString question = ids.size() == 1
        ? tr("Delete %1 of %2 and its evidence links?").arg(m_model->activity(rows.first()).title, people.first())
        : tr("Delete these %1 activities of %2 people (%3) and their evidence links?")
              .arg(ids.size())
              .arg(people.size())
              .arg(people.mid(0, 10).join(QStringLiteral("、")) + (people.size() > 10 ? QStringLiteral("…") : QString()));
    if (!Prompter::current().question(this, tr("Delete activity"), question))
        return;
    QString error;
    if (!ActivityRepository(m_context->connection()).removeMany(ids, &error)) {
        Prompter::current().warning(this, tr("Cannot delete"), error);
        return;
    }
    m_context->notifyDataChanged();
}
