#pragma once
#include <QSet>

#include <functional>

class QTableView;

// Keeps what the clerk sees in a table across a reload of its model (another seat's change arrives,
// issue 13): the selected rows and the current row by their record ids, the current column and the
// scroll position. Construct it before the model resets, call restore() after: rows fetched lazily are
// fetched again up to as many as before, then the rows whose ids were selected are selected again.
class ViewStateKeeper
{
public:
    using IdOfRow = std::function<qint64(int row)>;
    ViewStateKeeper(QTableView *view, IdOfRow idOfRow);
    void restore();

private:
    QTableView *m_view;
    IdOfRow m_idOfRow;
    QSet<qint64> m_selected;
    qint64 m_current = 0;
    int m_currentColumn = 0;
    int m_rows = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
};
