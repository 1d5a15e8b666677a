#include "StaffPicker.h"

#include "AppContext.h"
#include "SearchKeys.h"
#include "StaffTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

StaffPicker::StaffPicker(AppContext *context, bool multiple, QWidget *parent)
    : QWidget(parent), m_context(context), m_multiple(multiple), m_model(new StaffTableModel(context, this))
{
    setObjectName(QStringLiteral("staffPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number or department"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(multiple ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int c = StaffQuery::Gender; c < StaffQuery::ColumnCount; ++c) {
        if (c != StaffQuery::Department)
            m_table->hideColumn(c);
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(StaffQuery::IdNumber, m_table->fontMetrics().horizontalAdvance(QStringLiteral("3401**********123X")) + 16);

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_table, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);

    if (multiple) {
        auto *add = new QPushButton(tr("Add →"), this);
        add->setObjectName(QStringLiteral("pickerAdd"));
        auto *remove = new QPushButton(tr("← Remove"), this);
        remove->setObjectName(QStringLiteral("pickerRemove"));
        auto *middle = new QVBoxLayout;
        middle->addStretch();
        middle->addWidget(add);
        middle->addWidget(remove);
        middle->addStretch();
        m_chosen = new QListWidget(this);
        m_chosen->setObjectName(QStringLiteral("pickerChosen"));
        m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_chosen->setMaximumWidth(m_chosen->fontMetrics().horizontalAdvance(QStringLiteral("欧阳建华 — 医学影像科")) + 32);
        auto *right = new QVBoxLayout;
        right->addWidget(new QLabel(tr("Participants:"), this));
        right->addWidget(m_chosen, 1);
        layout->addLayout(middle);
        layout->addLayout(right, 2);
        connect(add, &QPushButton::clicked, this, &StaffPicker::addSelected);
        connect(remove, &QPushButton::clicked, this, &StaffPicker::removeSelected);
        connect(m_table, &QTableView::activated, this, &StaffPicker::addSelected);
    } else {
        connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
            emit activated(m_model->staffId(index.row()));
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffPicker::chosenChanged);
    }

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(150);
    auto applySearch = [this, delay] {
        delay->stop();
        StaffQuery::Filter f;
        f.text = m_search->text();
        f.status = QStringLiteral("在职");
        m_model->setFilter(f);
    };
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, applySearch);
    // Enter on a unique match takes that person; otherwise Enter moves into the list.
    new SearchKeys(m_search, m_table, [this, applySearch] {
        applySearch();
        if (m_model->rowCount() != 1) {
            SearchKeys::enterView(m_table);
            return;
        }
        m_table->selectRow(0);
        if (m_multiple) {
            addSelected();
            m_search->selectAll();
        } else {
            emit activated(m_model->staffId(0));
        }
    });
    StaffQuery::Filter active;
    active.status = QStringLiteral("在职");
    m_model->setFilter(active);
}

QList<qint64> StaffPicker::chosen() const
{
    QList<qint64> ids;
    if (!m_multiple) {
        if (const qint64 id = m_model->staffId(m_table->currentIndex().row()))
            ids << id;
        return ids;
    }
    for (int i = 0; i < m_chosen->count(); ++i)
        ids << m_chosen->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void StaffPicker::choose(qint64 staffId, const QString &label)
{
    if (!m_multiple || chosen().contains(staffId))
        return;
    auto *item = new QListWidgetItem(label, m_chosen);
    item->setData(Qt::UserRole, staffId);
    emit chosenChanged();
}

void StaffPicker::addSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString label = m_model->data(m_model->index(index.row(), StaffQuery::Name)).toString() + QStringLiteral(" — ")
            + m_model->data(m_model->index(index.row(), StaffQuery::Department)).toString();
        choose(m_model->staffId(index.row()), label);
    }
}

void StaffPicker::removeSelected()
{
    if (!m_chosen)
        return;
    qDeleteAll(m_chosen->selectedItems());
    emit chosenChanged();
}
