#pragma once
#include "rules/RuleSetRegistry.h"
#include "storage/PersonYearVerdict.h"
#include "storage/VerdictComputer.h"

#include <QAtomicInt>
#include <QHash>
#include <QList>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

// The full recompute's parts (VerdictRecompute): the staff cut into slices, each computed by a worker on
// a read-only connection of its own, and optionally compared with the stored rows of its range.
namespace VerdictSlices {
struct Slice
{
    qint64 from = 0;   // staff ids from..to inclusive
    qint64 to = 0;
    QList<PersonYearVerdict> rows;
    QString error;
    bool ok = false;
    QAtomicInt finished;   // set (release) when the worker is done with the slice
    bool compare = false;  // also compare the stored rows of the range with the computed ones
    bool changed = true;   // compare: the stored rows differ (or were not compared)
    qsizetype storedRows = 0;
};

// What every slice reads: the units' rule sets, each person's unit, the rules.
struct Input
{
    QHash<qint64, QString> unitRuleSets;
    QHash<qint64, qint64> staffUnits;
    mutable VerdictComputer::FingerprintCache fingerprints;
};

// How a worker connects to the same database: read only on the SQLite file; on PostgreSQL the
// registry connection's server, database, user and options (its password included), read only too.
struct WorkerConnection
{
    QString driver, database, host, user, password, options;
    int port = -1;

    static WorkerConnection of(const QSqlDatabase &db);
    void apply(QSqlDatabase &db) const;
};

bool isMemory(const QSqlDatabase &db);
// Staff ids cut into `parts` ranges of about the same number of people; each person's unit.
QList<Slice> slices(QSqlDatabase db, int parts, int *people, QHash<qint64, qint64> *units);
// Computes one slice on db (the calling thread's connection).
void computeSlice(Slice *slice, QSqlDatabase db, int year, const Input &input, const RuleSetRegistry &registry,
                  const std::atomic<bool> *cancelled, std::atomic<int> *done);
// Computes one slice on a connection of its own (opened and closed in the worker thread); then marks
// the slice finished and releases `finished`.
void computeSliceOwnConnection(Slice *slice, const WorkerConnection &connection, int year, const Input &input,
                               const RuleSetRegistry &registry, const std::atomic<bool> *cancelled, std::atomic<int> *done,
                               QSemaphore *finished);
// About how many rows the replace will write: the rows it replaces (at least one per person).
qsizetype expectedRows(QSqlDatabase db, int year, int people);
} // namespace VerdictSlices
