#pragma once
#include <QString>
#include <functional>

class CliContext;

// Exit codes of cehours-cli.
enum CliExit { ExitOk = 0, ExitInternal = 1, ExitBadInput = 2 };

// One sub-command: `cehours-cli <name> ...`.
struct CliCommand
{
    QString name;
    QString synopsis;   // e.g. "import-staff FILE [--dry-run]"
    QString summary;    // one line for --help
    std::function<int(CliContext &)> run;
};

// All sub-commands, in --help order (CommandTable.cpp).
const QList<CliCommand> &cliCommands();

// Commands whose database integrity check runs alongside them (OverlappedCheck): their output is held
// until the check has passed, and a damaged file is refused as if checked first (CommandTable.cpp).
bool checksAlongside(const QString &commandName);
