#include "OverviewPage.h"

#include "HeadingFont.h"

#include "AppContext.h"
#include "ComplianceChart.h"
#include "CycleCheckDialog.h"
#include "DepartmentModel.h"
#include "Prompter.h"
#include "ShortfallModel.h"
#include "rules/RuleSet.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
    return t;
}
}

OverviewPage::OverviewPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_shortfall(new ShortfallModel(this)), m_departments(new DepartmentModel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    setHeadingFont(m_summary, 1.25);
    auto *cycle = new QPushButton(tr("Title &cycle check…"), this);
    cycle->setObjectName(QStringLiteral("overviewCycleCheck"));
    auto *submit = new QPushButton(tr("&Submit compliant declarations…"), this);
    submit->setObjectName(QStringLiteral("overviewSubmitCompliant"));
    submit->setToolTip(tr("Submit (and lock) the year of everyone who meets the requirement"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(submit);
    top->addWidget(cycle);

    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("overviewDeadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    auto *deadlineBox = new QGroupBox(tr("Deadlines"), this);
    auto *deadlineLayout = new QVBoxLayout(deadlineBox);
    deadlineLayout->addWidget(m_deadlines);

    m_shortfallTable = makeTable(this, "overviewShortfall");
    m_shortfallTable->setModel(m_shortfall);
    m_shortfallTable->setToolTip(tr("Double-click opens the person"));
    auto *shortBox = new QGroupBox(tr("Still short, largest gap first"), this);
    auto *shortLayout = new QVBoxLayout(shortBox);
    shortLayout->addWidget(m_shortfallTable);

    m_departmentTable = makeTable(this, "overviewDepartments");
    m_departmentTable->setModel(m_departments);
    m_chart = new ComplianceChart(this);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    auto *depBox = new QGroupBox(tr("By department"), this);
    auto *depLayout = new QVBoxLayout(depBox);
    depLayout->addWidget(m_departmentTable, 1);
    depLayout->addWidget(chartScroll, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(shortBox, 1);
    columns->addWidget(depBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(deadlineBox);
    layout->addLayout(columns, 1);

    connect(cycle, &QPushButton::clicked, this, &OverviewPage::openCycleCheck);
    connect(submit, &QPushButton::clicked, this, &OverviewPage::submitCompliant);
    connect(m_shortfallTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_shortfall->staffId(index.row()))
            emit openPerson(id);
    });
    connect(context, &AppContext::dataChanged, this, &OverviewPage::markDirty);
    connect(context, &AppContext::unitChanged, this, &OverviewPage::markDirty);
    connect(context, &AppContext::yearChanged, this, &OverviewPage::markDirty);
}

void OverviewPage::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void OverviewPage::refresh()
{
    m_dirty = false;
    m_data = OverviewData::compute(*m_context);
    m_shortfall->setOverview(m_data);
    m_departments->setOverview(m_data);
    m_chart->setOverview(m_data);
    m_shortfallTable->resizeColumnsToContents();
    m_departmentTable->resizeColumnsToContents();
    if (!m_data.computed) {
        m_summary->setText(tr("%1: the unit has no rule set for this year; choose one in Settings.").arg(m_data.year));
    } else {
        m_summary->setText(tr("%1: %2 people, %3 compliant (%4%), %5 short")
                               .arg(m_data.year)
                               .arg(m_data.people.size())
                               .arg(m_data.compliant)
                               .arg(QString::number(m_data.rate() * 100, 'f', 1))
                               .arg(m_data.people.size() - m_data.compliant));
    }
    m_deadlines->setText(deadlinesText());
}

QString OverviewPage::deadlinesText() const
{
    const RuleSet *set = m_data.computed ? m_context->ruleSet(m_data.year) : nullptr;
    if (!set)
        return tr("No rule set.");
    const QDate today = Clock::current().today();
    QStringList lines;
    for (const Deadline &d : set->deadlines()) {
        const QDate date = d.dateFor(m_data.year);
        if (!date.isValid())
            continue;
        int people = 0;
        double hours = 0;
        for (const OverviewData::Person &p : m_data.people) {
            double gap = 0;
            if (d.appliesTo == QLatin1String("public"))
                gap = p.result.shortfallPublic;
            else if (d.appliesTo == QLatin1String("professional"))
                gap = p.result.shortfallProfessional;
            else
                gap = p.result.compliant ? 0 : p.gap();
            if (gap > 0) {
                ++people;
                hours += gap;
            }
        }
        const qint64 days = today.daysTo(date);
        const QString when = days < 0 ? tr("passed %1 days ago").arg(-days) : tr("in %1 days").arg(days);
        // Say what the line counts: the public or professional minimum, or the whole requirement.
        const Requirement &req = set->requirement();
        const QString hoursText = QString::number(hours, 'g', 6);
        QString counts;
        if (d.appliesTo == QLatin1String("public"))
            counts = req.publicMin > 0 ? tr("%1 people short of the %2 h public-subject minimum, %3 h missing")
                                             .arg(people).arg(req.publicMin).arg(hoursText)
                                       : tr("public subjects; the rule set sets no separate public minimum to count anyone short of");
        else if (d.appliesTo == QLatin1String("professional"))
            counts = req.professionalMin > 0 ? tr("%1 people short of the %2 h professional-subject minimum, %3 h missing")
                                                   .arg(people).arg(req.professionalMin).arg(hoursText)
                                             : tr("professional subjects; the rule set sets no separate professional minimum");
        else
            counts = tr("%1 people short of the year's %2 h, %3 h missing").arg(people).arg(req.total).arg(hoursText);
        lines << tr("<b>%1</b> — %2 (%3): %4 <span style='color:#666'>(%5)</span>")
                     .arg(d.label.toHtmlEscaped(), date.toString(QStringLiteral("yyyy-MM-dd")), when, counts.toHtmlEscaped(),
                          d.clause.toHtmlEscaped());
    }
    if (lines.isEmpty())
        return tr("The rule set names no deadline for %1.").arg(m_data.year);
    return lines.join(QStringLiteral("<br>"));
}

void OverviewPage::openCycleCheck()
{
    CycleCheckDialog dialog(m_context, this);
    dialog.exec();
}

void OverviewPage::submitCompliant()
{
    if (m_dirty)
        refresh();
    YearLockRepository locks(m_context->connection());
    QList<qint64> pending;
    for (const OverviewData::Person &p : std::as_const(m_data.people)) {
        if (p.result.compliant && !locks.isLocked(p.staffId, m_data.year))
            pending << p.staffId;
    }
    if (pending.isEmpty()) {
        Prompter::current().information(this, tr("Submit declarations"), tr("No compliant person has an open %1 declaration.").arg(m_data.year));
        return;
    }
    if (!Prompter::current().question(this, tr("Submit declarations"),
                                      tr("Submit the %1 declarations of %2 compliant people? Their years are locked afterwards.")
                                          .arg(m_data.year)
                                          .arg(pending.size())))
        return;
    QStringList failures;
    for (qint64 id : std::as_const(pending)) {
        QString error;
        if (!locks.submit(id, m_data.year, &error))
            failures << error;
    }
    m_context->notifyDataChanged();
    if (!failures.isEmpty())
        Prompter::current().warning(this, tr("Submit declarations"),
                                    tr("%1 declarations could not be submitted:\n%2").arg(failures.size()).arg(failures.join(QLatin1Char('\n'))));
}
