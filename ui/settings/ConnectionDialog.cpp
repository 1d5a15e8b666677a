#include "ConnectionDialog.h"

#include "Prompter.h"
#include "storage/DatabaseRelocator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const ConnectionSettings &initial, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Database"));
    auto *intro = new QLabel(tr("Where should CE Hours keep the registry?"), this);
    intro->setWordWrap(true);
    m_local = new QRadioButton(tr("Local database (single user)"), this);
    m_local->setObjectName(QStringLiteral("connectionLocal"));
    auto *localNote = new QLabel(tr("A file on this computer: %1").arg(QDir::toNativeSeparators(DatabaseRelocator::configuredPath())), this);
    localNote->setObjectName(QStringLiteral("connectionLocalPath"));
    localNote->setWordWrap(true);
    localNote->setIndent(24);
    m_server = new QRadioButton(tr("Server database (shared by several clerks)"), this);
    m_server->setObjectName(QStringLiteral("connectionServer"));

    m_serverBox = new QGroupBox(tr("PostgreSQL server"), this);
    m_host = new QLineEdit(initial.host, m_serverBox);
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_host->setPlaceholderText(tr("e.g. db.hospital.local"));
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_database = new QLineEdit(initial.database, m_serverBox);
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    m_user = new QLineEdit(initial.user, m_serverBox);
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_sslMode = new QComboBox(m_serverBox);
    m_sslMode->setObjectName(QStringLiteral("connectionSslMode"));
    m_sslMode->addItem(tr("require (encrypted)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-full (encrypted, server certificate checked)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca (encrypted, certificate authority checked)"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("prefer (encrypted when the server offers it)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("disable (not encrypted)"), QStringLiteral("disable"));
    m_sslChosen = !initial.sslMode.isEmpty();
    const QString mode = m_sslChosen ? initial.sslMode : ConnectionSettings::defaultSslMode(initial.host);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(mode)));
    auto *passwordNote = new QLabel(tr("The password is asked when connecting; it can be kept in this computer's "
                                       "credential store, never in a settings file."),
                                    m_serverBox);
    passwordNote->setWordWrap(true);
    auto *form = new QFormLayout(m_serverBox);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(passwordNote);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("connectionHint"));
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("connectionOk"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_local);
    layout->addWidget(localNote);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    (initial.kind == ConnectionSettings::Kind::Server ? m_server : m_local)->setChecked(true);
    connect(m_local, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_host, &QLineEdit::textEdited, this, &ConnectionDialog::hostEdited);
    connect(m_sslMode, &QComboBox::activated, this, [this] { m_sslChosen = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(qMax(520, sizeHint().width()), sizeHint().height());
}

void ConnectionDialog::hostEdited()
{
    if (!m_sslChosen)
        m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(ConnectionSettings::defaultSslMode(m_host->text()))));
}

void ConnectionDialog::updateState()
{
    m_serverBox->setEnabled(m_server->isChecked());
    const QString missing = settings().missingField();
    m_hint->setText(missing.isEmpty() ? QString() : tr("Still needed: %1.").arg(missing));
    m_hint->setVisible(!missing.isEmpty());
    m_ok->setEnabled(missing.isEmpty());
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.kind = m_server->isChecked() ? ConnectionSettings::Kind::Server : ConnectionSettings::Kind::Local;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = m_sslChosen ? m_sslMode->currentData().toString() : QString();
    return s;
}

bool ConnectionDialog::change(QWidget *parent)
{
    ConnectionDialog dialog(ConnectionSettings::load(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.settings().save();
    Prompter::current().information(parent, tr("Database"),
                                    tr("The new database connection is used from the next start of CE Hours; "
                                       "until then the current database stays open."));
    return true;
}
