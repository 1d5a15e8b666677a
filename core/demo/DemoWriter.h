#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>

class DemoData;

// Writes demo data into an initialised database in ONE write transaction (all or nothing): the
// people, the events with their participants and the activities they credit, and every person-year's
// activities, each row audited (hash chain intact) as the repositories audit it. Statements are
// prepared once and reused for every row (AuditBatch for the audit rows).
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    struct Counts
    {
        int staff = 0;
        int events = 0;
        int participants = 0;
        qint64 activities = 0;
    };
    DemoWriter(QSqlDatabase db, qint64 unitId) : m_db(std::move(db)), m_unitId(unitId) {}
    // Refuses (false, *error) when the registry already has people: demo data goes into an empty one.
    bool write(const DemoData &data, Counts *counts, QString *error);

private:
    QSqlDatabase m_db;
    qint64 m_unitId;
};
