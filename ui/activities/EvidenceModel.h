#pragma once
#include "storage/EvidenceStore.h"

#include <QAbstractTableModel>

// Evidence files of one activity: stored items (in the EvidenceStore) and, for an activity not
// saved yet, pending files that are copied into the store when it is saved.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Size, Type, Added, ColumnCount };

    explicit EvidenceModel(QObject *parent = nullptr);

    void setStored(const QList<EvidenceStore::Item> &items);
    void addPending(const QString &path);
    void removeRowAt(int row);
    void setPending(const QStringList &paths);
    QStringList pendingPaths() const { return m_pending; }
    bool isPending(int row) const { return row >= m_items.size(); }
    EvidenceStore::Item item(int row) const;
    // Shown in the clerk's language: "600 字节", "9.7 KB"; "图片", "PDF 文档".
    static QString sizeText(qint64 bytes);
    static QString typeText(const QString &mimeType);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvidenceStore::Item> m_items;
    QStringList m_pending;
};
