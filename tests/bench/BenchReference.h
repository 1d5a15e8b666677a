#pragma once
#include <QString>

// The reference of each benchmark job: the sqlite3 shell doing the same writes (or reads) on the
// project's own schema, as scripts fed to `sqlite3 DB` on stdin. `now` is the ISO time stamp written.
namespace BenchReference {
// .import of the roster CSV into a temporary table, INSERT … SELECT into staff, one audit row per
// person (JSON of the row, a SHA-3 hash), one transaction.
QString rosterImport(const QString &csv, const QString &now);
// The changed roster: audit rows with before/after JSON, then UPDATE … FROM, one transaction.
QString rosterReimport(const QString &csv, const QString &now);
// The activities CSV (columns given): INSERT … SELECT joined to staff by ID number, params as JSON,
// one audit row per activity, one transaction.
QString activityImport(const QString &csv, int columns, const QString &now);
// Hours per person, year and subject from the parameters' JSON (json_extract + GROUP BY).
QString recompute();
// The rows an export of the years writes (`sqlite3 -csv`).
QString exportRows(int fromYear, int toYear);
}
