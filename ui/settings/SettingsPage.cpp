#include "SettingsPage.h"

#include "BackupSection.h"
#include "ConnectionDialog.h"

#include "TabOrder.h"
#include "AppContext.h"
#include "Prompter.h"
#include "storage/DatabaseRelocator.h"
#include "RuleSetChoices.h"
#include "OperatorNameDialog.h"
#include "UnitDialog.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/EvidenceStore.h"
#include "MigrateSection.h"
#include "storage/YearSeal.h"
#include "storage/Database.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SettingsPage::SettingsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *unitBox = new QGroupBox(tr("Unit"), this);
    m_unitSummary = new QLabel(unitBox);
    m_unitSummary->setObjectName(QStringLiteral("settingsUnitSummary"));
    m_unitSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unitSummary->setWordWrap(true);
    auto *editUnit = new QPushButton(tr("Edit unit details…"), unitBox);
    editUnit->setObjectName(QStringLiteral("editUnitButton"));
    auto *unitLayout = new QVBoxLayout(unitBox);
    unitLayout->addWidget(m_unitSummary);
    unitLayout->addWidget(editUnit, 0, Qt::AlignLeft);

    auto *displayBox = new QGroupBox(tr("Display"), this);
    m_language = new QComboBox(displayBox);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_maskIds = new QCheckBox(tr("Mask ID numbers in lists (3401**********123X)"), displayBox);
    m_maskIds->setObjectName(QStringLiteral("settingsMaskIds"));
    m_maskIds->setChecked(context->maskIds());
    m_operator = new QLineEdit(OperatorNameDialog::storedName(), displayBox);
    m_operator->setObjectName(QStringLiteral("settingsOperator"));
    auto *displayForm = new QFormLayout(displayBox);
    displayForm->addRow(tr("&Language (after restart):"), m_language);
    displayForm->addRow(QString(), m_maskIds);
    displayForm->addRow(tr("&Operator name (audit log):"), m_operator);

    auto *dataBox = new QGroupBox(tr("Data"), this);
    m_database = new QLabel(dataBox);
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setWordWrap(true);
    if (context->database()->isServer())
        m_database->setText(tr("Database: %1 (a server database, shared by several clerks)\nEvidence files: %2")
                                .arg(context->database()->path(), tr("in the database (table evidence_content)")));
    else
        m_database->setText(tr("Database: %1\nEvidence files: %2")
                                .arg(QDir::toNativeSeparators(context->database()->path()),
                                     QDir::toNativeSeparators(context->evidenceDir())));
    m_roles = new QLabel(dataBox);
    m_roles->setObjectName(QStringLiteral("settingsRoles"));
    m_roles->setWordWrap(true);
    m_roles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *moveButton = new QPushButton(tr("&Move database and evidence to another folder…"), dataBox);
    moveButton->setObjectName(QStringLiteral("settingsMoveData"));
    moveButton->setEnabled(!context->database()->isServer()); // a file's move; a server database stays where it is
    auto *connectionButton = new QPushButton(tr("Database &connection (this computer or a server)…"), dataBox);
    connectionButton->setObjectName(QStringLiteral("settingsConnection"));
    auto *verifyButton = new QPushButton(tr("&Check audit log, submitted years and evidence files"), dataBox);
    verifyButton->setObjectName(QStringLiteral("settingsVerifyRecords"));
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(m_database);
    dataLayout->addWidget(m_roles);
    dataLayout->addWidget(moveButton, 0, Qt::AlignLeft);
    dataLayout->addWidget(connectionButton, 0, Qt::AlignLeft);
    dataLayout->addWidget(verifyButton, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(unitBox);
    layout->addWidget(displayBox);
    layout->addWidget(dataBox);
    layout->addWidget(new BackupSection(context, this));
    layout->addWidget(new MigrateSection(context, this));
    layout->addStretch();

    connect(editUnit, &QPushButton::clicked, this, &SettingsPage::editUnit);
    connect(moveButton, &QPushButton::clicked, this, &SettingsPage::moveData);
    connect(connectionButton, &QPushButton::clicked, this, [this] { ConnectionDialog::change(this); });
    connect(verifyButton, &QPushButton::clicked, this, &SettingsPage::verifyRecords);
    connect(m_maskIds, &QCheckBox::toggled, context, &AppContext::setMaskIds);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        QSettings().setValue(QStringLiteral("ui/language"), code);
        Prompter::current().information(this, tr("Language"), tr("The new language is used from the next start."));
    });
    connect(m_operator, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_operator->text().trimmed();
        if (name.isEmpty()) { // required: keep the name in use
            m_operator->setText(AuditLog::operatorName());
            return;
        }
        OperatorNameDialog::store(name);
    });
    connect(context, &AppContext::unitChanged, this, &SettingsPage::refreshUnit);
    connect(context, &AppContext::roleChanged, this, &SettingsPage::refreshRole);
    setTabChain({editUnit, m_language, m_maskIds, m_operator, moveButton, connectionButton, verifyButton});
    refreshUnit();
    refreshRole();
}

