#pragma once
#include <QCoreApplication>
#include "events/EventParticipant.h"
#include "events/TrainingEvent.h"

#include <QHash>
#include <QSqlDatabase>

// Training events, their participants and the activities they own. Every write is one transaction
// and audited (training_event, event_participant, activity); a change that would touch an activity of
// a locked (submitted) year is refused and the message names every such person.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    struct Summary
    {
        TrainingEvent event;
        int participants = 0;
        int passed = 0;       // 合格 (and 无需考核)
    };
    struct EventLink
    {
        qint64 eventId = 0;
        QString title;
    };

    explicit EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool create(TrainingEvent &event, QString *error);
    // Saves the event and brings every linked activity in line (dates, kind, params …), all or nothing.
    bool update(TrainingEvent &event, QString *error);
    // Removes the event, its participants, its evidence rows and the activities it owns. *orphans gets
    // the sha256 of the evidence rows removed: pass them to EvidenceStore::releaseFile after success.
    bool remove(qint64 eventId, QString *error, QStringList *orphans = nullptr);

    bool byId(qint64 id, TrainingEvent *event) const;
    // An event by its number, or by its exact theme when only one event has it; 0 with *error otherwise.
    qint64 find(const QString &numberOrTheme, QString *error) const;
    // Events by start date; year 0 = all.
    QList<Summary> list(int year = 0) const;
    // Participants in position order, with their registry fields filled.
    QList<EventParticipant> participants(qint64 eventId) const;

    // Adds people (new to the event) after the existing ones, in the order given; one transaction.
    bool addParticipants(qint64 eventId, QList<EventParticipant> people, QString *error);
    // Applies new and changed participants at once (the list import); one transaction.
    bool applyParticipants(qint64 eventId, QList<EventParticipant> added, const QList<EventParticipant> &changed, QString *error);
    // 考试结果 / 实际参加天数 / 备注 of one participant (matched by staffId).
    bool updateParticipant(const EventParticipant &participant, QString *error);
    bool removeParticipant(qint64 eventId, qint64 staffId, QString *error);

    // Which activities come from an event (activity id → event), for the activity lists.
    QHash<qint64, EventLink> eventsOfActivities(const QList<qint64> &activityIds) const;
    static qint64 eventOfActivity(QSqlDatabase db, qint64 activityId);

private:
    bool sync(const TrainingEvent &event, QList<EventParticipant> &participants, const QList<EventParticipant> &removed,
              QString *error);
    bool writeParticipant(EventParticipant &p, const EventParticipant *before, QString *error);
    bool writeActivity(const TrainingEvent &event, EventParticipant &p, QString *error);
    bool deleteActivity(qint64 activityId, QString *error);
    bool writeEventRow(TrainingEvent &event, const TrainingEvent *before, QString *error);
    bool fail(const QString &why, QString *error) const;
    QSqlDatabase m_db;
};
