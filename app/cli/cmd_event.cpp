// cehours-cli event create|edit|list|show|delete|add-participants|import|set-result (docs/events.md).
// EVENT is the event's number (event list) or its exact theme when only one event has it.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "events/EventActivities.h"
#include "events/EventRepository.h"
#include "events/FilingCheck.h"
#include "events/ParticipantImporter.h"
#include "export/ExportData.h"
#include "import/RosterColumns.h"
#include "rules/RuleSet.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
int usage(CliContext &ctx)
{
    ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli event create|edit|list|show|delete|add-participants|import|set-result ... (see docs/events.md)")
              << Qt::endl;
    return ExitBadInput;
}

bool unknownOption(CliContext &ctx)
{
    if (ctx.unknownOptions().isEmpty())
        return false;
    ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
    return true;
}

qint64 resolveEvent(CliContext &ctx, QSqlDatabase db, const QString &text)
{
    QString error;
    const qint64 id = EventRepository(db).find(text, &error);
    if (!id)
        ctx.err() << error << Qt::endl;
    return id;
}

// Reads the event's options into e (only those given); false with a message on a bad value.
bool readEventOptions(CliContext &ctx, TrainingEvent &e)
{
    auto text = [&ctx](const char *name, QString &target) {
        const QString v = ctx.takeOption(QLatin1String(name));
        if (!v.isNull() && !v.isEmpty())
            target = v.trimmed();
    };
    text("--title", e.title);
    text("--organizer", e.organizer);
    text("--host", e.host);
    text("--kind", e.kind);
    text("--subject", e.subject);
    text("--mode", e.mode);
    text("--place", e.place);
    text("--filing-number", e.filingNumber);
    text("--filing-authority", e.filingAuthority);
    text("--notes", e.notes);
    const QList<QPair<const char *, QDate *>> dates = {{"--start", &e.startDate}, {"--end", &e.endDate}, {"--filing-date", &e.filingDate}};
    for (const auto &d : dates) {
        const QString v = ctx.takeOption(QLatin1String(d.first));
        if (v.isEmpty())
            continue;
        *d.second = RosterColumns::parseDate(v);
        if (!d.second->isValid()) {
            ctx.err() << QCoreApplication::translate("cli", "%1: %2 is not a date (write it as 2025-03-10)").arg(QLatin1String(d.first), v) << Qt::endl;
            return false;
        }
    }
    for (QString p = ctx.takeOption(QStringLiteral("--param")); !p.isEmpty(); p = ctx.takeOption(QStringLiteral("--param"))) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.err() << QCoreApplication::translate("cli", "--param wants NAME=VALUE, not %1").arg(p) << Qt::endl;
            return false;
        }
        e.params.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
    }
    if (!e.endDate.isValid())
        e.endDate = e.startDate;
    return true;
}

void printWarnings(CliContext &ctx, QSqlDatabase db, const TrainingEvent &e)
{
    if (const RuleSet *set = EventActivities::ruleSet(db, e.year(), nullptr))
        for (const QString &w : FilingCheck::warnings(*set, e))
            ctx.err() << QCoreApplication::translate("cli", "Warning: %1").arg(w) << Qt::endl;
}

int createOrEdit(CliContext &ctx, QSqlDatabase db, bool create)
{
    TrainingEvent e;
    EventRepository events(db);
    if (!create) {
        if (ctx.args().size() < 2)
            return usage(ctx);
        const qint64 id = resolveEvent(ctx, db, ctx.args().at(1));
        if (!id || !events.byId(id, &e))
            return ExitBadInput;
    }
    if (!readEventOptions(ctx, e))
        return ExitBadInput;
    if (unknownOption(ctx))
        return ExitBadInput;
    QString error;
    if (!(create ? events.create(e, &error) : events.update(e, &error))) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    printWarnings(ctx, db, e);
    ctx.out() << (create ? QCoreApplication::translate("cli", "Created training event %1: %2") : QCoreApplication::translate("cli", "Saved training event %1: %2")).arg(e.id).arg(e.title) << Qt::endl;
    return ExitOk;
}

