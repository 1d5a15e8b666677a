#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityImportDialog.h"
#include "ActivityPage.h"
#include "EventsPage.h"
#include "AppContext.h"
#include "ConnectionDialog.h"
#include "ExportPage.h"
#include "OverviewPage.h"
#include "PersonPage.h"
#include "SettingsPage.h"
#include "StaffPage.h"
#include "Prompter.h"
#include "RoleGate.h"
#include "OperatorNameDialog.h"
#include "OpeningCheck.h"
#include "UnitDialog.h"
#include "import/StaffTemplate.h"
#include "storage/Database.h"
#include "storage/DeferredChecks.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(Database *db, QWidget *parent)
    : QMainWindow(parent), m_context(new AppContext(db, this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->addItems({tr("Staff registry"), tr("Activities"), tr("Training events"), tr("Yearly overview"), tr("Export and print"), tr("Settings")});
    m_sectionList->setFixedWidth(m_sectionList->fontMetrics().horizontalAdvance(tr("Export and print")) + 48);
    QFont sectionFont = m_sectionList->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.1);
    m_sectionList->setFont(sectionFont);
    m_sectionList->setSpacing(3);

    m_staffPage = new StaffPage(m_context, this);
    m_personPage = new PersonPage(m_context, this);
    m_staffStack = new QStackedWidget(this);
    m_staffStack->setObjectName(QStringLiteral("staffStack"));
    m_staffStack->addWidget(m_staffPage);
    m_staffStack->addWidget(m_personPage);
    m_activityPage = new ActivityPage(m_context, this);
    m_eventsPage = new EventsPage(m_context, this);
    m_overviewPage = new OverviewPage(m_context, this);
    m_exportPage = new ExportPage(m_context, this);
    m_settingsPage = new SettingsPage(m_context, this);

    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    for (QWidget *page : {static_cast<QWidget *>(m_staffStack), static_cast<QWidget *>(m_activityPage), static_cast<QWidget *>(m_eventsPage),
                          static_cast<QWidget *>(m_overviewPage), static_cast<QWidget *>(m_exportPage),
                          static_cast<QWidget *>(m_settingsPage)})
        m_sections->addWidget(page);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sectionList);
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Year"));
    toolbar->setObjectName(QStringLiteral("yearToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Year: "), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_context->year());
    m_year->setToolTip(tr("The year shown in every section"));
    toolbar->addWidget(m_year);

    if (db->isReadOnly()) {
        // A file this user cannot write: everything can be looked at and exported, nothing saved.
        auto *bannerBar = new QToolBar(tr("Read-only"), this);
        bannerBar->setObjectName(QStringLiteral("readOnlyBar"));
        bannerBar->setMovable(false);
        auto *banner = new QLabel(tr("This database is read-only (%1): you can look at and export the records, not change them.")
                                      .arg(QDir::toNativeSeparators(db->path())),
                                  this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5c4400; padding: 4px 8px; }"));
        bannerBar->addWidget(banner);
        addToolBarBreak();
        addToolBar(bannerBar);
    }
    if (DeferredChecks::pending(db)) {
        // The file's check runs in a worker once the window is painted; writes wait for it.
        m_openingCheck = new OpeningCheck(m_context, this);
        QTimer::singleShot(0, m_openingCheck, &OpeningCheck::start);
    }
    buildMenus();
    m_roleGate = new RoleGate(this);
    m_roleGate->setRole(m_context->role());
    m_roleGate->applyTo(this);
    connect(m_context, &AppContext::roleChanged, this, [this] {
        m_roleGate->setRole(m_context->role());
        m_roleGate->applyTo(this);
    });
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);
    connect(m_year, &QSpinBox::valueChanged, m_context, &AppContext::setYear);
    connect(m_context, &AppContext::yearChanged, m_year, &QSpinBox::setValue);
    connect(m_context, &AppContext::unitChanged, this, &MainWindow::updateTitle);
    connect(m_staffPage, &StaffPage::openPerson, this, &MainWindow::openPerson);
    connect(m_personPage, &PersonPage::backRequested, this, &MainWindow::showRegistry);
    connect(m_overviewPage, &OverviewPage::openPerson, this, &MainWindow::openPerson);
    connect(m_activityPage, &ActivityPage::openPerson, this, &MainWindow::openPerson);
    connect(m_activityPage, &ActivityPage::openEvent, this, &MainWindow::openEvent);
    connect(m_personPage, &PersonPage::openEvent, this, &MainWindow::openEvent);

    QSettings settings;
    resize(1180, 760);
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    showSection(settings.value(QStringLiteral("ui/lastSection"), int(Staff)).toInt());
    updateTitle();
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow() = default;

