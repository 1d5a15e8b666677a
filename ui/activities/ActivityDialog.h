#pragma once
#include "domain/Activity.h"

#include <QDialog>
#include <QJsonObject>

class ActivityForm;
class AppContext;
class EvidencePanel;
class QLabel;
class QPushButton;

// Add or edit one person's activity: the generated form with live credit on the left, the
// evidence (checklist, files, drag-and-drop) on the right. A locked year opens read-only.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(AppContext *context, const Activity &activity, QWidget *parent = nullptr);

    ActivityForm *form() const { return m_form; }
    EvidencePanel *evidence() const { return m_evidence; }
    Activity activity() const { return m_activity; }

    void accept() override;
    // Esc, ✕ and Cancel: with changes, asks 保存 / 放弃 / 取消 (Prompter::unsavedChanges).
    void reject() override;
    bool hasChanges() const;

private:
    void updateLock();

    AppContext *m_context;
    Activity m_activity;
    ActivityForm *m_form;
    EvidencePanel *m_evidence;
    QLabel *m_lock;
    QPushButton *m_save;
    QJsonObject m_initial;   // the form as opened, to tell whether anything changed
    int m_initialFiles = 0;
};
