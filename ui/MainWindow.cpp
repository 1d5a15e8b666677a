#include "MainWindow.h"

#include "storage/Database.h"

#include <QLabel>

MainWindow::MainWindow(Database *db, QWidget *parent)
    : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CE Hours"));
    auto *label = new QLabel(tr("Staff registry"), this);
    setCentralWidget(label);
    resize(1000, 700);
}