void MainWindow::setSessionRole(const SessionRole &role)
{
    m_context->setRole(role);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import roster…"), m_staffPage, &StaffPage::importRoster);
    import->setObjectName(QStringLiteral("actionImportRoster"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *saveTemplate = file->addAction(tr("Save roster &template…"), this, [this] {
        const QString path = Prompter::current().saveFileName(this, tr("Save roster template"), tr("roster-template.xlsx"),
                                                              tr("Excel (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!StaffTemplate::write(path, &error))
            Prompter::current().warning(this, tr("Save roster template"), error);
        else
            statusBar()->showMessage(tr("Template saved: %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    saveTemplate->setObjectName(QStringLiteral("actionSaveTemplate"));
    file->addAction(tr("Import a&ctivities…"), this, [this] { ActivityImportDialog::run(m_context, this); })
        ->setObjectName(QStringLiteral("actionImportActivities"));
    file->addAction(tr("Save activity te&mplate…"), this, [this] { ActivityImportDialog::saveTemplate(m_context, this); })
        ->setObjectName(QStringLiteral("actionSaveActivityTemplate"));
    file->addSeparator();
    file->addAction(tr("&Database connection…"), this, [this] { ConnectionDialog::change(this); })
        ->setObjectName(QStringLiteral("actionDatabaseConnection"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *addPerson = edit->addAction(tr("Add &person…"), this, [this] {
        showSection(Staff);
        showRegistry();
        m_staffPage->addPerson();
    });
    addPerson->setObjectName(QStringLiteral("actionAddPerson"));
    addPerson->setShortcut(QKeySequence::New);
    QAction *addActivity = edit->addAction(tr("Add &activity…"), this, [this] {
        showSection(Activities);
        m_activityPage->addActivity();
    });
    addActivity->setObjectName(QStringLiteral("actionAddActivity"));
    addActivity->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *find = edit->addAction(tr("&Find person"), this, [this] {
        showSection(Staff);
        showRegistry();
        m_staffPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < SectionCount; ++i) {
        QAction *a = go->addAction(m_sectionList->item(i)->text(), this, [this, i] { showSection(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *prevYear = go->addAction(tr("Previous year"), this, [this] { m_year->setValue(m_year->value() - 1); });
    prevYear->setShortcut(QKeySequence(tr("Ctrl+PgUp")));
    QAction *nextYear = go->addAction(tr("Next year"), this, [this] { m_year->setValue(m_year->value() + 1); });
    nextYear->setShortcut(QKeySequence(tr("Ctrl+PgDown")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CE Hours"), this, [this] { AboutDialog(m_context->database()->path(), this).exec(); });
}

int MainWindow::currentSection() const
{
    return m_sections->currentIndex();
}

void MainWindow::showSection(int section)
{
    if (section < 0 || section >= SectionCount)
        section = Staff;
    m_sectionList->setCurrentRow(section);
    m_sections->setCurrentIndex(section);
}

void MainWindow::openPerson(qint64 staffId)
{
    m_personPage->setStaff(staffId);
    m_staffStack->setCurrentWidget(m_personPage);
    showSection(Staff);
    m_personPage->setFocus();
}

void MainWindow::openEvent(qint64 eventId)
{
    showSection(Events);
    m_eventsPage->openEvent(eventId);
}

void MainWindow::showRegistry()
{
    m_staffStack->setCurrentWidget(m_staffPage);
    m_staffPage->table()->setFocus();
}

bool MainWindow::ensureUnit()
{
    if (!m_context->hasUnit()) {
        UnitDialog dialog(m_context->connection(), Unit(), true, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        m_context->reloadUnit();
        if (!m_context->hasUnit())
            return false;
    }
    // Then who works here: the operator's name for the audit log (asked once).
    return OperatorNameDialog::ensure(this);
}

void MainWindow::updateTitle()
{
    const QString unit = m_context->unit().name;
    setWindowTitle(unit.isEmpty() ? tr("CE Hours") : tr("%1 — CE Hours").arg(unit));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/lastSection"), currentSection());
    event->accept();
}
