#pragma once
#include "domain/Unit.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The unit's details: first-start setup and later edits from the settings. Validates inline
// (name required, unified social credit code check character) and saves through UnitRepository.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(QSqlDatabase db, const Unit &unit, bool firstStart, QWidget *parent = nullptr);
    Unit unit() const { return m_unit; }

    void accept() override;
    void reject() override; // with changes: 保存 / 放弃 / 取消

private:
    void validate();
    Unit fromForm() const;
    static QStringList fields(const Unit &unit);

    QSqlDatabase m_db;
    Unit m_unit;
    QLineEdit *m_name;
    QLineEdit *m_creditCode;
    QLabel *m_creditCodeHint;
    QComboBox *m_nature;
    QLineEdit *m_region;
    QComboBox *m_ruleSet;
    QLineEdit *m_contactPerson;
    QLineEdit *m_contactPhone;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_initial;
};
