#pragma once
#include "OverviewData.h"

#include <QWidget>

// Compliance by department as horizontal bars drawn with QPainter: the compliant share in green,
// the rest in red, the rate and head count written beside each bar.
class ComplianceChart : public QWidget
{
    Q_OBJECT
public:
    explicit ComplianceChart(QWidget *parent = nullptr);
    void setOverview(const OverviewData &data);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<OverviewData::Department> m_departments;
};
