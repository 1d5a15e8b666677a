#pragma once
#include <QWidget>

class AppContext;

// 年度汇总: the chosen year's counts, rate, shortfall list, departments, chart, deadlines, cycle check.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(AppContext *context, QWidget *parent = nullptr);

signals:
    void openPerson(qint64 staffId);

private:
    AppContext *m_context;
};
