#pragma once
#include <QDialog>

class QLineEdit;
class QPushButton;

// 操作员姓名: asked at the first start (required, prefilled with the OS user name if any) and
// recorded in every audit row beside the OS user name (which is only a claim). Kept in the
// setting operator/name; Settings can change it.
class OperatorNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OperatorNameDialog(QWidget *parent = nullptr);
    QString name() const;

    // The stored name (operator/name; older versions' audit/operator), empty when none.
    static QString storedName();
    // Stores the name and makes it the audit log's operator.
    static void store(const QString &name);
    // Makes the stored name the operator, asking for one first when there is none. False if cancelled.
    static bool ensure(QWidget *parent);

private:
    QLineEdit *m_name;
    QPushButton *m_ok;
};