void SettingsPage::refreshRole()
{
    const SessionRole &role = m_context->role();
    if (!role.enforced()) {
        m_roles->setText(tr("Roles (administrator, clerk, viewer) are not enforced: this is a single-user file, and whoever opens it "
                            "may do everything. Roles hold on a server database (PostgreSQL)."));
        return;
    }
    const QString departments = role.departments().isEmpty() ? tr("every department") : role.departments().join(QStringLiteral("、"));
    m_roles->setText(tr("Signed in to the server as %1, role: %2 (%3). The server enforces the role.")
                         .arg(role.databaseUser().isEmpty() ? tr("(unknown user)") : role.databaseUser(), role.label(), departments));
}

void SettingsPage::refreshUnit()
{
    const Unit &u = m_context->unit();
    if (!m_context->hasUnit()) {
        m_unitSummary->setText(tr("No unit yet."));
        return;
    }
    m_unitSummary->setText(tr("%1\nUnified social credit code: %2\nRule set: %3\nContact: %4 %5")
                               .arg(u.name, u.creditCode.isEmpty() ? tr("(not given)") : u.creditCode,
                                    RuleSetChoices::nameOf(u.ruleSet), u.contactPerson, u.contactPhone));
}

void SettingsPage::editUnit()
{
    UnitDialog dialog(m_context->connection(), m_context->unit(), !m_context->hasUnit(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_context->reloadUnit();
}

void SettingsPage::moveData()
{
    Prompter &prompter = Prompter::current();
    const QString folder = prompter.existingDirectory(this, tr("Folder for the database and evidence files"));
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseRelocator::Result result = DatabaseRelocator::relocate(*m_context->database(), folder);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        prompter.warning(this, tr("Move database"), tr("The data was not moved; the current database stays in use.\n%1").arg(result.error));
        return;
    }
    DatabaseRelocator::setConfiguredPath(result.databasePath);
    m_database->setText(tr("Database: %1\nEvidence files: %2\nFrom the next start: %3")
                            .arg(QDir::toNativeSeparators(m_context->database()->path()),
                                 QDir::toNativeSeparators(m_context->evidenceDir()),
                                 QDir::toNativeSeparators(result.databasePath)));
    // Work entered into the old copy after the move would not reach the new one: close now.
    prompter.information(this, tr("Move database"),
                         tr("The database and %n evidence file(s) were copied to %1 and checked. CE Hours will now "
                            "close; start it again to work on the new copy. The old copy is left where it was.",
                            nullptr, result.evidenceFiles)
                             .arg(QDir::toNativeSeparators(folder)));
    QCoreApplication::quit();
}

void SettingsPage::verifyRecords()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QSqlDatabase db = m_context->connection();
    const AuditChain::Report chain = AuditChain::verify(db);
    const QList<YearSeal::Problem> seals = YearSeal::verifyAll(db);
    QList<EvidenceStore::Problem> evidence;
    int files = 0;
    QString error;
    EvidenceStore(db, m_context->evidenceDir()).verify(&evidence, &files, &error);
    QApplication::restoreOverrideCursor();

    QStringList lines;
    lines << (chain.intact ? tr("Audit log: %n row(s), chain intact.", nullptr, int(chain.rows))
                           : tr("Audit log broken at row %1: %2").arg(chain.firstBadId).arg(chain.problem));
    if (seals.isEmpty())
        lines << tr("Submitted years: all as declared.");
    for (const YearSeal::Problem &p : seals.mid(0, 20))
        lines << tr("Person #%1, %2: %3").arg(p.staffId).arg(p.year).arg(p.text);
    if (seals.size() > 20)
        lines << tr("… and %n more (cehours-cli audit verify lists all).", nullptr, int(seals.size() - 20));
    lines << tr("Evidence files: %1 checked, %2 missing or altered.").arg(files).arg(evidence.size());
    for (const EvidenceStore::Problem &p : evidence.mid(0, 20))
        lines << (p.kind == EvidenceStore::Problem::Missing ? tr("Missing: %1").arg(QDir::toNativeSeparators(p.path))
                  : p.kind == EvidenceStore::Problem::Altered ? tr("Altered: %1").arg(QDir::toNativeSeparators(p.path))
                                                              : tr("Invalid hash in evidence record(s): %1").arg(p.sha256));
    if (!error.isEmpty())
        lines << error;
    const QString text = lines.join(QLatin1Char('\n'));
    if (chain.intact && seals.isEmpty() && evidence.isEmpty() && error.isEmpty())
        Prompter::current().information(this, tr("Check records"), text);
    else
        Prompter::current().warning(this, tr("Check records"), text);
}
