#include "PersonPage.h"

#include "HeadingFont.h"

#include "TabOrder.h"
#include "ActivityDialog.h"
#include "AppContext.h"
#include "CycleCheckDialog.h"
#include "PersonProfile.h"
#include "PersonYearData.h"
#include "PersonYearsModel.h"
#include "Prompter.h"
#include "StaffDialog.h"
#include "YearActivityModel.h"
#include "YearSubmission.h"
#include "storage/ActivityRepository.h"
#include "storage/StaffRepository.h"
#include "storage/YearLockRepository.h"
#include "storage/YearSeal.h"
#include "LockBanner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *makeTable(QWidget *parent, const char *name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
}

PersonPage::PersonPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_year(context->year()), m_years(new PersonYearsModel(this)),
      m_activities(new YearActivityModel(this))
{
    setObjectName(QStringLiteral("personPage"));
    auto *back = new QPushButton(tr("← Registry"), this);
    back->setObjectName(QStringLiteral("personBack"));
    back->setToolTip(tr("Back to the registry (Esc)"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    setHeadingFont(m_heading, 1.4);
    auto *editPerson = new QPushButton(tr("Edit &person…"), this);
    editPerson->setObjectName(QStringLiteral("personEdit"));
    auto *cycle = new QPushButton(tr("&Cycle check…"), this);
    cycle->setObjectName(QStringLiteral("personCycleCheck"));
    cycle->setToolTip(tr("Credit hours over the tenure cycle before a title application"));
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_heading, 1);
    top->addWidget(cycle);
    top->addWidget(editPerson);

    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("personProfile"));
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setWordWrap(true);
    m_yearTable = makeTable(this, "personYears");
    m_yearTable->setModel(m_years);
    auto *profileBox = new QGroupBox(tr("Profile"), this);
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addWidget(m_profile);
    auto *yearsBox = new QGroupBox(tr("Years"), this);
    auto *yearsLayout = new QVBoxLayout(yearsBox);
    yearsLayout->addWidget(m_yearTable);
    auto *upper = new QHBoxLayout;
    upper->addWidget(profileBox, 2);
    upper->addWidget(yearsBox, 3);

    m_yearHeading = new QLabel(this);
    m_yearHeading->setObjectName(QStringLiteral("personYearHeading"));
    QFont bold = m_yearHeading->font();
    bold.setBold(true);
    m_yearHeading->setFont(bold);
    m_lock = new LockBanner(this);
    m_activityTable = makeTable(this, "personActivities");
    m_activityTable->setModel(m_activities);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("personActivityDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add = new QPushButton(tr("&Add activity…"), this);
    m_add->setObjectName(QStringLiteral("personAddActivity"));
    m_add->setToolTip(tr("Add an activity (Ctrl+Shift+N)"));
    m_edit = new QPushButton(tr("&Open…"), this);
    m_edit->setObjectName(QStringLiteral("personEditActivity"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setObjectName(QStringLiteral("personRemoveActivity"));
    m_submit = new QPushButton(tr("&Submit year"), this);
    m_submit->setObjectName(QStringLiteral("personSubmitYear"));
    m_submit->setToolTip(tr("Submit the year's declaration: the year is locked afterwards"));
    m_reopen = new QPushButton(tr("&Reopen year…"), this);
    m_reopen->setObjectName(QStringLiteral("personReopenYear"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    buttons->addWidget(m_reopen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(upper, 2);
    layout->addWidget(m_yearHeading);
    layout->addWidget(m_lock);
    layout->addWidget(m_activityTable, 3);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &PersonPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PersonPage::backRequested);
    connect(editPerson, &QPushButton::clicked, this, &PersonPage::editPerson);
    connect(cycle, &QPushButton::clicked, this, [this] {
        CycleCheckDialog dialog(m_context, this);
        dialog.setStaff(m_staff.id);
        dialog.exec();
    });
    connect(m_add, &QPushButton::clicked, this, &PersonPage::addActivity);
    connect(m_edit, &QPushButton::clicked, this, &PersonPage::editActivity);
    connect(m_remove, &QPushButton::clicked, this, &PersonPage::removeActivity);
    connect(m_submit, &QPushButton::clicked, this, &PersonPage::submitYear);
    connect(m_reopen, &QPushButton::clicked, this, &PersonPage::reopenYear);
    connect(m_activityTable, &QTableView::activated, this, &PersonPage::editActivity);
    connect(m_yearTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto *row = m_years->row(index.row()))
            setYear(row->year);
    });
    connect(m_yearTable, &QTableView::clicked, m_yearTable, &QTableView::activated);
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PersonPage::updateButtons);
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PersonPage::updateDetail);
    connect(context, &AppContext::dataChanged, this, &PersonPage::reload);
    connect(context, &AppContext::unitChanged, this, &PersonPage::reload);
    connect(context, &AppContext::yearChanged, this, &PersonPage::setYear);
    setTabChain({back, cycle, editPerson, m_yearTable, m_activityTable, m_add, m_edit, m_remove, m_submit, m_reopen});
}

void PersonPage::setStaff(qint64 staffId)
{
    m_staff = Staff();
    StaffRepository(m_context->connection()).byId(staffId, &m_staff);
    reload();
}

void PersonPage::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

void PersonPage::fillProfile()
{
    if (m_staff.name.isEmpty())
        m_heading->setText(tr("(no person)"));
    else
        m_heading->setText(m_staff.department.isEmpty() ? m_staff.name : tr("%1 — %2").arg(m_staff.name, m_staff.department));
    m_profile->setText(PersonProfile::html(m_staff));
}

void PersonPage::reload()
{
    if (m_staff.id && !StaffRepository(m_context->connection()).byId(m_staff.id, &m_staff))
        m_staff = Staff();
    fillProfile();
    YearResult chosen;
    bool chosenComputed = false;
    QList<YearActivityModel::Row> rows;
    m_years->setRows(PersonYearData::load(m_context, m_staff.id, m_year, &rows, &chosen, &chosenComputed));
    m_yearTable->resizeColumnsToContents();
    const int yearRow = m_years->rowOfYear(m_year);
    if (yearRow >= 0)
        m_yearTable->selectRow(yearRow);
    m_activities->setRows(rows);
    m_activityTable->resizeColumnsToContents();
    for (int c = 0; c < YearActivityModel::Explanation; ++c)
        m_activityTable->setColumnWidth(c, qMin(m_activityTable->columnWidth(c), 260));
    if (!rows.isEmpty())
        m_activityTable->selectRow(0);
    updateDetail();

    const YearLockRepository::State state = YearLockRepository(m_context->connection()).state(m_staff.id, m_year);
    QString heading = tr("Activities of %1").arg(m_year);
    if (chosenComputed)
        heading += QStringLiteral(" — ") + chosen.verdictText();
    m_yearHeading->setText(heading);
    // Opening a year runs its tamper checks: a locked year edited or unlocked behind the app's back.
    m_lock->showState(state, m_staff.id ? YearSeal::check(m_context->connection(), m_staff.id, m_year) : QStringList());
    updateButtons();
}

void PersonPage::updateDetail()
{
    const auto *row = m_activities->row(m_activityTable->currentIndex().row());
    if (!row) {
        m_detail->setText(m_activities->rowCount() ? QString() : tr("No activity recorded for this year yet."));
        return;
    }
    const CreditResult &c = row->item.credit;
    QString text = c.ok() ? c.explanation : c.error;
    if (row->computed && !row->item.reason.isEmpty())
        text += QLatin1Char('\n') + row->item.reason;
    m_detail->setText(text);
}

void PersonPage::updateButtons()
{
    const bool person = m_staff.id > 0;
    const bool locked = person && YearLockRepository(m_context->connection()).isLocked(m_staff.id, m_year);
    const bool selected = currentActivityId() > 0;
    m_add->setEnabled(person && !locked);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && !locked);
    m_submit->setEnabled(person && !locked);
    m_reopen->setEnabled(locked);
}

