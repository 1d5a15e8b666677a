// cehours-cli init: create or upgrade the database, optionally describing the unit.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>

int runInit(CliContext &ctx)
{
    const QString name = ctx.takeOption(QStringLiteral("--unit-name"));
    const QString code = ctx.takeOption(QStringLiteral("--credit-code"));
    const QString rules = ctx.takeOption(QStringLiteral("--rules"));
    const QString nature = ctx.takeOption(QStringLiteral("--nature"));
    const QString region = ctx.takeOption(QStringLiteral("--region"));
    const QString contact = ctx.takeOption(QStringLiteral("--contact"));
    const QString phone = ctx.takeOption(QStringLiteral("--contact-phone"));
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "init: unexpected arguments: %1").arg(ctx.args().join(QLatin1Char(' '))) << Qt::endl;
        return ExitBadInput;
    }
    Database *db = ctx.database(Database::Mode::Create);
    if (!db)
        return ctx.databaseExit();
    UnitRepository units(db->connection());
    // Looking for the unit and adding it is one write transaction (two `init` at once add one unit).
    Transaction tx(db->connection());
    if (!tx.isActive()) {
        ctx.err() << tx.errorString() << Qt::endl;
        return ExitInternal;
    }
    Unit unit;
    QString error;
    const bool hasUnit = units.first(&unit, &error);
    if (!hasUnit && !error.isEmpty()) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    const bool changing = !(name.isEmpty() && code.isEmpty() && rules.isEmpty() && nature.isEmpty() && region.isEmpty()
                            && contact.isEmpty() && phone.isEmpty());
    if (changing || !hasUnit) {
        auto set = [](QString &field, const QString &value) {
            if (!value.isEmpty())
                field = value;
        };
        set(unit.name, name);
        set(unit.creditCode, code);
        set(unit.ruleSet, rules);
        set(unit.nature, nature);
        set(unit.region, region);
        set(unit.contactPerson, contact);
        set(unit.contactPhone, phone);
        if (unit.name.isEmpty())
            unit.name = QCoreApplication::translate("UnitRepository", "My unit");
        if (!units.save(unit, &error)) {
            ctx.err() << QCoreApplication::translate("cli", "init: %1").arg(error) << Qt::endl;
            return ExitBadInput;
        }
    }
    if (!tx.commit()) {
        ctx.err() << tx.errorString() << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Database %1 (schema version %2), unit: %3")
                     .arg(db->path())
                     .arg(db->schemaVersion())
                     .arg(unit.name)
              << Qt::endl;
    return ExitOk;
}
