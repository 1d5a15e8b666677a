#include "CliCommand.h"
#include "Commands.h"

#include <QCoreApplication>

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
        {QStringLiteral("init"), QStringLiteral("init [--unit-name NAME --credit-code CODE --rules SET ...]"),
         QCoreApplication::translate("cli", "Create or upgrade the database; optionally set the unit"), runInit},
        {QStringLiteral("import-staff"), QStringLiteral("import-staff FILE [--dry-run]"),
         QCoreApplication::translate("cli", "Import a staff roster (.csv or .xlsx); nothing is written if any row fails"), runImportStaff},
        {QStringLiteral("list-staff"), QStringLiteral("list-staff [--json]"),
         QCoreApplication::translate("cli", "List the staff registry"), runListStaff},
        {QStringLiteral("template"), QStringLiteral("template staff [--out FILE.csv|FILE.xlsx]"),
         QCoreApplication::translate("cli", "Write the roster import template"), runTemplate},
        {QStringLiteral("credits"), QStringLiteral("credits --rules SET --input FILE.json|FILE.csv [--json] [--cycle YEAR [--cycle-years N]]"),
         QCoreApplication::translate("cli", "Credit hours per activity with explanations, yearly totals and verdicts"), runCredits},
        {QStringLiteral("rules"), QStringLiteral("rules [SET] [--json]"),
         QCoreApplication::translate("cli", "List the rule sets and their activity kinds with fields"), runRules},
        {QStringLiteral("export"), QStringLiteral("export --year Y --profile P --out FILE.xlsx|FILE.csv [--skip-errors] [--id ID,...] [--department D] | --list-profiles"),
         QCoreApplication::translate("cli", "Write the provincial import file of a year through an export profile"), runExport},
        {QStringLiteral("print"), QStringLiteral("print summary-sheet|certificate|report ... --pdf FILE.pdf"),
         QCoreApplication::translate("cli", "Print a form to PDF: training summary sheet, credit-hour certificate, yearly compliance report"), runPrint},
        {QStringLiteral("backup"), QStringLiteral("backup"),
         QCoreApplication::translate("cli", "Back up the database (and its evidence files) into backups/ beside it"), runBackup},
        {QStringLiteral("backups"), QStringLiteral("backups [--json]"),
         QCoreApplication::translate("cli", "List the backups of the database, newest first"), runBackups},
        {QStringLiteral("restore"), QStringLiteral("restore FILE"),
         QCoreApplication::translate("cli", "Replace the database by a backup (checked first; the current file is backed up before)"), runRestore},
        {QStringLiteral("check"), QStringLiteral("check [--full]"),
         QCoreApplication::translate("cli", "Check the database file for damage (quick_check, or integrity_check with --full)"), runCheck},
    };
    return commands;
}
