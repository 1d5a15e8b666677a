#pragma once
#include <QWidget>

class AppContext;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// 设置: the unit's details, UI language, ID masking in lists, the operator name for the audit log.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext *context, QWidget *parent = nullptr);

public slots:
    void editUnit();

private:
    void refreshUnit();

    AppContext *m_context;
    QLabel *m_unitSummary;
    QComboBox *m_language;
    QCheckBox *m_maskIds;
    QLineEdit *m_operator;
    QLabel *m_database;
};
