// cehours-cli activity add|list|delete, import-activities FILE [--dry-run].
#include "CliCommand.h"
#include "CliContext.h"
#include "CliUnit.h"
#include "Commands.h"
#include "domain/IdNumber.h"
#include "import/ActivityColumns.h"
#include "import/ActivityImporter.h"
#include "import/TableData.h"
#include "rules/CreditCalculator.h"
#include "rules/RuleSetRegistry.h"
#include "domain/Staff.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// Prints the preview; returns the exit code when the rows cannot be written (-1: go on).
int reportPreview(CliContext &ctx, const ActivityImporter::Preview &preview)
{
    if (!preview.ignoredColumns.isEmpty())
        ctx.err() << QCoreApplication::translate("cli", "Ignored columns: %1").arg(preview.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    ctx.out() << ActivityImporter::summary(preview) << Qt::endl;
    if (!preview.rows.isEmpty())
        ctx.out() << ActivityImporter::creditReport(preview);
    if (!preview.ok()) {
        ctx.err() << ActivityImporter::errorReport(preview);
        ctx.err() << QCoreApplication::translate("cli", "Nothing was imported: correct the rows above and import the file again.") << Qt::endl;
        return ExitBadInput;
    }
    if (preview.rows.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "The file has no activity rows.") << Qt::endl;
        return ExitBadInput;
    }
    return -1;
}

int importTables(CliContext &ctx, Database *db, const QString &file, const QList<TableData> *tables, bool dryRun, bool requireName)
{
    Unit unit;
    int rc = ExitOk;
    if (!CliUnit::unitWithRules(ctx, db, &unit, &rc))
        return rc;
    ActivityImporter importer(db->connection(), unit.id);
    importer.setRequireName(requireName);
    ActivityImporter::Preview preview;
    QString error;
    if (!(tables ? importer.analyseTables(*tables, &preview, &error) : importer.analyse(file, &preview, &error))) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    rc = reportPreview(ctx, preview);
    if (rc >= 0)
        return rc;
    if (dryRun) {
        ctx.out() << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    if (!importer.apply(preview, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Import failed, nothing was written: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    QStringList ids;
    for (const ActivityImporter::Row &r : std::as_const(preview.rows))
        ids << QString::number(r.activity.id);
    ctx.out() << QCoreApplication::translate("cli", "Added %n activity(ies): %1", nullptr, int(ids.size())).arg(ids.join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}

int activityAdd(CliContext &ctx)
{
    using C = ActivityColumns;
    const QList<QPair<QString, C::Common>> options = {
        {QStringLiteral("--id"), C::IdNumber}, {QStringLiteral("--name"), C::Name}, {QStringLiteral("--year"), C::Year},
        {QStringLiteral("--kind"), C::Kind}, {QStringLiteral("--title"), C::Title}, {QStringLiteral("--start"), C::Start},
        {QStringLiteral("--end"), C::End}, {QStringLiteral("--subject"), C::Subject}};
    QStringList header, row;
    for (const auto &o : options) {
        const QString v = ctx.takeOption(o.first);
        if (!v.isEmpty()) {
            header << C::header(o.second);
            row << v;
        }
    }
    for (QString p = ctx.takeOption(QStringLiteral("--param")); !p.isEmpty(); p = ctx.takeOption(QStringLiteral("--param"))) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.err() << QCoreApplication::translate("cli", "--param needs NAME=VALUE, not %1").arg(p) << Qt::endl;
            return ExitBadInput;
        }
        header << p.left(eq).trimmed();
        row << p.mid(eq + 1);
    }
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || !header.contains(C::header(C::IdNumber))
        || !header.contains(C::header(C::Kind))) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli activity add --id ID --kind KIND [--year Y] [--title T] [--start DATE] [--end DATE] "
                        "[--subject public|professional] [--name NAME] [--param FIELD=VALUE ...] [--dry-run]")
                  << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc, dryRun ? Database::Mode::ReadOnly : Database::Mode::Existing);
    if (!db)
        return rc;
    TableData table;
    table.sourceName = QStringLiteral("activity add");
    table.rows << header << row;
    const QList<TableData> tables{table};
    return importTables(ctx, db, QString(), &tables, dryRun, false);
}

