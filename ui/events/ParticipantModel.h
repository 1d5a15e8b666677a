#pragma once
#include "events/EventParticipant.h"
#include "events/TrainingEvent.h"

#include <QAbstractTableModel>

class AppContext;

// The participants of one event with the credit each gets. 考试结果, 实际参加天数 and 备注 are edited in
// place: each edit is written at once (EventRepository, one transaction); a refused edit (locked year,
// bad value) leaves the row as it was and emits editFailed with the reason.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Name, Department, IdNumber, Title, Result, Days, Hours, Remark, ColumnCount };

    explicit ParticipantModel(AppContext *context, QObject *parent = nullptr);
    void setEvent(qint64 eventId);
    void reload();
    qint64 eventId() const { return m_event.id; }
    EventParticipant participant(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editFailed(const QString &reason);
    void participantsChanged();

private:
    struct Row
    {
        EventParticipant p;
        QString hours, explanation;
        bool error = false;
    };
    Row rowFor(const EventParticipant &p) const;

    AppContext *m_context;
    TrainingEvent m_event;
    QList<Row> m_rows;
};
