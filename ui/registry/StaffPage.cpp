#include "StaffPage.h"
#include "ViewStateKeeper.h"

#include "TabOrder.h"
#include "AppContext.h"
#include "ActivityForm.h"
#include "BatchActivityDialog.h"
#include "EmptyRegistryView.h"
#include "RegistryExport.h"
#include "SearchKeys.h"
#include "TableCopy.h"
#include "Prompter.h"
#include "RosterImportDialog.h"
#include "StaffDialog.h"
#include "StaffPicker.h"
#include "StaffTableModel.h"
#include "domain/Staff.h"
#include "storage/ComplianceTable.h"
#include "storage/StaffRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

StaffPage::StaffPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new StaffTableModel(context, this))
{
    setObjectName(QStringLiteral("staffPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number or department (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("filterDepartment"));
    m_titleLevel = new QComboBox(this);
    m_titleLevel->setObjectName(QStringLiteral("filterTitleLevel"));
    m_titleLevel->addItem(tr("All title levels"), QString());
    for (const QString &level : Staff::titleLevels())
        m_titleLevel->addItem(level, level);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : Staff::statuses())
        m_status->addItem(status, status);
    m_compliance = new QComboBox(this);
    m_compliance->setObjectName(QStringLiteral("filterCompliance"));
    m_compliance->addItem(tr("Any verdict"), int(StaffQuery::Compliance::Any));
    m_compliance->addItem(tr("Compliant in the year"), int(StaffQuery::Compliance::Compliant));
    m_compliance->addItem(tr("Short in the year"), int(StaffQuery::Compliance::Short));
    refreshDepartments();
    reload();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_department, 1);
    filters->addWidget(m_titleLevel, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_compliance, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffQuery::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(StaffQuery::Name, 110);
    m_table->setColumnWidth(StaffQuery::IdNumber, 190);
    m_table->setColumnWidth(StaffQuery::Gender, 60);
    m_table->setColumnWidth(StaffQuery::Department, 140);
    m_table->setColumnWidth(StaffQuery::Title, 130);

    // Empty registry: say what to do first.
    auto *empty = new EmptyRegistryView(this);
    QPushButton *emptyImport = empty->importButton();
    QPushButton *emptyAdd = empty->addButton();

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("staffCount"));
    auto *add = new QPushButton(tr("&Add person…"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    add->setToolTip(tr("Add a person (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStaffButton"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("removeStaffButton"));
    auto *batch = new QPushButton(tr("Record &training for selected…"), this);
    batch->setObjectName(QStringLiteral("batchForSelectionButton"));
    batch->setToolTip(tr("One training event for all selected people (batch entry)"));
    auto *import = new QPushButton(tr("&Import roster…"), this);
    import->setObjectName(QStringLiteral("importRosterButton"));
    auto *exportShown = new QPushButton(tr("E&xport list…"), this);
    exportShown->setObjectName(QStringLiteral("exportShownButton"));
    exportShown->setToolTip(tr("Save the list as shown (search and filters applied) as an Excel file"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(batch);
    buttons->addWidget(import);
    buttons->addWidget(exportShown);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &StaffPage::applyFilter);
    for (QComboBox *combo : {m_department, m_titleLevel, m_status, m_compliance})
        connect(combo, &QComboBox::currentIndexChanged, this, &StaffPage::applyFilter);
    connect(m_model, &StaffTableModel::totalCountChanged, this, &StaffPage::updateCount);
    connect(m_table, &QTableView::activated, this, &StaffPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool one = currentStaffId() > 0;
        m_edit->setEnabled(one);
        m_remove->setEnabled(one);
    });
    connect(add, &QPushButton::clicked, this, &StaffPage::addPerson);
    connect(emptyAdd, &QPushButton::clicked, this, &StaffPage::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &StaffPage::editPerson);
    connect(m_remove, &QPushButton::clicked, this, &StaffPage::removePerson);
    connect(import, &QPushButton::clicked, this, &StaffPage::importRoster);
    connect(batch, &QPushButton::clicked, this, &StaffPage::batchForSelection);
    connect(emptyImport, &QPushButton::clicked, this, &StaffPage::importRoster);
    connect(exportShown, &QPushButton::clicked, this, &StaffPage::exportShown);
    new SearchKeys(m_search, m_table); // Enter / Down: into the table
    TableCopy::install(m_table);       // Ctrl+C: whole rows, tab-separated
    connect(context, &AppContext::dataChanged, this, &StaffPage::reload);
    connect(context, &AppContext::unitChanged, this, &StaffPage::reload);
    connect(context, &AppContext::yearChanged, this, &StaffPage::reload);
    setTabChain({m_search, m_department, m_titleLevel, m_status, m_compliance, m_table, batch, import, exportShown, add, m_edit, m_remove});
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    updateCount();
}

qint64 StaffPage::currentStaffId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return m_model->staffId(rows.first().row());
    return m_model->staffId(m_table->currentIndex().row());
}

void StaffPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void StaffPage::applyFilter()
{
    StaffQuery::Filter f;
    f.text = m_search->text();
    f.department = m_department->currentData().toString();
    f.titleLevel = m_titleLevel->currentData().toString();
    f.status = m_status->currentData().toString();
    f.compliance = StaffQuery::Compliance(m_compliance->currentData().toInt());
    m_model->setFilter(f);
}

void StaffPage::refreshDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    if (m_context->hasUnit()) {
        for (const QString &d : StaffQuery(m_context->connection(), m_context->unitId()).departments())
            m_department->addItem(d, d);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
}

void StaffPage::updateCount()
{
    const int total = m_model->totalCount();
    if (m_model->readFailed()) { // a damaged file: say so instead of inviting an import into it
        m_count->setText(tr("The registry could not be read from the database file."));
        m_body->setCurrentIndex(0);
        return;
    }
    m_count->setText(tr("People: %1").arg(total));
    const bool filtered = !m_model->filter().text.isEmpty() || m_department->currentIndex() > 0 || m_titleLevel->currentIndex() > 0
        || m_status->currentIndex() > 0 || m_compliance->currentIndex() > 0;
    m_body->setCurrentIndex(total == 0 && !filtered ? 1 : 0);
}

void StaffPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void StaffPage::reload()
{
    // Computing the year's verdicts for a large registry takes a moment: only when seen.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    refreshDepartments();
    // The hours/verdict columns and the compliance filter read the year's results.
    ComplianceTable compliance(m_context->connection());
    const RuleSet *set = m_context->hasUnit() ? m_context->ruleSet() : nullptr;
    if (set)
        compliance.fill(*set, m_context->unitId(), m_context->year());
    else
        compliance.clear();
    // Another seat's change reloads the list under the clerk: the selection and scroll position stay.
    ViewStateKeeper keep(m_table, [this](int row) { return m_model->staffId(row); });
    m_model->reload();
    keep.restore();
}

void StaffPage::openCurrent()
{
    if (const qint64 id = currentStaffId())
        emit openPerson(id);
}

void StaffPage::addPerson()
{
    if (!m_context->hasUnit())
        return;
    StaffDialog dialog(m_context->connection(), m_context->unitId(), Staff(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->notifyDataChanged();
    const int row = m_model->rowOfStaff(dialog.staff().id);
    if (row >= 0)
        m_table->selectRow(row);
}

void StaffPage::editPerson()
{
    Staff staff;
    if (!StaffRepository(m_context->connection()).byId(currentStaffId(), &staff))
        return;
    StaffDialog dialog(m_context->connection(), m_context->unitId(), staff, this);
    if (dialog.exec() == QDialog::Accepted)
        m_context->notifyDataChanged();
}

void StaffPage::removePerson()
{
    Staff staff;
    if (!StaffRepository(m_context->connection()).byId(currentStaffId(), &staff))
        return;
    if (!Prompter::current().question(this, tr("Delete person"),
                                      tr("Delete %1 from the registry? People who left should be marked 离职 instead.").arg(staff.name)))
        return;
    QString error;
    if (!StaffRepository(m_context->connection()).remove(staff.id, &error)) {
        Prompter::current().warning(this, tr("Cannot delete"), error);
        return;
    }
    m_context->notifyDataChanged();
}

void StaffPage::importRoster()
{
    if (!m_context->hasUnit())
        return;
    if (RosterImportDialog::run(m_context, this))
        m_context->notifyDataChanged();
}

void StaffPage::batchForSelection()
{
    if (!m_context->hasUnit())
        return;
    BatchActivityDialog dialog(m_context, this);
    dialog.form()->selectCommonestKind(); // "record training": training, whatever was used last
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString label = m_model->data(m_model->index(index.row(), StaffQuery::Name)).toString() + QStringLiteral(" — ")
            + m_model->data(m_model->index(index.row(), StaffQuery::Department)).toString();
        dialog.picker()->choose(m_model->staffId(index.row()), label);
    }
    dialog.exec();
}

void StaffPage::exportShown()
{
    RegistryExport::run(m_context, m_table, this);
}
