#pragma once
#include <QString>

#include <functional>

class Database;

// Moves the registry (database + evidence store) to another folder, e.g. a shared drive, for the
// "storage location" setting. Copy first, verify, and only then report the new path: the caller
// stores it (setConfiguredPath) and reopens the database there. On any failure nothing is lost:
// the old database and evidence stay where they were and whatever was written at the target is
// removed again.
//
//   DatabaseRelocator::Result r = DatabaseRelocator::relocate(db, folder);
//   if (r.ok) { DatabaseRelocator::setConfiguredPath(r.databasePath); db.open(r.databasePath); }
//   else      QMessageBox::warning(..., r.error);
class DatabaseRelocator
{
public:
    struct Result
    {
        bool ok = false;
        QString databasePath;  // <targetDir>/<same file name>, e.g. S:/HR/cehours.sqlite
        QString evidenceDir;   // <targetDir>/<base name>-evidence (what Database::evidenceDir() gives there)
        int evidenceFiles = 0; // files copied and verified
        QString error;         // translated reason when !ok
    };

    // Called with (done, total) steps; total = evidence files + 2 (database copy, verification).
    using Progress = std::function<void(int done, int total)>;

    // Copies the open database `db` (a consistent snapshot with SQLite's VACUUM INTO, so it may stay
    // open and in WAL mode) and its evidence store into targetDir, then verifies the copy:
    // PRAGMA integrity_check, same schema version and row counts of every table, same evidence file
    // count, each copied file's SHA-256 equal to its name. Refuses a folder that already holds a
    // database or evidence of that name. Does not close or change `db`.
    static Result relocate(const Database &db, const QString &targetDir, const Progress &progress = {});

    // QSettings key where the GUI keeps the chosen database path.
    static QString settingsKey() { return QStringLiteral("storage/databasePath"); }
    // The database to open: the path stored under settingsKey(), or Database::defaultPath().
    static QString configuredPath();
    static void setConfiguredPath(const QString &databasePath);
};
