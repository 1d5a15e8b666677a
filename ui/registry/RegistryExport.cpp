#include "RegistryExport.h"

#include "AppContext.h"
#include "Prompter.h"
#include "TableCopy.h"
#include "export/GridXlsx.h"

#include <QDir>
#include <QStandardPaths>
#include <QTableView>

bool RegistryExport::run(AppContext *context, QTableView *table, QWidget *parent)
{
    if (!context->hasUnit())
        return false;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Registry %1 %2.xlsx").arg(context->unit().name).arg(context->year()));
    const QString path = Prompter::current().saveFileName(parent, tr("Export the list"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    QString error;
    const QList<QStringList> rows = TableCopy::allRows(table);
    if (!GridXlsx::write(path, tr("Registry"), TableCopy::header(table), rows, &error)) {
        Prompter::current().warning(parent, tr("Export the list"), error);
        return false;
    }
    Prompter::current().information(parent, tr("Export the list"),
                                    tr("%1 people written to %2").arg(rows.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}
