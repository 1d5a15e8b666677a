#pragma once
#include <QWidget>

class AppContext;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// 设置: the unit's details, UI language, ID masking in lists, the operator name for the audit log,
// where the database lives.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext *context, QWidget *parent = nullptr);

public slots:
    void editUnit();
    // Copies the database and evidence store to a folder the clerk chooses (e.g. a shared
    // drive), verifies the copy, and uses it from the next start. The old copy stays.
    void moveData();
    // The tamper checks of `cehours-cli audit verify` and `evidence verify`, with the result shown.
    void verifyRecords();

private:
    void refreshUnit();
    void refreshRole();

    AppContext *m_context;
    QLabel *m_unitSummary;
    QComboBox *m_language;
    QCheckBox *m_maskIds;
    QLineEdit *m_operator;
    QLabel *m_database;
    QLabel *m_roles;
};
