#pragma once
#include "domain/Staff.h"

#include <QDialog>
#include <QJsonObject>
#include <QSqlDatabase>

class QComboBox;
class DateLineEdit;
class QLabel;
class QLineEdit;

// Add or edit a person. The ID number is checked as it is typed (check digit, birth date) and
// the derived birth date and gender are shown; saving goes through StaffRepository (audited).
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    // staff.id == 0 adds a new person to unitId.
    StaffDialog(QSqlDatabase db, qint64 unitId, const Staff &staff, QWidget *parent = nullptr);
    Staff staff() const { return m_staff; }

    void accept() override;
    void reject() override; // with changes: 保存 / 放弃 / 取消

private:
    void updateIdHint();
    Staff fromForm() const;

    QSqlDatabase m_db;
    Staff m_staff;
    QLineEdit *m_idNumber;
    QLabel *m_idHint;
    QLineEdit *m_name;
    QComboBox *m_ethnicity;
    QComboBox *m_department;
    QLineEdit *m_title;
    QComboBox *m_titleLevel;
    QLineEdit *m_titleSeries;
    QLineEdit *m_subSpecialty;
    QLineEdit *m_titleSought;
    QComboBox *m_education;
    QLineEdit *m_phone;
    DateLineEdit *m_joinedOn;
    QComboBox *m_status;
    QLabel *m_error;
    QJsonObject m_initial;
};
