#include "ViewStateKeeper.h"

#include <QItemSelection>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

ViewStateKeeper::ViewStateKeeper(QTableView *view, IdOfRow idOfRow)
    : m_view(view), m_idOfRow(std::move(idOfRow))
{
    if (!m_view->model() || !m_view->selectionModel())
        return;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_selected.insert(m_idOfRow(index.row()));
    m_selected.remove(0);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        m_current = m_idOfRow(current.row());
        m_currentColumn = current.column();
    }
    m_rows = m_view->model()->rowCount();
    m_vertical = m_view->verticalScrollBar()->value();
    m_horizontal = m_view->horizontalScrollBar()->value();
}

void ViewStateKeeper::restore()
{
    QAbstractItemModel *model = m_view->model();
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!model || !selection)
        return;
    // As many rows as were there (a lazily fetched list), so that the scroll position means the same.
    while (model->rowCount() < m_rows && model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        if (model->rowCount() == before)
            break;
    }
    QItemSelection rows;
    QModelIndex current;
    const int columns = model->columnCount();
    for (int row = 0; row < model->rowCount() && columns > 0; ++row) {
        const qint64 id = m_idOfRow(row);
        if (m_selected.contains(id))
            rows.select(model->index(row, 0), model->index(row, columns - 1));
        if (m_current != 0 && id == m_current)
            current = model->index(row, qMin(m_currentColumn, columns - 1));
    }
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!rows.isEmpty())
        selection->select(rows, QItemSelectionModel::ClearAndSelect);
    m_view->doItemsLayout(); // the scroll bars' ranges for the new rows, now rather than later
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}
