#pragma once
#include <QMainWindow>

class ActivityPage;
class EventsPage;
class AppContext;
class Database;
class ExportPage;
class OpeningCheck;
class OverviewPage;
class PersonPage;
class QListWidget;
class RoleGate;
class SessionRole;
class QSpinBox;
class QStackedWidget;
class SettingsPage;
class StaffPage;

// The application's main window: a section list (人员名册, 学时登记, 年度汇总, 导出与打印, 设置)
// beside the section pages, the year chooser in the tool bar. Each section is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section { Staff, Activities, Events, Overview, Export, Settings, SectionCount };

    explicit MainWindow(Database *db, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext *context() const { return m_context; }
    StaffPage *staffPage() const { return m_staffPage; }
    PersonPage *personPage() const { return m_personPage; }
    ActivityPage *activityPage() const { return m_activityPage; }
    EventsPage *eventsPage() const { return m_eventsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // The deferred opening check (a Database opened after DeferredChecks::request), else nullptr.
    OpeningCheck *openingCheck() const { return m_openingCheck; }
    int currentSection() const;

    // First start: asks for the unit when the registry has none, then for the operator's name when
    // none is stored (OperatorNameDialog). False when the clerk cancelled.
    bool ensureUnit();

    // The database user's role (read from the server on opening; SQLite: not enforced). A later
    // connection (or a test) gives it here; actions the role does not allow are disabled (RoleGate).
    void setSessionRole(const SessionRole &role);
    RoleGate *roleGate() const { return m_roleGate; }

public slots:
    void showSection(int section);
    void openPerson(qint64 staffId);
    void openEvent(qint64 eventId);
    void showRegistry();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateTitle();

    AppContext *m_context;
    QListWidget *m_sectionList;
    QStackedWidget *m_sections;
    QStackedWidget *m_staffStack;
    StaffPage *m_staffPage;
    PersonPage *m_personPage;
    ActivityPage *m_activityPage;
    EventsPage *m_eventsPage;
    OverviewPage *m_overviewPage;
    ExportPage *m_exportPage;
    SettingsPage *m_settingsPage;
    QSpinBox *m_year;
    OpeningCheck *m_openingCheck = nullptr;
    RoleGate *m_roleGate = nullptr;
};
