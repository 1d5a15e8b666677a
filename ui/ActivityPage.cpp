#include "ActivityPage.h"

#include "AppContext.h"

#include <QVBoxLayout>

ActivityPage::ActivityPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("activityPage"));
    new QVBoxLayout(this);
}

void ActivityPage::addActivity() {}

void ActivityPage::batchEntry() {}
