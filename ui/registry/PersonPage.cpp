#include "PersonPage.h"

#include "HeadingFont.h"

#include "TabOrder.h"
#include "ActivityDialog.h"
#include "AppContext.h"
#include "CycleCheckDialog.h"
#include "PersonYearsModel.h"
#include "Prompter.h"
#include "StaffDialog.h"
#include "YearActivityModel.h"
#include "storage/ActivityRepository.h"
#include "storage/ComplianceTable.h"
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
#include <QSet>
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
    const Staff &s = m_staff;
    m_heading->setText(s.name.isEmpty() ? tr("(no person)") : tr("%1 — %2").arg(s.name, s.department));
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += line(tr("ID number"), s.idNumber);
    html += line(tr("Gender / born"), tr("%1 / %2").arg(s.gender, s.birthDate.toString(QStringLiteral("yyyy-MM-dd"))));
    html += line(tr("Ethnicity"), s.ethnicity);
    html += line(tr("Department"), s.department);
    html += line(tr("Title"), s.titleLevel.isEmpty() ? s.title : tr("%1 (%2)").arg(s.title, s.titleLevel));
    html += line(tr("Series / sub-specialty"), QStringList({s.titleSeries, s.subSpecialty}).join(QStringLiteral(" / ")));
    html += line(tr("Title sought"), s.titleSought);
    html += line(tr("Education"), s.education);
    html += line(tr("Phone"), s.phone);
    html += line(tr("Joined"), s.joinedOn.toString(QStringLiteral("yyyy-MM-dd")));
    html += line(tr("Status"), s.status);
    html += QStringLiteral("</table>");
    m_profile->setText(html);
}

void PersonPage::reload()
{
    if (m_staff.id && !StaffRepository(m_context->connection()).byId(m_staff.id, &m_staff))
        m_staff = Staff();
    fillProfile();
    QSqlDatabase db = m_context->connection();
    ComplianceTable compliance(db);
    YearLockRepository locks(db);
    ActivityRepository activities(db);

    // Years: those with activities, and the chosen one.
    QList<Activity> all = m_staff.id ? activities.list(m_staff.id) : QList<Activity>();
    QSet<int> yearSet{m_year};
    for (const Activity &a : all)
        yearSet.insert(a.year);
    QList<int> years = yearSet.values();
    std::sort(years.begin(), years.end(), std::greater<int>());
    QList<PersonYearsModel::Row> yearRows;
    YearResult chosen;
    bool chosenComputed = false;
    for (int y : years) {
        PersonYearsModel::Row row;
        row.year = y;
        row.lock = locks.state(m_staff.id, y);
        if (const RuleSet *set = m_staff.id ? m_context->ruleSet(y) : nullptr) {
            row.result = compliance.personYear(*set, m_staff.id, y);
            row.computed = true;
        }
        if (y == m_year) {
            chosen = row.result;
            chosenComputed = row.computed;
        }
        yearRows << row;
    }
    m_years->setRows(yearRows);
    m_yearTable->resizeColumnsToContents();
    const int yearRow = m_years->rowOfYear(m_year);
    if (yearRow >= 0)
        m_yearTable->selectRow(yearRow);

    QHash<QString, YearItem> items;
    for (const YearItem &it : std::as_const(chosen.items))
        items.insert(it.input.id, it);
    QList<YearActivityModel::Row> rows;
    for (const Activity &a : std::as_const(all)) {
        if (a.year != m_year)
            continue;
        YearActivityModel::Row row;
        row.activity = a;
        row.computed = chosenComputed;
        row.item = items.value(QString::number(a.id));
        row.evidenceCount = activities.evidenceCount(a.id);
        rows << row;
    }
    m_activities->setRows(rows);
    m_activityTable->resizeColumnsToContents();
    for (int c = 0; c < YearActivityModel::Explanation; ++c)
        m_activityTable->setColumnWidth(c, qMin(m_activityTable->columnWidth(c), 260));
    if (!rows.isEmpty())
        m_activityTable->selectRow(0);
    updateDetail();

    const YearLockRepository::State state = locks.state(m_staff.id, m_year);
    QString heading = tr("Activities of %1").arg(m_year);
    if (chosenComputed)
        heading += QStringLiteral(" — ") + chosen.verdictText();
    m_yearHeading->setText(heading);
    // Opening a year runs its tamper checks: a locked year edited or unlocked behind the app's back.
    m_lock->showState(state, m_staff.id ? YearSeal::check(db, m_staff.id, m_year) : QStringList());
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
    ActivityDialog dialog(m_context, row->activity, this);
    dialog.exec();
}

void PersonPage::removeActivity()
{
    const auto *row = m_activities->row(m_activityTable->currentIndex().row());
    if (!row)
        return;
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
    if (!Prompter::current().question(this, tr("Submit year"),
                                      tr("Submit the declaration of %1 for %2? The year is locked afterwards; "
                                         "changes need a reopen with a reason.").arg(m_staff.name).arg(m_year)))
        return;
    QString error;
    if (!YearLockRepository(m_context->connection()).submit(m_staff.id, m_year, &error)) {
        Prompter::current().warning(this, tr("Cannot submit"), error);
        return;
    }
    m_context->notifyDataChanged();
}

void PersonPage::reopenYear()
{
    const QString reason = Prompter::current().text(this, tr("Reopen year"),
                                                    tr("Why must %1's declaration for %2 be corrected? (recorded in the audit log)")
                                                        .arg(m_staff.name).arg(m_year));
    if (reason.isNull())
        return;
    if (reason.trimmed().isEmpty()) {
        Prompter::current().warning(this, tr("Reopen year"), tr("A reason is required to reopen a submitted year."));
        return;
    }
    QString error;
    if (!YearLockRepository(m_context->connection()).reopen(m_staff.id, m_year, reason.trimmed(), &error)) {
        Prompter::current().warning(this, tr("Cannot reopen"), error);
        return;
    }
    m_context->notifyDataChanged();
}

void PersonPage::editPerson()
{
    if (!m_staff.id)
        return;
    StaffDialog dialog(m_context->connection(), m_context->unitId(), m_staff, this);
    if (dialog.exec() == QDialog::Accepted)
        m_context->notifyDataChanged();
}
