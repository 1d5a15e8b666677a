#include "CliUnit.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "domain/IdNumber.h"
#include "domain/Staff.h"
#include "rules/RuleSetRegistry.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/DatabaseRelocator.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CliUnit {

Database *openExisting(CliContext &ctx, int *exitCode, Database::Mode mode)
{
    const QString path = ctx.dbPath().isEmpty() ? DatabaseRelocator::configuredPath() : ctx.dbPath();
    if (!DatabaseLocation::isUrl(path) && !QFileInfo::exists(path)) { // a server's database is checked on opening
        ctx.err() << QCoreApplication::translate("cli", "No database at %1 (create it with cehours-cli init)").arg(path) << Qt::endl;
        *exitCode = ExitBadInput;
        return nullptr;
    }
    Database *db = ctx.database(mode);
    if (!db)
        *exitCode = ctx.databaseExit();
    return db;
}

bool unitWithRules(CliContext &ctx, Database *db, Unit *unit, int *exitCode)
{
    if (!UnitRepository(db->connection()).first(unit) || unit->ruleSet.isEmpty() || !RuleSetRegistry::embedded().find(unit->ruleSet)) {
        ctx.err() << QCoreApplication::translate("cli", "The unit has no province rule set: run cehours-cli init --rules SET first") << Qt::endl;
        *exitCode = ExitBadInput;
        return false;
    }
    return true;
}

QHash<QString, Staff> staffById(Database *db, qint64 unitId)
{
    QHash<QString, Staff> out;
    for (const Staff &s : StaffRepository(db->connection()).list(unitId))
        out.insert(s.idNumber, s);
    return out;
}

bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.trimmed().toInt(&ok);
    return ok && *year >= 1990 && *year <= 2100;
}

} // namespace CliUnit
