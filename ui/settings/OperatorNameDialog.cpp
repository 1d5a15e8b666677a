#include "OperatorNameDialog.h"

#include "storage/AuditLog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const char *const kKey = "operator/name";
const char *const kLegacyKey = "audit/operator";
}

OperatorNameDialog::OperatorNameDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("operatorNameDialog"));
    setWindowTitle(tr("Operator"));
    auto *intro = new QLabel(tr("Who is working with CE Hours on this computer? The name is recorded with every change "
                                "in the audit log, beside the computer's user name."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(AuditLog::osUser(), this);
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_name->setMaxLength(100);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("operatorNameOk"));
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!name().isEmpty()); });
    m_ok->setEnabled(!name().isEmpty());
    m_name->selectAll();
    resize(420, sizeHint().height());
}

QString OperatorNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString OperatorNameDialog::storedName()
{
    QSettings settings;
    const QString name = settings.value(QLatin1String(kKey)).toString().trimmed();
    return name.isEmpty() ? settings.value(QLatin1String(kLegacyKey)).toString().trimmed() : name;
}

void OperatorNameDialog::store(const QString &name)
{
    QSettings().setValue(QLatin1String(kKey), name.trimmed());
    AuditLog::setOperatorName(name);
}

bool OperatorNameDialog::ensure(QWidget *parent)
{
    const QString stored = storedName();
    if (!stored.isEmpty()) {
        AuditLog::setOperatorName(stored);
        return true;
    }
    OperatorNameDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return false;
    store(dialog.name());
    return true;
}