qint64 PersonPage::currentActivityId() const
{
    const auto *row = m_activities->row(m_activityTable->currentIndex().row());
    return row ? row->activity.id : 0;
}

void PersonPage::addActivity()
{
    if (!m_staff.id)
        return;
    Activity a;
    a.staffId = m_staff.id;
    a.year = m_year;
    ActivityDialog dialog(m_context, a, this);
    dialog.exec();
}

void PersonPage::editActivity()
{
    const auto *row = m_activities->row(m_activityTable->currentIndex().row());
    if (!row)
        return;
    if (row->eventId) { // the event owns it: open the event
        emit openEvent(row->eventId);
        return;
    }
    ActivityDialog dialog(m_context, row->activity, this);
    dialog.exec();
}

void PersonPage::removeActivity()
{
    const auto *row = m_activities->row(m_activityTable->currentIndex().row());
    if (!row)
        return;
    if (YearLockRepository(m_context->connection()).isLocked(m_staff.id, row->activity.year)) { // refuse before asking
        Prompter::current().warning(this, tr("Cannot delete"),
                                    tr("The year %1 of %2 is submitted and locked; reopen it (with a reason) first.")
                                        .arg(row->activity.year).arg(m_staff.name));
        return;
    }
    if (!Prompter::current().question(this, tr("Delete activity"), tr("Delete %1 and its evidence links?").arg(row->activity.title)))
        return;
    QString error;
    if (!ActivityRepository(m_context->connection()).remove(row->activity.id, &error)) {
        Prompter::current().warning(this, tr("Cannot delete"), error);
        return;
    }
    m_context->notifyDataChanged();
}

void PersonPage::submitYear()
{
    YearSubmission::submit(m_context, m_staff, m_year, this);
}

void PersonPage::reopenYear()
{
    YearSubmission::reopen(m_context, m_staff, m_year, this);
}

void PersonPage::editPerson()
{
    if (!m_staff.id)
        return;
    StaffDialog dialog(m_context->connection(), m_context->unitId(), m_staff, this);
    if (dialog.exec() == QDialog::Accepted)
        m_context->notifyDataChanged();
}
