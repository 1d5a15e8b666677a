#pragma once
#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

class Database;

// What a sub-command gets: its own arguments, the output streams and the database on demand.
class CliContext
{
public:
    CliContext(QStringList args, QString dbPath, QTextStream &out, QTextStream &err);
    ~CliContext();

    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // True (and removes it) when the flag is among the arguments.
    bool takeFlag(const QString &flag);
    // Value of "--name VALUE" or "--name=VALUE" (removed from args); empty when absent.
    QString takeOption(const QString &name);
    // Arguments left that start with "--": reported as unknown by commands.
    QStringList unknownOptions() const;

    // Opens the database given by --db or the default one: Existing (must exist; upgraded if needed),
    // ReadOnly (commands that only read: never writes the file) or Create (`init` only).
    // Returns nullptr and prints the reason on err() when it cannot be opened; databaseExit() then
    // says how to exit (2 when the file is missing/refused and nothing was changed, 1 otherwise).
    Database *database(Database::Mode mode = Database::Mode::Existing);
    int databaseExit() const { return m_dbExit; }
    // The database's integrity check runs alongside the command (OverlappedCheck; set before database()).
    void setCheckAlongside(bool on) { m_checkAlongside = on; }
    // recompute: the check alongside covers what a read is checked for, the whole file only once the
    // command asks to write (OverlappedCheck::request; docs/reliability-db.md). Before database().
    void setWholeCheckOnlyToWrite(bool on) { m_wholeCheckOnlyToWrite = on; }
    // Waits for that check: empty when the file is sound (or was checked on open), else the refusal to
    // print ("Cannot open database …: … is damaged …").
    QString awaitCheck();
    QString dbPath() const { return m_dbPath; }

private:
    QStringList m_args;
    QString m_dbPath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    int m_dbExit = 1;
    bool m_checkAlongside = false;
    bool m_wholeCheckOnlyToWrite = false;
    QString m_openedPath;
};
