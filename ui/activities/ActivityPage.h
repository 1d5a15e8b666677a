#pragma once
#include <QWidget>

class AppContext;
class QLabel;
class QLineEdit;
class QTableView;
class UnitActivityModel;

// 学时登记: the unit's activities of the chosen year; add one for a person, or one training
// event for many people at once (batch entry); open the person's page.
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(AppContext *context, QWidget *parent = nullptr);
    UnitActivityModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void addActivity();
    void batchEntry();
    void openActivity();
    // Deletes the selected activities (Delete key): refused first when a year is locked (naming
    // the people), else one confirmation and one transaction.
    void removeActivity();
    // Selects every row of the batch entry the current row belongs to (to undo a wrong batch).
    void selectSameEntry();

signals:
    void openPerson(qint64 staffId);
    void openEvent(qint64 eventId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The year's activities are read when the page is on screen (or the window is not shown at all):
    // a hidden page only notes that it is stale, so a year change or a save elsewhere costs nothing.
    void reloadWhenShown();
    QList<int> selectedRows() const;
    bool m_stale = false;
    AppContext *m_context;
    UnitActivityModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};
