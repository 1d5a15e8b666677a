#pragma once
#include <QMainWindow>

class Database;

// The application's main window: sections for staff, activities, yearly overview, exports, settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database *db, QWidget *parent = nullptr);

private:
    Database *m_db;
};
