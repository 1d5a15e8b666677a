#include "TableCopy.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QTableView>
#include <algorithm>

namespace {
QString cellText(QString text)
{
    // A tab or line break inside a cell would split it.
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QList<int> visibleColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *h = view->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}
}

QStringList TableCopy::rowCells(const QTableView *view, int row)
{
    QStringList cells;
    const QAbstractItemModel *model = view->model();
    for (int column : visibleColumns(view))
        cells << cellText(model->index(row, column).data(Qt::DisplayRole).toString());
    return cells;
}

QString TableCopy::rowsText(const QTableView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows)
        lines << rowCells(view, row).join(QLatin1Char('\t'));
    return lines.isEmpty() ? QString() : lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

void TableCopy::install(QTableView *view)
{
    auto *copy = new QShortcut(QKeySequence::Copy, view);
    copy->setContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QShortcut::activated, view, [view] {
        const QString text = rowsText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
}

QStringList TableCopy::header(const QTableView *view)
{
    QStringList out;
    for (int column : visibleColumns(view))
        out << view->model()->headerData(column, Qt::Horizontal).toString();
    return out;
}

QList<QStringList> TableCopy::allRows(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        if (model->rowCount() == before)
            break;
    }
    QList<QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << rowCells(view, row);
    return rows;
}
