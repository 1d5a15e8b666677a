#pragma once
#include <QDialog>

class AppContext;
class EventForm;
class ParticipantModel;
class QLabel;
class QPushButton;
class QTableView;

// 培训班 editor: the event's fields (EventForm, saved with Save: every linked activity follows in one
// transaction), the participants table (add from the registry by multi-select or department, edit
// 考试结果/天数/备注 in place, import a list with preview, remove), the event's evidence and the 汇总表's
// print preview.
class EventEditor : public QDialog
{
    Q_OBJECT
public:
    EventEditor(AppContext *context, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    ParticipantModel *participants() const { return m_model; }

public slots:
    bool save();
    void addFromRegistry();
    void addDepartment();
    void importList();
    void removeParticipant();
    void addEvidence();
    void printPreview();

private:
    bool addStaff(const QList<qint64> &staffIds);
    void updateState();

    AppContext *m_context;
    qint64 m_eventId;
    EventForm *m_form;
    ParticipantModel *m_model;
    QTableView *m_table;
    QLabel *m_counts, *m_evidence;
    QList<QPushButton *> m_needsEvent;
};
