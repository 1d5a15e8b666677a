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
