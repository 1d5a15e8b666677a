#pragma once
#include "domain/Unit.h"
#include "storage/Database.h"

#include <QHash>
#include <QString>

class CliContext;
class Database;
struct Staff;

// Helpers of the activity-side commands (activity, import-activities, compliance, declare, reopen).
namespace CliUnit {
// For commands that only read: opens the database only when its file exists (a missing file is
// bad input, exit 2, and nothing is created). Returns nullptr after printing the reason.
Database *openExisting(CliContext &ctx, int *exitCode, Database::Mode mode = Database::Mode::Existing);
// The unit with its rule set; false (message printed, *exitCode = 2) when there is none.
bool unitWithRules(CliContext &ctx, Database *db, Unit *unit, int *exitCode);
// The unit's people by 身份证号码.
QHash<QString, Staff> staffById(Database *db, qint64 unitId);
// "2025" -> 2025; false for anything that is not a year.
bool parseYear(const QString &text, int *year);
}