int activityList(CliContext &ctx)
{
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString idText = ctx.takeOption(QStringLiteral("--id"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    int year = 0;
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || (!yearText.isEmpty() && !CliUnit::parseYear(yearText, &year))) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli activity list [--year Y] [--id ID] [--json]") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc, Database::Mode::ReadOnly);
    Unit unit;
    if (!db || !CliUnit::unitWithRules(ctx, db, &unit, &rc))
        return rc;
    const QHash<QString, Staff> staff = CliUnit::staffById(db, unit.id);
    const QString wanted = IdNumber::normalized(idText);
    if (!idText.isEmpty() && !staff.contains(wanted)) {
        ctx.err() << QCoreApplication::translate("cli", "No person with the ID number %1 in the registry").arg(idText) << Qt::endl;
        return ExitBadInput;
    }
    QList<Staff> people = staff.values();
    std::sort(people.begin(), people.end(), [](const Staff &a, const Staff &b) { return a.id < b.id; });
    QJsonArray array;
    if (!json)
        ctx.out() << "编号\t身份证号码\t姓名\t年度\t类别\t名称\t开始日期\t结束日期\t科目\t学时\t说明\n";
    int count = 0;
    ActivityRepository repo(db->connection());
    for (const Staff &s : std::as_const(people)) {
        if (!wanted.isEmpty() && s.idNumber != wanted)
            continue;
        for (const Activity &a : repo.list(s.id, year)) {
            const RuleSet *set = ActivityImporter::ruleSetFor(RuleSetRegistry::embedded(), unit.ruleSet, a.year);
            const CreditResult credit = set ? CreditCalculator::calculate(*set, ActivityInput::fromActivity(a)) : CreditResult();
            const QString explanation = credit.ok() ? credit.explanation : credit.error;
            ++count;
            if (json) {
                QJsonObject o = a.toJson();
                o.insert(QStringLiteral("idNumber"), s.idNumber);
                o.insert(QStringLiteral("name"), s.name);
                o.insert(QStringLiteral("hours"), credit.hours);
                o.insert(QStringLiteral("explanation"), explanation);
                array.append(o);
                continue;
            }
            ctx.out() << QStringList{QString::number(a.id), s.idNumber, s.name, QString::number(a.year), credit.kindLabel.isEmpty() ? a.kind : credit.kindLabel,
                                     a.title, a.startDate.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate),
                                     subjectLabel(subjectFromId(a.subject)), QString::number(credit.hours, 'g', 12), explanation}
                             .join(QLatin1Char('\t'))
                      << '\n';
        }
    }
    if (json)
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        ctx.out() << QCoreApplication::translate("cli", "%n activity(ies)", nullptr, count) << Qt::endl;
    return ExitOk;
}

int activityDelete(CliContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args().value(0).toLongLong(&ok);
    if (!ctx.unknownOptions().isEmpty() || ctx.args().size() != 1 || !ok) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli activity delete ACTIVITY_ID (the 编号 of activity list)") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc);
    if (!db)
        return rc;
    ActivityRepository repo(db->connection());
    Activity a;
    if (!repo.byId(id, &a)) {
        ctx.err() << QCoreApplication::translate("cli", "Activity %1 does not exist").arg(id) << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    if (!repo.remove(id, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << QCoreApplication::translate("cli", "Deleted activity %1.").arg(id) << Qt::endl;
    return ExitOk;
}
} // namespace

int runActivity(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext inner(args.mid(1), ctx.dbPath(), ctx.out(), ctx.err());
    if (sub == QLatin1String("add"))
        return activityAdd(inner);
    if (sub == QLatin1String("list"))
        return activityList(inner);
    if (sub == QLatin1String("delete"))
        return activityDelete(inner);
    ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli activity add|list|delete ... (see cehours-cli activity --help)") << Qt::endl;
    return ExitBadInput;
}

int runImportActivities(CliContext &ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (!ctx.unknownOptions().isEmpty() || ctx.args().size() != 1) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli import-activities FILE [--dry-run]") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    // Activities need a registry: a missing database is bad input, and is not created.
    Database *db = CliUnit::openExisting(ctx, &rc, dryRun ? Database::Mode::ReadOnly : Database::Mode::Existing);
    if (!db)
        return rc;
    return importTables(ctx, db, ctx.args().first(), nullptr, dryRun, true);
}
