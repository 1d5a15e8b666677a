#include "OverviewPage.h"

#include "AppContext.h"

#include <QVBoxLayout>

OverviewPage::OverviewPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    new QVBoxLayout(this);
}
