#include "UnitDialog.h"

#include "UnsavedChanges.h"

#include "TabOrder.h"
#include "RuleSetChoices.h"
#include "domain/CreditCode.h"
#include "storage/UnitRepository.h"
#include "JobDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnitDialog::UnitDialog(QSqlDatabase db, const Unit &unit, bool firstStart, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_unit(unit)
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(firstStart ? tr("Set up your unit") : tr("Unit details"));

    m_name = new QLineEdit(unit.name, this);
    m_name->setObjectName(QStringLiteral("unitName"));
    m_creditCode = new QLineEdit(unit.creditCode, this);
    m_creditCode->setObjectName(QStringLiteral("unitCreditCode"));
    m_creditCode->setMaxLength(18);
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91340100MA2XXXXXXX"));
    m_creditCodeHint = new QLabel(this);
    m_creditCodeHint->setObjectName(QStringLiteral("unitCreditCodeHint"));
    m_nature = new QComboBox(this);
    m_nature->setObjectName(QStringLiteral("unitNature"));
    m_nature->setEditable(true);
    m_nature->addItems(Unit::natures());
    if (!unit.nature.isEmpty())
        m_nature->setCurrentText(unit.nature);
    m_region = new QLineEdit(unit.region, this);
    m_region->setObjectName(QStringLiteral("unitRegion"));
    m_ruleSet = new QComboBox(this);
    m_ruleSet->setObjectName(QStringLiteral("unitRuleSet"));
    for (const auto &choice : RuleSetChoices::all())
        m_ruleSet->addItem(choice.name, choice.id);
    const int ruleIndex = m_ruleSet->findData(unit.ruleSet);
    if (ruleIndex >= 0)
        m_ruleSet->setCurrentIndex(ruleIndex);
    m_contactPerson = new QLineEdit(unit.contactPerson, this);
    m_contactPerson->setObjectName(QStringLiteral("unitContactPerson"));
    m_contactPhone = new QLineEdit(unit.contactPhone, this);
    m_contactPhone->setObjectName(QStringLiteral("unitContactPhone"));

    auto *form = new QFormLayout;
    form->addRow(tr("Unit &name:"), m_name);
    form->addRow(tr("Unified social &credit code:"), m_creditCode);
    form->addRow(QString(), m_creditCodeHint);
    form->addRow(tr("Unit n&ature:"), m_nature);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Province rule &set:"), m_ruleSet);
    form->addRow(tr("Contact &person:"), m_contactPerson);
    form->addRow(tr("Contact p&hone:"), m_contactPhone);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("unitOk"));

    auto *layout = new QVBoxLayout(this);
    if (firstStart) {
        auto *intro = new QLabel(tr("Welcome. Enter your unit once; the province rule set decides how credit hours are computed."), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::validate);
    connect(m_creditCode, &QLineEdit::textChanged, this, &UnitDialog::validate);
    setTabChain({m_name, m_creditCode, m_nature, m_region, m_ruleSet, m_contactPerson, m_contactPhone, m_buttons});
    validate();
    m_initial = fields(fromForm());
    setMinimumWidth(480);
}

QStringList UnitDialog::fields(const Unit &u)
{
    return {u.name, u.creditCode, u.nature, u.region, u.ruleSet, u.contactPerson, u.contactPhone};
}

void UnitDialog::reject()
{
    switch (askBeforeClosing(this, fields(fromForm()) != m_initial)) {
    case Prompter::CloseChoice::Save: accept(); break;
    case Prompter::CloseChoice::Discard: QDialog::reject(); break;
    case Prompter::CloseChoice::Cancel: break;
    }
}

Unit UnitDialog::fromForm() const
{
    Unit u = m_unit;
    u.name = m_name->text().trimmed();
    u.creditCode = CreditCode::normalized(m_creditCode->text());
    u.nature = m_nature->currentText().trimmed();
    u.region = m_region->text().trimmed();
    u.ruleSet = m_ruleSet->currentData().toString();
    u.contactPerson = m_contactPerson->text().trimmed();
    u.contactPhone = m_contactPhone->text().trimmed();
    return u;
}

void UnitDialog::validate()
{
    const QString code = CreditCode::normalized(m_creditCode->text());
    QString why;
    bool codeOk = true;
    if (code.isEmpty()) {
        m_creditCodeHint->setText(tr("Optional now; needed for the province's forms."));
        m_creditCodeHint->setStyleSheet(QString());
    } else if (CreditCode::validate(code, &why)) {
        m_creditCodeHint->setText(tr("Check character correct."));
        m_creditCodeHint->setStyleSheet(QStringLiteral("color: #1b5e20"));
    } else {
        codeOk = false;
        m_creditCodeHint->setText(why);
        m_creditCodeHint->setStyleSheet(QStringLiteral("color: #b00020"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(codeOk && !m_name->text().trimmed().isEmpty());
}

void UnitDialog::accept()
{
    Unit u = fromForm();
    QString error;
    bool saved = false;
    if (m_unit.id > 0 && u.ruleSet != m_unit.ruleSet) {
        // Another rule set: every stored verdict of the unit is recomputed in the same transaction
        // (docs/verdicts.md), which takes a while on a large registry: in a worker, with progress.
        Job job{tr("Saving the unit and recomputing every year"), Job::Access::Writes, [u](QSqlDatabase db, JobControl &, QString *why) {
                    Unit copy = u;
                    return UnitRepository(db).save(copy, why);
                }};
        job.cancelable = false;
        saved = JobDialog::run(this, m_db.databaseName(), job, &error) == JobRunner::Outcome::Done;
    } else {
        saved = UnitRepository(m_db).save(u, &error);
    }
    if (!saved) {
        m_error->setText(error);
        return;
    }
    m_unit = u;
    QDialog::accept();
}
