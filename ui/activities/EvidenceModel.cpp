#include "EvidenceModel.h"

#include <QFileInfo>
#include <QLocale>

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceModel::setStored(const QList<EvidenceStore::Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void EvidenceModel::addPending(const QString &path)
{
    if (m_pending.contains(path))
        return;
    const int row = int(m_items.size() + m_pending.size());
    beginInsertRows({}, row, row);
    m_pending << path;
    endInsertRows();
}

void EvidenceModel::removeRowAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    if (isPending(row))
        m_pending.removeAt(row - m_items.size());
    else
        m_items.removeAt(row);
    endRemoveRows();
}

void EvidenceModel::setPending(const QStringList &paths)
{
    beginResetModel();
    m_pending = paths;
    endResetModel();
}

EvidenceStore::Item EvidenceModel::item(int row) const
{
    if (row >= 0 && row < m_items.size())
        return m_items.at(row);
    EvidenceStore::Item pending;
    if (row >= m_items.size() && row < rowCount()) {
        const QFileInfo info(m_pending.at(row - m_items.size()));
        pending.originalName = info.fileName();
        pending.size = info.size();
    }
    return pending;
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size() + m_pending.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceStore::Item it = item(index.row());
    if (role == Qt::ToolTipRole && isPending(index.row()))
        return tr("Copied into the evidence store when the activity is saved");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return it.originalName;
    case Size: return sizeText(it.size);
    case Type: return typeText(it.mimeType);
    case Added: return isPending(index.row()) ? tr("(on save)") : it.addedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    default: return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("File");
    case Size: return tr("Size");
    case Type: return tr("Type");
    case Added: return tr("Added");
    default: return {};
    }
}

QString EvidenceModel::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QLocale().toString(double(bytes) / 1024, 'f', 1));
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1));
}

QString EvidenceModel::typeText(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return tr("Image");
    if (mimeType == QLatin1String("application/pdf"))
        return tr("PDF document");
    if (mimeType.contains(QLatin1String("word")))
        return tr("Word document");
    if (mimeType.contains(QLatin1String("excel")) || mimeType.contains(QLatin1String("spreadsheet")))
        return tr("Excel workbook");
    if (mimeType.contains(QLatin1String("ofd")))
        return tr("OFD document");
    return mimeType.isEmpty() ? tr("File") : mimeType;
}
