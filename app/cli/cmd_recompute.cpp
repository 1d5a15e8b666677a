// cehours-cli recompute [--year Y]: every stored person-year verdict recomputed from the activities.
#include "CliContext.h"
#include "CliUnit.h"
#include "Commands.h"
#include "CliCommand.h"
#include "storage/Database.h"
#include "storage/VerdictRecompute.h"

#include <QCoreApplication>

int runRecompute(CliContext &ctx)
{
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    int year = 0;
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || (!yearText.isEmpty() && !CliUnit::parseYear(yearText, &year))) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli recompute [--year Y]") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    // A recompute that finds every stored verdict current writes nothing: it is checked like a read,
    // and the whole file is checked only before it writes (docs/reliability-db.md).
    ctx.setWholeCheckOnlyToWrite(true);
    Database *db = CliUnit::openExisting(ctx, &rc);
    if (!db)
        return rc;
    VerdictRecompute job(db->connection());
    QString error;
    if (!job.run(year, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    const VerdictRecompute::Figures f = job.figures();
    ctx.out() << QCoreApplication::translate("cli", "Recomputed %1 person-year verdict(s) of %2 people in %3 s (%4 worker thread(s)).")
                     .arg(f.personYears)
                     .arg(f.people)
                     .arg(QString::number(f.seconds, 'f', 3))
                     .arg(f.workers)
              << Qt::endl;
    return ExitOk;
}
