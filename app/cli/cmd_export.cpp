// cehours-cli export --year Y --profile P --out FILE.xlsx|FILE.csv [--skip-errors] [--id ID[,ID…]]
//                    [--department D] [--to-year Y2]
// cehours-cli export --list-profiles
// Writes the provincial import file for the chosen year(s) and people through an export profile
// (resources/exports/). People whose year has errors stop the export (listed on stderr) unless
// --skip-errors leaves them out.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "export/ExportProfile.h"
#include "export/ExportSource.h"
#include "export/TableExporter.h"
#include "export/TableWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    return ok && *year >= 1990 && *year <= 2100;
}
} // namespace

int runExport(CliContext &ctx)
{
    if (ctx.takeFlag(QStringLiteral("--list-profiles"))) {
        for (const QString &id : ExportProfile::available()) {
            ExportProfile p;
            QString error;
            if (ExportProfile::load(id, &p, &error))
                ctx.out() << id << "\t" << p.name << "\t" << p.basis << "\n";
            else
                ctx.err() << error << Qt::endl;
        }
        return ExitOk;
    }
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString toYearText = ctx.takeOption(QStringLiteral("--to-year"));
    const QString profileId = ctx.takeOption(QStringLiteral("--profile"));
    const QString outPath = ctx.takeOption(QStringLiteral("--out"));
    const QString ids = ctx.takeOption(QStringLiteral("--id"));
    const QString department = ctx.takeOption(QStringLiteral("--department"));
    const bool skip = ctx.takeFlag(QStringLiteral("--skip-errors"));
    if (!ctx.unknownOptions().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
        return ExitBadInput;
    }
    int year = 0;
    int toYear = 0;
    if (!parseYear(yearText, &year) || (!toYearText.isEmpty() && (!parseYear(toYearText, &toYear) || toYear < year))) {
        ctx.err() << QCoreApplication::translate("cli", "Give the year: --year YYYY (and optionally --to-year YYYY)") << Qt::endl;
        return ExitBadInput;
    }
    if (toYear == 0)
        toYear = year;
    if (profileId.isEmpty() || outPath.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: export --year Y --profile P --out FILE.xlsx|FILE.csv [--skip-errors]") << Qt::endl;
        return ExitBadInput;
    }
    TableExporter::Format format;
    if (!TableExporter::formatFromPath(outPath, &format)) {
        ctx.err() << QCoreApplication::translate("cli", "The output file must end in .xlsx or .csv: %1").arg(outPath) << Qt::endl;
        return ExitBadInput;
    }
    ExportProfile profile;
    QString error;
    if (!ExportProfile::load(profileId, &profile, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    Database *db = ctx.database(Database::Mode::ReadOnly);
    if (!db)
        return ctx.databaseExit();
    ExportSource source(db->connection());
    ExportSource::Selection sel;
    if (!ids.isEmpty())
        for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
            sel.idNumbers << id.trimmed().toUpper();
    sel.department = department;
    TableExporter::Options options;
    options.skipErrors = skip;
    TableExporter::Result result;
    // Streamed: each person-year is read, credited and written before the next (nothing held).
    bool readFailed = false;
    const bool ok = TableWriter::exportYears(source, year, toYear, sel, profile, outPath, options, &result, &error, &readFailed);
    if (!ok && readFailed) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    if (!result.problems.isEmpty()) {
        ctx.err() << (ok ? QCoreApplication::translate("cli", "Left out (errors in their year):") : QCoreApplication::translate("cli", "People whose year has errors:")) << "\n";
        for (const QString &p : result.problems)
            ctx.err() << "  " << p << "\n";
    }
    if (!ok) {
        ctx.err() << error << Qt::endl;
        return result.refused ? ExitBadInput : ExitInternal;
    }
    for (const QString &f : result.files)
        ctx.out() << QDir::toNativeSeparators(QFileInfo(f).absoluteFilePath()) << "\n";
    ctx.out() << QCoreApplication::translate("cli", "%1 person-year rows, %2 activity rows").arg(result.personYearRows).arg(result.activityRows) << Qt::endl;
    return ExitOk;
}
