#include "SearchKeys.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>

SearchKeys::SearchKeys(QLineEdit *search, QAbstractItemView *view, std::function<void()> onEnter)
    : QObject(search), m_view(view), m_onEnter(std::move(onEnter))
{
    search->installEventFilter(this);
}

void SearchKeys::enterView(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    view->setFocus(Qt::OtherFocusReason);
    if (!view->currentIndex().isValid() || !view->selectionModel()->hasSelection()) {
        const QModelIndex first = model->index(0, 0);
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool SearchKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Down) {
        enterView(m_view);
        return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_onEnter)
            m_onEnter();
        else
            enterView(m_view);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
