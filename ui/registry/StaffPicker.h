#pragma once
#include <QWidget>

class AppContext;
class QLineEdit;
class QListWidget;
class QTableView;
class StaffTableModel;

// Choose people from the registry: search as you type, select rows, "Add" them to the chosen
// list (batch entry), or just pick one (single mode: the current row).
class StaffPicker : public QWidget
{
    Q_OBJECT
public:
    StaffPicker(AppContext *context, bool multiple, QWidget *parent = nullptr);

    QList<qint64> chosen() const;
    void choose(qint64 staffId, const QString &label);
    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }

public slots:
    void addSelected();
    void removeSelected();

signals:
    void chosenChanged();
    void activated(qint64 staffId);

private:
    AppContext *m_context;
    bool m_multiple;
    StaffTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QListWidget *m_chosen = nullptr;
};
