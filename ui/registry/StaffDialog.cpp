#include "StaffDialog.h"
#include "util/Clock.h"

#include "DateLineEdit.h"
#include "UnsavedChanges.h"

#include "TabOrder.h"
#include "Prompter.h"
#include "domain/IdNumber.h"
#include "storage/StaffQuery.h"
#include "storage/StaffRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
QComboBox *editableCombo(QWidget *parent, const QStringList &items, const QString &current, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setEditable(true);
    combo->addItems(items);
    combo->setCurrentText(current);
    return combo;
}
}

StaffDialog::StaffDialog(QSqlDatabase db, qint64 unitId, const Staff &staff, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_staff(staff)
{
    m_staff.unitId = staff.unitId ? staff.unitId : unitId;
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(staff.id ? tr("Edit person") : tr("Add person"));

    m_idNumber = new QLineEdit(staff.idNumber, this);
    m_idNumber->setObjectName(QStringLiteral("staffIdNumber"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18-character resident ID number"));
    m_idHint = new QLabel(this);
    m_idHint->setObjectName(QStringLiteral("staffIdHint"));
    m_name = new QLineEdit(staff.name, this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_ethnicity = editableCombo(this, {QStringLiteral("汉族"), QStringLiteral("回族"), QStringLiteral("满族"), QStringLiteral("壮族"),
                                       QStringLiteral("土家族"), QStringLiteral("苗族"), QStringLiteral("蒙古族")},
                                staff.id ? staff.ethnicity : QStringLiteral("汉族"), "staffEthnicity");
    m_department = editableCombo(this, StaffQuery(m_db, m_staff.unitId).departments(), staff.department, "staffDepartment");
    m_title = new QLineEdit(staff.title, this);
    m_title->setObjectName(QStringLiteral("staffTitle"));
    m_titleLevel = new QComboBox(this);
    m_titleLevel->setObjectName(QStringLiteral("staffTitleLevel"));
    m_titleLevel->addItem(tr("(none)"), QString());
    for (const QString &level : Staff::titleLevels())
        m_titleLevel->addItem(level, level);
    m_titleLevel->setCurrentIndex(qMax(0, m_titleLevel->findData(staff.titleLevel)));
    m_titleSeries = new QLineEdit(staff.titleSeries, this);
    m_titleSeries->setObjectName(QStringLiteral("staffTitleSeries"));
    m_subSpecialty = new QLineEdit(staff.subSpecialty, this);
    m_subSpecialty->setObjectName(QStringLiteral("staffSubSpecialty"));
    m_titleSought = new QLineEdit(staff.titleSought, this);
    m_titleSought->setObjectName(QStringLiteral("staffTitleSought"));
    m_education = editableCombo(this, {QStringLiteral("博士研究生"), QStringLiteral("硕士研究生"), QStringLiteral("大学本科"),
                                       QStringLiteral("大学专科"), QStringLiteral("中专"), QStringLiteral("其他")},
                                staff.education, "staffEducation");
    m_phone = new QLineEdit(staff.phone, this);
    m_phone->setObjectName(QStringLiteral("staffPhone"));
    m_joinedOn = new DateLineEdit(this);
    m_joinedOn->setObjectName(QStringLiteral("staffJoinedOn"));
    m_joinedOn->setDate(staff.joinedOn);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("staffStatus"));
    m_status->addItems(Staff::statuses());
    m_status->setCurrentText(staff.status.isEmpty() ? Staff::statuses().first() : staff.status);

    auto *form = new QFormLayout;
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(QString(), m_idHint);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E&thnicity:"), m_ethnicity);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Professional title:"), m_title);
    form->addRow(tr("Title &level:"), m_titleLevel);
    form->addRow(tr("Title se&ries:"), m_titleSeries);
    form->addRow(tr("Sub-specialt&y:"), m_subSpecialty);
    form->addRow(tr("Title so&ught:"), m_titleSought);
    form->addRow(tr("&Education:"), m_education);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Date &joined:"), m_joinedOn);
    form->addRow(tr("&Status:"), m_status);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("staffError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("staffSave"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    connect(m_idNumber, &QLineEdit::textChanged, this, &StaffDialog::updateIdHint);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &StaffDialog::accept);
    setTabChain({m_idNumber, m_name, m_ethnicity, m_department, m_title, m_titleLevel, m_titleSeries, m_subSpecialty,
                 m_titleSought, m_education, m_phone, m_joinedOn, m_status, buttons});
    updateIdHint();
    m_initial = fromForm().toJson();
    setMinimumWidth(460);
}

void StaffDialog::reject()
{
    switch (askBeforeClosing(this, fromForm().toJson() != m_initial)) {
    case Prompter::CloseChoice::Save: accept(); break;
    case Prompter::CloseChoice::Discard: QDialog::reject(); break;
    case Prompter::CloseChoice::Cancel: break;
    }
}

void StaffDialog::updateIdHint()
{
    const QString id = IdNumber::normalized(m_idNumber->text());
    QString why;
    if (id.isEmpty()) {
        m_idHint->setText(tr("Birth date and gender are read from the ID number."));
        m_idHint->setStyleSheet(QString());
    } else if (id.size() < 18) {
        m_idHint->setText(tr("%1 of 18 characters").arg(id.size()));
        m_idHint->setStyleSheet(QString());
    } else if (IdNumber::validate(id, &why) && IdNumber::validateBirthDate(id, Clock::current().today(), &why)) {
        m_idHint->setText(tr("Born %1, %2").arg(IdNumber::birthDate(id).toString(QStringLiteral("yyyy-MM-dd")),
                                                IdNumber::genderText(IdNumber::gender(id))));
        m_idHint->setStyleSheet(QStringLiteral("color: #1b5e20"));
    } else {
        m_idHint->setText(why);
        m_idHint->setStyleSheet(QStringLiteral("color: #b00020"));
    }
}

Staff StaffDialog::fromForm() const
{
    Staff s = m_staff;
    s.idNumber = m_idNumber->text();
    s.name = m_name->text();
    s.gender.clear(); // derived from the ID number
    s.ethnicity = m_ethnicity->currentText();
    s.department = m_department->currentText();
    s.title = m_title->text();
    s.titleLevel = m_titleLevel->currentData().toString();
    s.titleSeries = m_titleSeries->text();
    s.subSpecialty = m_subSpecialty->text();
    s.titleSought = m_titleSought->text();
    s.education = m_education->currentText();
    s.phone = m_phone->text();
    s.joinedOn = m_joinedOn->date();
    s.status = m_status->currentText();
    return s;
}

void StaffDialog::accept()
{
    Staff s = fromForm();
    QString error;
    StaffRepository repo(m_db);
    bool ok = StaffRepository::prepare(s, &error) && (s.id ? repo.update(s, &error) : repo.insert(s, &error));
    if (!ok && repo.conflicted()) {
        // Someone else saved this person since the dialog opened: overwrite, or close and reopen to see it.
        Staff current;
        repo.byId(s.id, &current);
        if (!Prompter::current().question(this, tr("Changed by someone else"),
                                          tr("%1\n\nOverwrite their change with yours? (No closes this dialog; open the person again to see the current values.)")
                                              .arg(error))) {
            QDialog::reject();
            return;
        }
        s.version = current.version;
        ok = repo.update(s, &error);
    }
    if (!ok) {
        m_error->setText(error);
        Prompter::current().warning(this, tr("Cannot save the person"), error);
        m_idNumber->setFocus();
        return;
    }
    m_staff = s;
    QDialog::accept();
}
