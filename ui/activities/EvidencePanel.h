#pragma once
#include <QWidget>

class AppContext;
class EvidenceModel;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

// Evidence of one activity: attach by dialog or drag-and-drop (PDF, images, Office files), copied
// into the managed store (deduplicated by SHA-256); open or remove; the evidence the kind requires
// shown as a checklist. For a new activity the files wait until save() is given its id.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(AppContext *context, QWidget *parent = nullptr);

    void setActivity(qint64 activityId);
    void setRequired(const QStringList &required);
    void setReadOnly(bool readOnly);
    // Adds a file (stored now, or pending for a new activity). False with a message on failure.
    bool addFile(const QString &path);
    // Stores the pending files for the (now saved) activity.
    bool savePending(qint64 activityId, QString *error);
    int fileCount() const;
    EvidenceModel *model() const { return m_model; }

public slots:
    void attach();
    void openSelected();
    void removeSelected();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void updateSummary();

    AppContext *m_context;
    qint64 m_activityId = 0;
    bool m_readOnly = false;
    EvidenceModel *m_model;
    QTableView *m_table;
    QListWidget *m_required;
    QLabel *m_summary;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_remove;
};
