// cehours-cli demo-data: a deterministic demo registry (or its import files) for trying the app and
// for the benchmarks (tests/bench/bench_cehours, docs/performance.md).
#include "CliCommand.h"
#include "CliContext.h"
#include "CliUnit.h"
#include "Commands.h"
#include "demo/DemoData.h"
#include "demo/DemoFiles.h"
#include "demo/DemoWriter.h"
#include "rules/RuleSetRegistry.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP("cli", "Usage: cehours-cli demo-data [--staff N] [--years Y] [--per-year K] [--seed S] [--events E] [--event-size P]"
                           " [--files FOLDER --rules SET]");

// "--name N" as a number; the default when absent; false when present but not a number.
bool numberOption(CliContext &ctx, const QString &name, qint64 fallback, qint64 *value)
{
    const QString text = ctx.takeOption(name);
    if (text.isEmpty()) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}
} // namespace

int runDemoData(CliContext &ctx)
{
    DemoData::Options o;
    qint64 staff = 0, years = 0, perYear = 0, seed = 0, events = 0, eventSize = 0;
    const bool numbersOk = numberOption(ctx, QStringLiteral("--staff"), o.staff, &staff)
        && numberOption(ctx, QStringLiteral("--years"), o.years, &years)
        && numberOption(ctx, QStringLiteral("--per-year"), o.perYear, &perYear)
        && numberOption(ctx, QStringLiteral("--seed"), qint64(o.seed), &seed)
        && numberOption(ctx, QStringLiteral("--events"), o.eventsPerYear, &events)
        && numberOption(ctx, QStringLiteral("--event-size"), o.eventSize, &eventSize);
    const QString folder = ctx.takeOption(QStringLiteral("--files"));
    QString rules = ctx.takeOption(QStringLiteral("--rules"));
    if (!numbersOk || !ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || staff > 2000000 || years > 100 || perYear > 1000
        || events > 10000 || eventSize > 2000000) {
        ctx.err() << QCoreApplication::translate("cli", kUsage) << Qt::endl;
        return ExitBadInput;
    }
    o.staff = int(staff);
    o.years = int(years);
    o.perYear = int(perYear);
    o.seed = quint64(seed);
    o.eventsPerYear = int(events);
    o.eventSize = int(eventSize);

    Database *db = nullptr;
    Unit unit;
    if (folder.isEmpty()) {
        // Only init (and the GUI's first start) create a database: demo data goes into an initialised one.
        int exitCode = ExitOk;
        db = CliUnit::openExisting(ctx, &exitCode);
        if (!db)
            return exitCode;
        if (db->isServer()) { // DemoWriter writes SQLite's way (row ids from the file, PRAGMAs)
            ctx.err() << QCoreApplication::translate("cli", "demo-data writes into SQLite files only; write the import files with "
                                                            "--files FOLDER and import them into the server database instead")
                      << Qt::endl;
            return ExitBadInput;
        }
        if (!CliUnit::unitWithRules(ctx, db, &unit, &exitCode))
            return exitCode;
        if (!rules.isEmpty() && rules != unit.ruleSet) {
            ctx.err() << QCoreApplication::translate("cli", "--rules %1 differs from the unit's rule set %2; leave it out").arg(rules, unit.ruleSet)
                      << Qt::endl;
            return ExitBadInput;
        }
        rules = unit.ruleSet;
    } else if (!RuleSetRegistry::embedded().find(rules)) {
        ctx.err() << QCoreApplication::translate("cli", "--files needs --rules SET naming a rule set (cehours-cli rules lists them)") << Qt::endl;
        return ExitBadInput;
    }
    DemoData data(o, rules, Clock::current().today());
    QString error;
    if (!data.prepare(&error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    for (const QString &kind : data.skippedKinds())
        ctx.err() << QCoreApplication::translate("cli", "No valid parameters found for kind %1; it is left out").arg(kind) << Qt::endl;
    if (!folder.isEmpty()) {
        QStringList written;
        if (!DemoFiles::write(data, folder, &written, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitInternal;
        }
        for (const QString &f : written)
            ctx.out() << f << '\n';
        ctx.out() << QCoreApplication::translate("cli", "Demo files written: %n file(s).", nullptr, int(written.size())) << Qt::endl;
        return ExitOk;
    }
    DemoWriter::Counts counts;
    DemoWriter writer(db->connection(), unit.id);
    if (!writer.write(data, &counts, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Nothing was written: %1").arg(error) << Qt::endl;
        return writer.refusedNotEmpty() ? ExitBadInput : ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Demo data written: %1 people, %2 activities, %3 events with %4 participants.")
                     .arg(counts.staff)
                     .arg(counts.activities)
                     .arg(counts.events)
                     .arg(counts.participants)
              << Qt::endl;
    return ExitOk;
}
