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
        {QStringLiteral("template"), QStringLiteral("template staff [--out FILE.csv|FILE.xlsx] | activities --rules SET [--out FILE.xlsx|FILE.csv]"),
         QCoreApplication::translate("cli", "Write the roster or activity import template"), runTemplate},
        {QStringLiteral("credits"), QStringLiteral("credits --rules SET --input FILE.json|FILE.csv [--json] [--cycle YEAR [--cycle-years N]]"),
         QCoreApplication::translate("cli", "Credit hours per activity with explanations, yearly totals and verdicts"), runCredits},
        {QStringLiteral("rules"), QStringLiteral("rules [SET] [--json]"),
         QCoreApplication::translate("cli", "List the rule sets and their activity kinds with fields"), runRules},
        {QStringLiteral("export"), QStringLiteral("export --year Y --profile P --out FILE.xlsx|FILE.csv [--skip-errors] [--id ID,...] [--department D] | --list-profiles"),
         QCoreApplication::translate("cli", "Write the provincial import file of a year through an export profile"), runExport},
        {QStringLiteral("print"), QStringLiteral("print summary-sheet|certificate|registration-record|report ... --pdf FILE.pdf"),
         QCoreApplication::translate("cli", "Print a form to PDF: training summary sheet, credit-hour certificate, yearly compliance report"), runPrint},
        {QStringLiteral("event"), QStringLiteral("event create|edit|list|show|delete|add-participants|import|set-result ... [--json]"),
         QCoreApplication::translate("cli", "Training events (培训班): participants, exam results, the activities they credit"), runEvent},
        {QStringLiteral("activity"), QStringLiteral("activity add --id ID --kind KIND [--year Y --title T --start D --end D --subject S --param FIELD=VALUE ...] | list [--year Y] [--id ID] [--json] | delete ACTIVITY_ID"),
         QCoreApplication::translate("cli", "Add, list or delete stored activities (locked years refuse changes)"), runActivity},
        {QStringLiteral("import-activities"), QStringLiteral("import-activities FILE [--dry-run]"),
         QCoreApplication::translate("cli", "Import activities of any kind (.xlsx/.csv) with each row's credit; nothing is written if any row fails"), runImportActivities},
        {QStringLiteral("compliance"), QStringLiteral("compliance --year Y [--department D] [--json]"),
         QCoreApplication::translate("cli", "Each person's hours and verdict for a year from the database"), runCompliance},
        {QStringLiteral("declare"), QStringLiteral("declare --year Y [--id ID,...]"),
         QCoreApplication::translate("cli", "Submit and lock the year's declarations (default: every compliant person with an open year)"), runDeclare},
        {QStringLiteral("reopen"), QStringLiteral("reopen --year Y --id ID --reason TEXT"),
         QCoreApplication::translate("cli", "Reopen a submitted year of one person, with the reason (audited)"), runReopen},
        {QStringLiteral("audit"), QStringLiteral("audit verify"),
         QCoreApplication::translate("cli", "Check the audit log's hash chain and every submitted year's seal (read-only; exit 2 if broken)"), runAudit},
        {QStringLiteral("evidence"), QStringLiteral("evidence verify"),
         QCoreApplication::translate("cli", "Re-hash every stored evidence file; list missing and altered ones (read-only; exit 2 if any)"), runEvidence},
        {QStringLiteral("backup"), QStringLiteral("backup"),
         QCoreApplication::translate("cli", "Back up the database (and its evidence files) into backups/ beside it"), runBackup},
        {QStringLiteral("backups"), QStringLiteral("backups [--json]"),
         QCoreApplication::translate("cli", "List the backups of the database, newest first"), runBackups},
        {QStringLiteral("restore"), QStringLiteral("restore FILE"),
         QCoreApplication::translate("cli", "Replace the database by a backup (checked first; the current file is backed up before)"), runRestore},
        {QStringLiteral("check"), QStringLiteral("check [--full]"),
         QCoreApplication::translate("cli", "Check the database file for damage (quick_check, or integrity_check with --full)"), runCheck},
        {QStringLiteral("demo-data"), QStringLiteral("demo-data [--staff N] [--years Y] [--per-year K] [--seed S] [--events E] [--event-size P] [--files FOLDER --rules SET]"),
         QCoreApplication::translate("cli", "Fill an initialised, empty database with deterministic demo data, or write it as import files into a folder"), runDemoData},
        {QStringLiteral("recompute"), QStringLiteral("recompute [--year Y]"),
         QCoreApplication::translate("cli", "Recompute every stored person-year verdict (hours, verdict, shortfalls) from the activities"), runRecompute},
        {QStringLiteral("user"), QStringLiteral("user add NAME --role 管理员|经办人|查看 [--departments A,B] [--password-from-stdin] | list [--json] | set-role NAME --role R [--departments A,B] | password NAME | remove NAME | grants"),
         QCoreApplication::translate("cli", "The administrator's users and roles on a PostgreSQL database (refused on a SQLite file: roles are not enforced)"), runUser},
        {QStringLiteral("migrate"), QStringLiteral("migrate --from SQLITE_FILE|postgresql://… --to SQLITE_FILE|postgresql://…"),
         QCoreApplication::translate("cli", "Copy the whole registry (evidence and audit chain too) into an empty database of the other backend, in one transaction, and verify it"), runMigrate},
    };
    return commands;
}

bool checksAlongside(const QString &commandName)
{
    // Not the commands that stream large output, wait for other seats or check the file themselves
    // (check, backup, restore); they check before they start, as every command did.
    static const QStringList names = {QStringLiteral("export"),           QStringLiteral("print"),
                                      QStringLiteral("import-staff"),     QStringLiteral("import-activities"),
                                      QStringLiteral("recompute"),        QStringLiteral("compliance"),
                                      QStringLiteral("list-staff")};
    return names.contains(commandName);
}
