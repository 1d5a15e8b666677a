#pragma once
#include <QCoreApplication>

class AppContext;
class QTableView;
class QWidget;

// The registry list as shown (search and filters applied, visible columns, IDs as displayed) saved
// as .xlsx; the suggested name says the unit and the year.
class RegistryExport
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExport)

public:
    static bool run(AppContext *context, QTableView *table, QWidget *parent);
};