int listEvents(CliContext &ctx, QSqlDatabase db)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const int year = ctx.takeOption(QStringLiteral("--year")).toInt();
    if (unknownOption(ctx))
        return ExitBadInput;
    const QList<EventRepository::Summary> list = EventRepository(db).list(year);
    if (json) {
        QJsonArray array;
        for (const EventRepository::Summary &s : list) {
            QJsonObject o = s.event.toJson();
            o.insert(QStringLiteral("participants"), s.participants);
            o.insert(QStringLiteral("passed"), s.passed);
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out() << "编号\t开始日期\t结束日期\t培训主题\t参加人数\t合格人数\n";
    for (const EventRepository::Summary &s : list)
        ctx.out() << s.event.id << '\t' << s.event.startDate.toString(Qt::ISODate) << '\t' << s.event.endDate.toString(Qt::ISODate) << '\t'
                  << s.event.title << '\t' << s.participants << '\t' << s.passed << '\n';
    ctx.out() << QCoreApplication::translate("cli", "%1 training event(s)").arg(list.size()) << Qt::endl;
    return ExitOk;
}

int showEvent(CliContext &ctx, QSqlDatabase db)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (unknownOption(ctx) || ctx.args().size() != 2)
        return usage(ctx);
    const qint64 id = resolveEvent(ctx, db, ctx.args().at(1));
    TrainingEvent e;
    if (!id || !EventRepository(db).byId(id, &e))
        return ExitBadInput;
    QString error;
    const RuleSet *set = EventActivities::ruleSet(db, e.year(), &error);
    if (!set) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    const QStringList warnings = FilingCheck::warnings(*set, e);
    QJsonArray people;
    QString table = QStringLiteral("序号\t身份证号码\t姓名\t部门\t考试结果\t实际参加天数\t培训学时\t备注\n");
    for (const EventParticipant &p : EventRepository(db).participants(id)) {
        const CreditResult c = EventActivities::credit(*set, e, p);
        QJsonObject o = p.toJson();
        o.insert(QStringLiteral("hours"), c.ok() ? c.hours : 0);
        o.insert(QStringLiteral("explanation"), c.ok() ? c.explanation : c.error);
        people.append(o);
        table += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                     .arg(p.position)
                     .arg(p.idNumber, p.name, p.department, p.result, p.daysAttended > 0 ? QString::number(p.daysAttended) : QString(),
                          c.ok() ? ExportText::hours(c.hours) : c.error, p.remark);
    }
    if (json) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("participants"), people);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out() << "培训主题：" << e.title << "\n培训时间：" << e.startDate.toString(Qt::ISODate) << " 至 " << e.endDate.toString(Qt::ISODate)
              << "\n类别：" << (set->kind(e.kind) ? set->kind(e.kind)->label : e.kind) << "\n主办单位：" << e.organizer << "\n承办单位："
              << e.host << "\n培训形式：" << e.mode << "\n地点：" << e.place << "\n备案：" << e.filingNumber << ' '
              << e.filingDate.toString(Qt::ISODate) << ' ' << e.filingAuthority << "\n\n"
              << table;
    for (const QString &w : warnings)
        ctx.out() << QCoreApplication::translate("cli", "Warning: %1").arg(w) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int deleteEvent(CliContext &ctx, QSqlDatabase db)
{
    if (unknownOption(ctx) || ctx.args().size() != 2)
        return usage(ctx);
    const qint64 id = resolveEvent(ctx, db, ctx.args().at(1));
    if (!id)
        return ExitBadInput;
    QString error;
    QStringList files;
    if (!EventRepository(db).remove(id, &error, &files)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    EvidenceStore store(db, ctx.database()->evidenceDir());
    for (const QString &sha : files)
        store.releaseFile(sha);
    ctx.out() << QCoreApplication::translate("cli", "Deleted training event %1 and the activities it owned").arg(id) << Qt::endl;
    return ExitOk;
}

int importParticipants(CliContext &ctx, QSqlDatabase db)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (unknownOption(ctx) || ctx.args().size() != 3)
        return usage(ctx);
    const qint64 id = resolveEvent(ctx, db, ctx.args().at(1));
    if (!id)
        return ExitBadInput;
    ParticipantImporter importer(db, id);
    ParticipantImporter::Preview preview;
    QString error;
    if (!importer.analyse(ctx.args().at(2), &preview, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << ParticipantImporter::summary(preview) << Qt::endl;
    for (const QString &w : preview.warnings)
        ctx.err() << QCoreApplication::translate("cli", "Warning: %1").arg(w) << Qt::endl;
    if (!preview.ok()) {
        ctx.err() << ParticipantImporter::errorReport(preview);
        ctx.err() << QCoreApplication::translate("cli", "Nothing was imported: correct the rows above and import the file again.") << Qt::endl;
        return ExitBadInput;
    }
    if (dryRun) {
        for (const EventParticipant &p : preview.toAdd)
            ctx.out() << QCoreApplication::translate("cli", "add") << '\t' << p.idNumber << '\t' << p.name << '\t' << p.result << '\n';
        for (const EventParticipant &p : preview.toChange)
            ctx.out() << QCoreApplication::translate("cli", "change") << '\t' << p.idNumber << '\t' << p.name << '\t' << p.result << '\n';
        ctx.out() << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    if (!importer.apply(preview, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Import failed, nothing was written: %1").arg(error) << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << QCoreApplication::translate("cli", "Imported: %1 added, %2 changed.").arg(preview.toAdd.size()).arg(preview.toChange.size()) << Qt::endl;
    return ExitOk;
}

int setResult(CliContext &ctx, QSqlDatabase db)
{
    const QString days = ctx.takeOption(QStringLiteral("--days"));
    const QString remark = ctx.takeOption(QStringLiteral("--remark"));
    if (unknownOption(ctx) || ctx.args().size() != 4)
        return usage(ctx);
    const qint64 id = resolveEvent(ctx, db, ctx.args().at(1));
    if (!id)
        return ExitBadInput;
    const QString idNumber = ctx.args().at(2).trimmed().toUpper();
    for (EventParticipant p : EventRepository(db).participants(id)) {
        if (p.idNumber != idNumber)
            continue;
        p.result = ctx.args().at(3).trimmed();
        if (!EventParticipant::results().contains(p.result)) {
            ctx.err() << QCoreApplication::translate("cli", "考试结果 must be one of %1").arg(EventParticipant::results().join(QStringLiteral(" / "))) << Qt::endl;
            return ExitBadInput;
        }
        if (!days.isEmpty())
            p.daysAttended = days.toDouble();
        if (!remark.isEmpty())
            p.remark = remark;
        QString error;
        if (!EventRepository(db).updateParticipant(p, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitBadInput;
        }
        ctx.out() << p.name << '\t' << p.result << Qt::endl;
        return ExitOk;
    }
    ctx.err() << QCoreApplication::translate("cli", "%1 is not on training event %2").arg(idNumber).arg(id) << Qt::endl;
    return ExitBadInput;
}
} // namespace

int runEvent(CliContext &ctx)
{
    const QString sub = ctx.args().value(0);
    if (sub.isEmpty() || sub.startsWith(QLatin1String("--")))
        return usage(ctx);
    static const QStringList known = {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("list"), QStringLiteral("show"),
                                      QStringLiteral("delete"), QStringLiteral("add-participants"), QStringLiteral("import"),
                                      QStringLiteral("set-result")};
    if (!known.contains(sub))
        return usage(ctx);
    const bool readsOnly = sub == QLatin1String("list") || sub == QLatin1String("show");
    Database *database = ctx.database(readsOnly ? Database::Mode::ReadOnly : Database::Mode::Existing);
    if (!database)
        return ctx.databaseExit();
    const QSqlDatabase db = database->connection();
    Unit unit;
    if (!UnitRepository(db).first(&unit) && sub != QLatin1String("list")) {
        ctx.err() << QCoreApplication::translate("cli", "The registry has no unit yet (run init with the unit's details)") << Qt::endl;
        return ExitBadInput;
    }
    if (sub == QLatin1String("create") || sub == QLatin1String("edit"))
        return createOrEdit(ctx, db, sub == QLatin1String("create"));
    if (sub == QLatin1String("list"))
        return listEvents(ctx, db);
    if (sub == QLatin1String("show"))
        return showEvent(ctx, db);
    if (sub == QLatin1String("delete"))
        return deleteEvent(ctx, db);
    if (sub == QLatin1String("set-result"))
        return setResult(ctx, db);
    return importParticipants(ctx, db);
}
