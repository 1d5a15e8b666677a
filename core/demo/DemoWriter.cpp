#include "demo/DemoWriter.h"
#include "storage/BulkWritePragmas.h"

#include "demo/DemoData.h"
#include "events/EventActivities.h"
#include "storage/AuditBatch.h"
#include "storage/AuditLog.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"
#include "util/ChineseName.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
// The one big transaction runs under BulkWritePragmas (storage): temp_store = MEMORY, because every
// INSERT with a trigger keeps a statement journal, and once one grew past 64 KiB SQLite moved the
// rest of the transaction's statement journals to a temporary FILE (570,000 pwrite calls for 1,000
// staff); and a larger page cache.
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

// The prepared statements of one run.
struct Statements
{
    explicit Statements(const QSqlDatabase &db) : staff(db), activity(db), event(db), participant(db) {}
    QSqlQuery staff, activity, event, participant;
    bool prepare()
    {
        return staff.prepare(QStringLiteral("INSERT INTO staff (unit_id, id_number, name, gender, ethnicity, department, title, title_level,"
                                            " title_series, sub_specialty, title_sought, education, phone, joined_on, birth_date, status,"
                                            " name_key, name_initials, created_at, updated_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && activity.prepare(QStringLiteral("INSERT INTO activity (staff_id, year, start_date, end_date, kind, title, params, subject,"
                                               " status, event_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && event.prepare(QStringLiteral("INSERT INTO training_event (title, organizer, host, kind, subject, start_date, end_date, params,"
                                            " mode, place, filing_number, filing_date, filing_authority, notes, updated_at, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && participant.prepare(QStringLiteral("INSERT INTO event_participant (result, days_attended, remark, position, event_id, staff_id)"
                                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    }
};
} // namespace

bool DemoWriter::write(const DemoData &data, Counts *counts, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    BulkWritePragmas settings(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE unit_id = ?"));
        q.addBindValue(m_unitId);
        if (!q.exec() || !q.next())
            return fail(q.lastError().text());
        m_notEmpty = q.value(0).toInt() > 0;
        if (m_notEmpty)
            return fail(tr("The registry already has %n person(s); demo data goes into a new, empty database (cehours-cli init)", nullptr,
                           q.value(0).toInt()));
    }
    AuditBatch audit(m_db);
    const QString now = audit.at();
    Statements st(m_db);
    if (!st.prepare())
        return fail(st.staff.lastError().text() + st.activity.lastError().text() + st.event.lastError().text());
    Counts c;
    QList<Staff> people = data.people();
    for (Staff &s : people) {
        s.unitId = m_unitId;
        bindAll(st.staff, {s.unitId, s.idNumber, s.name, s.gender, s.ethnicity, s.department, s.title, s.titleLevel, sqlText(s.titleSeries),
                           sqlText(s.subSpecialty), sqlText(s.titleSought), s.education, s.phone, dateValue(s.joinedOn),
                           dateValue(s.birthDate), s.status, ChineseName::sortKey(s.name), ChineseName::initials(s.name), now, now});
        if (!st.staff.exec())
            return fail(tr("%1 (%2): %3").arg(s.name, s.idNumber, st.staff.lastError().text()));
        s.id = st.staff.lastInsertId().toLongLong();
        if (!AuditLog::record(m_db, QStringLiteral("staff"), s.id, QStringLiteral("insert"), {}, s.toJson(), error))
            return false;
        ++c.staff;
    }
    auto insertActivity = [&](Activity &a, qint64 eventId) {
        bindAll(st.activity, {a.staffId, a.year, dateValue(a.startDate), dateValue(a.endDate), a.kind, sqlText(a.title), json(a.params),
                              sqlText(a.subject), a.status, eventId ? QVariant(eventId) : QVariant(), now, now});
        if (!st.activity.exec())
            return fail(st.activity.lastError().text());
        a.id = st.activity.lastInsertId().toLongLong();
        QJsonObject after = a.toJson();
        if (eventId)
            after.insert(QStringLiteral("eventId"), eventId);
        ++c.activities;
        return AuditLog::record(m_db, QStringLiteral("activity"), a.id, QStringLiteral("insert"), {}, after, error);
    };
    for (const DemoData::Event &demo : data.events()) {
        TrainingEvent e = demo.event;
        bindAll(st.event, {e.title, e.organizer, e.host, e.kind, sqlText(e.subject), dateValue(e.startDate), dateValue(e.endDate), json(e.params),
                           e.mode, e.place, e.filingNumber, dateValue(e.filingDate), e.filingAuthority, sqlText(e.notes), now, now});
        if (!st.event.exec())
            return fail(st.event.lastError().text());
        e.id = st.event.lastInsertId().toLongLong();
        if (!AuditLog::record(m_db, QStringLiteral("training_event"), e.id, QStringLiteral("insert"), {}, e.toJson(), error))
            return false;
        ++c.events;
        for (int j = 0; j < demo.people.size(); ++j) {
            const Staff &s = people.at(demo.people.at(j));
            EventParticipant p;
            p.eventId = e.id;
            p.staffId = s.id;
            p.position = j + 1;
            p.result = demo.results.at(j);
            p.name = s.name;
            p.idNumber = s.idNumber;
            if (p.credited()) {
                Activity a;
                if (!EventActivities::activityFor(e, p, &a, error) || !insertActivity(a, e.id))
                    return false;
                p.activityId = a.id;
            }
            bindAll(st.participant, {p.result, QVariant(), QStringLiteral(""), p.position, p.eventId, p.staffId});
            if (!st.participant.exec())
                return fail(st.participant.lastError().text());
            p.id = st.participant.lastInsertId().toLongLong();
            if (!AuditLog::record(m_db, QStringLiteral("event_participant"), p.id, QStringLiteral("insert"), {}, p.toJson(), error))
                return false;
            ++c.participants;
        }
    }
    const QList<int> years = data.years();
    for (int i = 0; i < people.size(); ++i) {
        for (int year : years) {
            for (Activity &a : data.activitiesOf(i, year)) {
                a.staffId = people.at(i).id;
                if (!insertActivity(a, 0))
                    return false;
            }
        }
    }
    if (!tx.commit())
        return fail(tx.errorString().isEmpty() ? m_db.lastError().text() : tx.errorString());
    if (counts)
        *counts = c;
    return true;
}
