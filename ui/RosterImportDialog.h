#pragma once
#include <QObject>

class AppContext;
class QWidget;

// 导入名册: choose a CSV/XLSX roster, preview what would be added/updated and the rows that fail
// (行号 / 证件号码 / 失败原因), then apply all or nothing.
class RosterImportDialog : public QObject
{
    Q_OBJECT
public:
    RosterImportDialog(AppContext *context, QWidget *parent);
    // Returns true when rows were written.
    bool run();

private:
    AppContext *m_context;
    QWidget *m_parent;
};
