#pragma once
#include <QObject>

#include <functional>

class QAbstractItemView;
class QLineEdit;

// Keyboard between a search box and its list: Down (and Enter, unless onEnter is given) moves into
// the list on its first row; onEnter, when given, runs on Enter instead (e.g. "take the unique match").
class SearchKeys : public QObject
{
    Q_OBJECT
public:
    SearchKeys(QLineEdit *search, QAbstractItemView *view, std::function<void()> onEnter = {});
    // Focus the view with its first row current and selected (nothing when the view is empty).
    static void enterView(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<void()> m_onEnter;
};
