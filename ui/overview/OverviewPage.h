#pragma once
#include "OverviewData.h"

#include <QWidget>

class AppContext;
class ComplianceChart;
class DepartmentModel;
class QLabel;
class QTableView;
class ShortfallModel;

// 年度汇总: for the chosen year the staff count, compliant count and rate, the shortfall list by
// gap, totals by department with a chart, the rule set's deadlines with who is still short, and the
// title-application cycle check. Recomputed when shown after a change.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(AppContext *context, QWidget *parent = nullptr);

    const OverviewData &overview() const { return m_data; }
    ShortfallModel *shortfallModel() const { return m_shortfall; }
    DepartmentModel *departmentModel() const { return m_departments; }

public slots:
    void refresh();
    void openCycleCheck();
    // 提交年度申报 for every compliant person whose year is not locked yet.
    void submitCompliant();

signals:
    void openPerson(qint64 staffId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markDirty();
    QString deadlinesText() const;

    AppContext *m_context;
    OverviewData m_data;
    bool m_dirty = true;
    ShortfallModel *m_shortfall;
    DepartmentModel *m_departments;
    QLabel *m_summary;
    QLabel *m_deadlines;
    QTableView *m_shortfallTable;
    QTableView *m_departmentTable;
    ComplianceChart *m_chart;
};
