#pragma once
#include <QString>

class Database;

// The CLI's integrity check alongside the command (docs/reliability-db.md). request() before
// Database::open; an open of a file at the current schema version (for writing: already in WAL mode)
// then runs PRAGMA quick_check on a thread of its own, with its own read-only connection, instead of
// before the command, and every write to the file waits for it (WriteGate, on every thread). A command
// that only reads checks the tables it can read (all but the audit chain's), table by table. The command
// runs meanwhile; before it publishes anything (an output file: OutputBarrier; its printed text) it calls
// await(): empty when the file is sound (or the open checked it first as usual), else the damaged file's
// message, the same text the open would have refused it with. A damaged file is never written.
//
// wholeFileOnlyToWrite (recompute only): a writable open checks first what a read checks (the tables
// it can read) and publishes that verdict to await(); the whole-file check runs only when something
// asks to write (WriteGate::holdUntilDemanded), and every write waits for it as above, await() too
// once it was asked for. A command that in the end writes nothing is then checked like a read.
class OverlappedCheck
{
public:
    static void request(const Database *db, bool wholeFileOnlyToWrite = false);
    // Blocks until the check has finished; any thread.
    static QString await(const Database *db);

    // For Database::open / close only.
    static bool takeRequest(const Database *db);
    static void start(const Database *db, bool holdWrites);
    static void closed(const Database *db);
};
