#pragma once
#include <QWidget>

class AppContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class StaffTableModel;

// 人员名册: the registry table with search-as-you-type, filters, sorting and the row count;
// add / edit / remove a person; import a roster. Opening a row asks the window for the person page.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(AppContext *context, QWidget *parent = nullptr);

    StaffTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentStaffId() const;
    void focusSearch();

public slots:
    void addPerson();
    void editPerson();
    void removePerson();
    void importRoster();
    // Batch entry with the selected people already chosen.
    void batchForSelection();
    // The list as shown (search and filters applied) to .xlsx.
    void exportShown();
    void reload();

signals:
    void openPerson(qint64 staffId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void refreshDepartments();
    void updateCount();
    void openCurrent();

    AppContext *m_context;
    StaffTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_titleLevel;
    QComboBox *m_status;
    QComboBox *m_compliance;
    QTableView *m_table;
    QLabel *m_count;
    QStackedWidget *m_body;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_dirty = true;
};
