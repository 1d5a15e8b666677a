#include "EvidencePanel.h"

#include "AppContext.h"
#include "EvidenceModel.h"
#include "Prompter.h"
#include "storage/Database.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EvidencePanel::EvidencePanel(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new EvidenceModel(this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAcceptDrops(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evidenceSummary"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(90);
    m_required = new QListWidget(this);
    m_required->setObjectName(QStringLiteral("evidenceChecklist"));
    m_required->setMaximumHeight(100);
    m_required->setToolTip(tr("Tick each document as you attach it"));
    m_attach = new QPushButton(tr("Attach &files…"), this);
    m_attach->setObjectName(QStringLiteral("evidenceAttach"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("evidenceOpen"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("evidenceRemove"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Required evidence for this kind:"), this));
    layout->addWidget(m_required);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &EvidencePanel::attach);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_table, &QTableView::activated, this, &EvidencePanel::openSelected);
    updateSummary();
}

void EvidencePanel::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    reload();
}

void EvidencePanel::setRequired(const QStringList &required)
{
    m_required->clear();
    for (const QString &doc : required) {
        auto *item = new QListWidgetItem(doc, m_required);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (required.isEmpty())
        new QListWidgetItem(tr("(the rule set names no particular document)"), m_required);
    updateSummary();
}

void EvidencePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    readOnly = m_readOnly;
    m_attach->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    setAcceptDrops(!readOnly);
}

void EvidencePanel::reload()
{
    if (m_activityId > 0)
        m_model->setStored(EvidenceStore(m_context->connection(), m_context->evidenceDir()).list(m_activityId));
    else
        m_model->setStored({});
    updateSummary();
}

int EvidencePanel::fileCount() const
{
    return m_model->rowCount();
}

void EvidencePanel::updateSummary()
{
    m_summary->setText(tr("%1 file(s) attached; drop files here").arg(fileCount()));
}

bool EvidencePanel::addFile(const QString &path)
{
    if (m_readOnly)
        return false;
    if (!QFileInfo(path).isFile()) {
        Prompter::current().warning(this, tr("Attach evidence"), tr("%1 is not a file").arg(path));
        return false;
    }
    if (m_activityId <= 0) {
        m_model->addPending(path);
        updateSummary();
        return true;
    }
    QString error;
    EvidenceStore::Item item;
    if (!EvidenceStore(m_context->connection(), m_context->evidenceDir()).add(m_activityId, path, &item, &error)) {
        Prompter::current().warning(this, tr("Attach evidence"), error);
        return false;
    }
    reload();
    m_context->notifyDataChanged();
    return true;
}

bool EvidencePanel::savePending(qint64 activityId, QString *error)
{
    QStringList pending = m_model->pendingPaths();
    EvidenceStore store(m_context->connection(), m_context->evidenceDir());
    bool ok = true;
    while (!pending.isEmpty()) {
        EvidenceStore::Item item;
        if (!store.add(activityId, pending.first(), &item, error)) {
            ok = false;
            break;
        }
        pending.removeFirst();
    }
    // What is stored is listed as stored; what failed stays pending for another try.
    m_model->setPending(pending);
    setActivity(activityId);
    return ok;
}

void EvidencePanel::attach()
{
    const QStringList files = Prompter::current().openFileNames(
        this, tr("Attach evidence"),
        tr("Evidence (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)"));
    for (const QString &f : files)
        addFile(f);
}

void EvidencePanel::openSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    QString path;
    if (m_model->isPending(row)) {
        path = m_model->pendingPaths().at(row - (m_model->rowCount() - m_model->pendingPaths().size()));
    } else {
        QString error; // an invalid hash or a missing stored copy is said, never opened
        path = EvidenceStore(m_context->connection(), m_context->evidenceDir()).openPath(m_model->item(row), &error);
        if (path.isEmpty()) {
            Prompter::current().warning(this, tr("Open evidence"), error);
            return;
        }
    }
    if (!QFileInfo::exists(path)) { // say so instead of failing silently
        Prompter::current().warning(this, tr("Cannot open the file"), tr("The file %1 is missing.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Prompter::current().openFile(path);
}

void EvidencePanel::removeSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || m_readOnly)
        return;
    if (!m_model->isPending(row)) {
        const EvidenceStore::Item it = m_model->item(row);
        if (!Prompter::current().question(this, tr("Remove evidence"), tr("Remove %1 from this activity?").arg(it.originalName)))
            return;
        QString error;
        if (!EvidenceStore(m_context->connection(), m_context->evidenceDir()).remove(it.id, &error)) {
            Prompter::current().warning(this, tr("Remove evidence"), error);
            return;
        }
        m_context->notifyDataChanged();
    }
    m_model->removeRowAt(row);
    updateSummary();
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            addFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}
