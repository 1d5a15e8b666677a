#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class Database;

// The GUI's deferred opening checks (docs/reliability-db.md): request() before Database::open, and an
// Existing open of a current-schema WAL file skips PRAGMA quick_check and the stored-verdict check;
// the connection is query_only and every write to the file is held (WriteGate) until run() has been
// done in a worker and pass() or fail() settled it. Other files (new, needing an upgrade, not in WAL
// mode) and read-only opens are checked on open as always. The CLI never requests it.
class DeferredChecks
{
    Q_DECLARE_TR_FUNCTIONS(DeferredChecks)
public:
    struct Result
    {
        QString damage;      // SQLite's report when the file is damaged (empty: sound)
        QString staleReason; // why the stored verdicts must be recomputed (empty: current)
    };

    // Before each open (the open consumes it).
    static void request(const Database *db, bool on = true);
    static bool pending(const Database *db);
    // The damaged file's message (naming the latest backup) after fail(); else empty.
    static QString damage(const Database *db);

    // On any thread, with its own read-only connection to path: quick_check, then (when sound)
    // VerdictStore::staleReason. Writes nothing.
    static Result run(const QString &path);
    // The check passed: writes allowed (query_only off, WriteGate released).
    static bool pass(const Database *db, QString *error = nullptr);
    // The check failed: writes refused for good (query_only stays on). Returns the message for the
    // clerk: SQLite's report and the latest backup, as the CLI's.
    static QString fail(const Database *db, const QString &report);
    // The text of a damaged file's refusal: SQLite's report and the latest backup beside path.
    static QString damageMessage(const QString &path, const QString &report);

    // For Database::open / close only (open takes the request first; close forgets the state).
    static bool takeRequest(const Database *db);
    static bool begin(const Database *db, bool *deferred, QString *error);
    static void closed(const Database *db);
};
