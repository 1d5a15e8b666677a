#pragma once
#include "events/EventRepository.h"

#include <QAbstractTableModel>

class AppContext;

// 培训班 of the year shown: dates, theme, participants and how many passed (合格 / 无需考核).
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Title, Kind, Participants, Passed, ColumnCount };

    explicit EventListModel(AppContext *context, QObject *parent = nullptr);
    void reload();
    qint64 eventId(int row) const;
    int rowOfEvent(qint64 eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AppContext *m_context;
    QList<EventRepository::Summary> m_rows;
};
