#include "EmptyRegistryView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyRegistryView::EmptyRegistryView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("staffEmpty"));
    auto *emptyText = new QLabel(tr("The registry is empty. Import the unit's roster from Excel/CSV (File ▸ Save roster template "
                                    "gives the columns), or add people one by one."), this);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    m_import = new QPushButton(tr("Import roster…"), this);
    m_import->setObjectName(QStringLiteral("emptyImportButton"));
    m_add = new QPushButton(tr("Add person…"), this);
    m_add->setObjectName(QStringLiteral("emptyAddButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(emptyText);
    layout->addLayout(buttons);
    layout->addStretch();
}
