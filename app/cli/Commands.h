#pragma once
class CliContext;

// One function per sub-command; each lives in its own cmd_*.cpp.
int runInit(CliContext &ctx);
int runImportStaff(CliContext &ctx);
int runListStaff(CliContext &ctx);
int runTemplate(CliContext &ctx);
int runCredits(CliContext &ctx);
int runRules(CliContext &ctx);
int runExport(CliContext &ctx);
int runPrint(CliContext &ctx);
int runEvent(CliContext &ctx);
int runActivity(CliContext &ctx);
int runImportActivities(CliContext &ctx);
int runCompliance(CliContext &ctx);
int runDeclare(CliContext &ctx);
int runReopen(CliContext &ctx);
int runAudit(CliContext &ctx);
int runEvidence(CliContext &ctx);
int runBackup(CliContext &ctx);
int runBackups(CliContext &ctx);
int runRestore(CliContext &ctx);
int runCheck(CliContext &ctx);
int runDemoData(CliContext &ctx);
int runRecompute(CliContext &ctx);
int runUser(CliContext &ctx);
int runMigrate(CliContext &ctx);
