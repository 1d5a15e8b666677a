#include "ExportPage.h"

#include <QLabel>
#include <QVBoxLayout>

ExportPage::ExportPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("exportPage"));
    auto *title = new QLabel(tr("Exports and printed forms"), this);
    title->setObjectName(QStringLiteral("exportTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_layout->addWidget(title);
    m_layout->addStretch();
}
