#include "PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &where, const QString &reason, bool canRemember, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Server password"));
    auto *intro = new QLabel(tr("The password of %1:").arg(where), this);
    intro->setObjectName(QStringLiteral("passwordWhere"));
    intro->setWordWrap(true);
    auto *why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("passwordReason"));
    why->setWordWrap(true);
    why->setVisible(!reason.isEmpty());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(canRemember ? tr("&Remember it in this computer's credential store")
                                           : tr("Remember (no credential store on this computer: asked at every start)"),
                               this);
    m_remember->setObjectName(QStringLiteral("passwordRemember"));
    m_remember->setEnabled(canRemember);
    m_remember->setChecked(canRemember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOk"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(440, sizeHint().width()), sizeHint().height());
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
