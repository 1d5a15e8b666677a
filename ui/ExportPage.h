#pragma once
#include <QWidget>

class AppContext;
class QVBoxLayout;

// 导出与打印: exports and printed forms. A minimal page; the exports area extends it.
class ExportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExportPage(AppContext *context, QWidget *parent = nullptr);

protected:
    AppContext *context() const { return m_context; }
    QVBoxLayout *pageLayout() const { return m_layout; }

private:
    AppContext *m_context;
    QVBoxLayout *m_layout;
};
