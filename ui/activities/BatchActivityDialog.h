#pragma once
#include <QDialog>
#include <QJsonObject>

class ActivityForm;
class AppContext;
class QLabel;
class StaffPicker;

// Batch entry: one training event for many people at once (a unit's training class). The same
// form and live credit as a single activity; saved for every participant in one transaction.
class BatchActivityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchActivityDialog(AppContext *context, QWidget *parent = nullptr);

    StaffPicker *picker() const { return m_picker; }
    ActivityForm *form() const { return m_form; }
    QList<qint64> createdIds() const { return m_created; }

    void accept() override;
    void reject() override; // with changes: 保存 / 放弃 / 取消
    bool hasChanges() const;

private:
    void updateCount();

    AppContext *m_context;
    StaffPicker *m_picker;
    ActivityForm *m_form;
    QLabel *m_count;
    QList<qint64> m_created;
    QJsonObject m_initial;
};
