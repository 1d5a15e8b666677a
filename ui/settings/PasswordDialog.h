#pragma once
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// The server password, asked when the credential store has none or the server refused the one it had.
// "Remember" keeps it in the OS credential store (unchecked and disabled when there is none).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &where, const QString &reason, bool canRemember, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
