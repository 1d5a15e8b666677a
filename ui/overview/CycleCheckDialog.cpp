#include "CycleCheckDialog.h"

#include "AppContext.h"
#include "Prompter.h"
#include "StaffPicker.h"
#include "domain/Staff.h"
#include "rules/CycleCheck.h"
#include "storage/ComplianceTable.h"
#include "storage/StaffRepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QString num(double v)
{
    return QString::number(v, 'g', 6);
}
}

CycleCheckDialog::CycleCheckDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("cycleCheckDialog"));
    setWindowTitle(tr("Title-application cycle check"));
    m_picker = new StaffPicker(context, false, this);
    m_applicationYear = new QSpinBox(this);
    m_applicationYear->setObjectName(QStringLiteral("cycleApplicationYear"));
    m_applicationYear->setRange(2000, 2100);
    m_applicationYear->setValue(context->year() + 1);
    m_cycleYears = new QSpinBox(this);
    m_cycleYears->setObjectName(QStringLiteral("cycleYears"));
    m_cycleYears->setRange(1, 10);
    m_cycleYears->setValue(5);
    m_cycleYears->setToolTip(tr("The tenure cycle, used when the rule set does not fix the span"));
    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("cycleReport"));

    auto *form = new QFormLayout;
    form->addRow(tr("Application &year:"), m_applicationYear);
    form->addRow(tr("Tenure &cycle (years):"), m_cycleYears);
    auto *left = new QVBoxLayout;
    left->addWidget(m_picker, 1);
    left->addLayout(form);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_report, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("cyclePrint"));
    QPushButton *pdf = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("cycleSavePdf"));
    connect(pdf, &QPushButton::clicked, this, &CycleCheckDialog::savePdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &CycleCheckDialog::print);
    connect(m_picker, &StaffPicker::chosenChanged, this, [this] {
        const QList<qint64> ids = m_picker->chosen();
        setStaff(ids.isEmpty() ? 0 : ids.first());
    });
    connect(m_applicationYear, &QSpinBox::valueChanged, this, &CycleCheckDialog::recompute);
    connect(m_cycleYears, &QSpinBox::valueChanged, this, &CycleCheckDialog::recompute);
    resize(980, 600);
    recompute();
}

void CycleCheckDialog::setStaff(qint64 staffId)
{
    m_staffId = staffId;
    recompute();
}

void CycleCheckDialog::recompute()
{
    m_report->setHtml(reportHtml());
}

QString CycleCheckDialog::reportHtml() const
{
    Staff staff;
    if (!m_staffId || !StaffRepository(m_context->connection()).byId(m_staffId, &staff))
        return tr("<p>Choose a person on the left.</p>");
    const int applicationYear = m_applicationYear->value();
    const RuleSet *set = m_context->ruleSet(applicationYear - 1);
    if (!set)
        return tr("<p>The unit has no rule set for %1.</p>").arg(applicationYear - 1);
    const int span = set->cycle().yearsBeforeApplication > 0 ? set->cycle().yearsBeforeApplication : m_cycleYears->value();
    ComplianceTable compliance(m_context->connection());
    QList<YearResult> years;
    for (int y = applicationYear - span; y < applicationYear; ++y) {
        if (const RuleSet *yearSet = m_context->ruleSet(y))
            years << compliance.personYear(*yearSet, m_staffId, y);
    }
    const CycleResult r = CycleCheck::forApplication(*set, years, applicationYear, m_cycleYears->value());
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Cycle check for %1 (%2), applying in %3")
                                                          .arg(staff.name.toHtmlEscaped(), staff.department.toHtmlEscaped())
                                                          .arg(applicationYear));
    html += QStringLiteral("<p>%1</p>").arg(set->name().toHtmlEscaped());
    if (!r.error.isEmpty())
        return html + QStringLiteral("<p style='color:#b00020'>%1</p>").arg(r.error.toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                .arg(tr("Year"), tr("Public"), tr("Professional"), tr("Total"), tr("Made up"), tr("Compliant"), tr("Note"));
    for (const CycleYear &y : r.years) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(y.year)
                    .arg(num(y.publicHours), num(y.professionalHours), num(y.total), num(y.madeUp),
                         y.compliant ? tr("Yes") : tr("No"), y.note.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(tr("Yearly average: total %1, public %2, professional %3")
                                                 .arg(num(r.averageTotal), num(r.averagePublic), num(r.averageProfessional)));
    if (r.cramming) {
        QStringList ys;
        for (int y : r.crammingYears)
            ys << QString::number(y);
        html += QStringLiteral("<p style='color:#b00020'>%1</p>").arg(tr("Cramming: the hours are concentrated in %1").arg(ys.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(r.compliant ? tr("Verdict: the cycle requirement is met") : tr("Verdict: the cycle requirement is NOT met"));
    for (const QString &line : r.explanation) {
        if (line.startsWith(QStringLiteral("结论："))) // CycleCheck's own conclusion: the verdict above says it once
            continue;
        html += QStringLiteral("<p style='color:#444'>%1</p>").arg(line.toHtmlEscaped());
    }
    return html;
}

void CycleCheckDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(reportHtml());
    doc.print(&printer);
}

bool CycleCheckDialog::savePdf()
{
    const QString path = Prompter::current().saveFileName(this, tr("Save cycle check"), tr("cycle-check.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(reportHtml());
    doc.print(&printer);
    if (!QFileInfo::exists(path)) {
        Prompter::current().warning(this, tr("Save cycle check"), tr("Cannot write %1").arg(path));
        return false;
    }
    return true;
}
