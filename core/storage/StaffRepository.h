#pragma once
#include <QCoreApplication>
#include "domain/Staff.h"

#include <QList>
#include <QSqlDatabase>

// Staff registry rows. Every change is audited in the same transaction.
// Leaving (离职) is a status change: history is never deleted with the person.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Normalizes (trims, upper-case X, derives birth date and gender) and checks a person:
    // valid ID number, name present, gender matching the ID, known title level and status.
    static bool prepare(Staff &staff, QString *error);

    bool insert(Staff &staff, QString *error);
    // Refuses (conflicted() true) when staff.version is set and the row's version has changed since:
    // someone else edited the person after it was read. Version 0 updates without that check.
    bool update(const Staff &staff, QString *error);
    bool conflicted() const { return m_conflict; }
    // Deletes a person who has no activities; otherwise refuses (mark them 离职 instead).
    bool remove(qint64 id, QString *error);
    // Inserts and updates many people in one transaction: all or nothing.
    bool applyBatch(QList<Staff> &inserts, const QList<Staff> &updates, QString *error);

    bool byId(qint64 id, Staff *staff) const;
    bool byIdNumber(qint64 unitId, const QString &idNumber, Staff *staff) const;
    QList<Staff> list(qint64 unitId) const;
    int count(qint64 unitId) const;

private:
    bool insertRow(Staff &staff, QString *error);
    bool updateRow(const Staff &staff, QString *error);
    QSqlDatabase m_db;
    bool m_conflict = false;
};
