#pragma once
#include <QWidget>

class AppContext;
class EventListModel;
class QTableView;

// 培训班 section: the year's training events (date, theme, participants, 合格 count); New / Open /
// Delete; an event opens in the EventEditor.
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(AppContext *context, QWidget *parent = nullptr);
    EventListModel *model() const { return m_model; }

public slots:
    void newEvent();
    void openSelected();
    void openEvent(qint64 eventId);
    void deleteSelected();

private:
    AppContext *m_context;
    EventListModel *m_model;
    QTableView *m_table;
};
