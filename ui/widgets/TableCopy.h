#pragma once
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QTableView;

// A table view's rows as the clerk sees them (visible columns, displayed text — so ID numbers are
// masked exactly when the setting masks them on screen).
//   rowsText()  the selected rows as tab-separated lines (pastes into Excel/WPS as rows and cells)
//   install()   Ctrl+C on the view copies rowsText() to the clipboard
//   header()/allRows()  the whole list (fetching every page of a lazy model) for exports
class TableCopy
{
public:
    static QString rowsText(const QTableView *view);
    static void install(QTableView *view);
    static QStringList header(const QTableView *view);
    static QList<QStringList> allRows(QTableView *view);

private:
    static QStringList rowCells(const QTableView *view, int row);
};
