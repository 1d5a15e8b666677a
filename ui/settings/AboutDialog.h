#pragma once
#include <QDialog>

// 关于: version, licence, and the rule sets this build ships with their document numbers.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The rule-set lines shown (one per set: name, id, document numbers); also used by tests.
    static QStringList ruleSetLines();
};
