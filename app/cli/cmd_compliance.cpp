// cehours-cli compliance --year Y [--department D] [--json]; declare --year Y [--id ID,...];
// reopen --year Y --id ID --reason TEXT.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliUnit.h"
#include "Commands.h"
#include "domain/IdNumber.h"
#include "domain/Staff.h"
#include "import/ActivityImporter.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ComplianceTable.h"
#include "storage/Database.h"
#include "storage/YearLockRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString hoursText(double h)
{
    return QString::number(h, 'g', 12);
}

// People of the unit in registry order, those of a department only when asked.
QList<Staff> peopleOf(Database *db, qint64 unitId, const QString &department)
{
    QList<Staff> people = CliUnit::staffById(db, unitId).values();
    std::sort(people.begin(), people.end(), [](const Staff &a, const Staff &b) { return a.id < b.id; });
    if (!department.isEmpty())
        people.erase(std::remove_if(people.begin(), people.end(), [&](const Staff &s) { return s.department != department; }), people.end());
    return people;
}

// The people named by --id ID,ID (all of them must exist); false after printing the unknown ones.
bool namedPeople(CliContext &ctx, Database *db, qint64 unitId, const QString &ids, QList<Staff> *out)
{
    const QHash<QString, Staff> staff = CliUnit::staffById(db, unitId);
    QStringList unknown;
    for (const QString &raw : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = IdNumber::normalized(raw.trimmed());
        if (staff.contains(id))
            *out << staff.value(id);
        else
            unknown << raw.trimmed();
    }
    if (!unknown.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "No person with the ID number(s) %1 in the registry").arg(unknown.join(QStringLiteral(", "))) << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int runCompliance(CliContext &ctx)
{
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString department = ctx.takeOption(QStringLiteral("--department"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    int year = 0;
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || !CliUnit::parseYear(yearText, &year)) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli compliance --year Y [--department D] [--json]") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc, Database::Mode::ReadOnly);
    Unit unit;
    if (!db || !CliUnit::unitWithRules(ctx, db, &unit, &rc))
        return rc;
    const RuleSet *set = ActivityImporter::ruleSetFor(RuleSetRegistry::embedded(), unit.ruleSet, year);
    const ComplianceTable table(db->connection());
    // The stored verdicts; --json prints every item with its explanation, so it computes them live.
    const QHash<qint64, YearResult> results = json ? table.unitYearDetailed(*set, unit.id, year) : table.unitYear(*set, unit.id, year);
    YearLockRepository locks(db->connection());
    QJsonArray array;
    if (!json)
        ctx.out() << "身份证号码\t姓名\t部门\t状态\t公需科目\t专业科目\t合计\t结论\t年度申报\n";
    int compliant = 0;
    const QList<Staff> people = peopleOf(db, unit.id, department);
    for (const Staff &s : people) {
        const YearResult r = results.value(s.id);
        compliant += r.compliant ? 1 : 0;
        const bool locked = locks.isLocked(s.id, year);
        if (json) {
            QJsonObject o{{QStringLiteral("idNumber"), s.idNumber}, {QStringLiteral("name"), s.name},
                          {QStringLiteral("department"), s.department}, {QStringLiteral("status"), s.status},
                          {QStringLiteral("declared"), locked}, {QStringLiteral("result"), r.toJson()}};
            array.append(o);
            continue;
        }
        ctx.out() << QStringList{s.idNumber, s.name, s.department, s.status, hoursText(r.publicHours), hoursText(r.professionalHours),
                                 hoursText(r.total), r.verdictText(), locked ? QStringLiteral("已提交") : QString()}
                         .join(QLatin1Char('\t'))
                  << '\n';
    }
    if (json) {
        const QJsonObject doc{{QStringLiteral("year"), year}, {QStringLiteral("ruleSet"), set->id()}, {QStringLiteral("people"), array}};
        ctx.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        ctx.out() << QCoreApplication::translate("cli", "%1 (%2): %3 of %4 people meet the requirement").arg(set->name()).arg(year).arg(compliant).arg(people.size()) << Qt::endl;
    }
    return ExitOk;
}

int runDeclare(CliContext &ctx)
{
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString ids = ctx.takeOption(QStringLiteral("--id"));
    int year = 0;
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || !CliUnit::parseYear(yearText, &year)) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli declare --year Y [--id ID,...]") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc);
    Unit unit;
    if (!db || !CliUnit::unitWithRules(ctx, db, &unit, &rc))
        return rc;
    YearLockRepository locks(db->connection());
    QList<Staff> people;
    if (!ids.isEmpty()) {
        if (!namedPeople(ctx, db, unit.id, ids, &people))
            return ExitBadInput;
        QStringList locked;
        for (const Staff &s : std::as_const(people))
            if (locks.isLocked(s.id, year))
                locked << s.idNumber + QLatin1Char(' ') + s.name;
        if (!locked.isEmpty()) {
            ctx.err() << QCoreApplication::translate("cli", "Already submitted for %1, nothing was changed: %2").arg(year).arg(locked.join(QStringLiteral(", "))) << Qt::endl;
            return ExitBadInput;
        }
    } else {
        // As the overview's "Submit declarations": the compliant people whose year is still open.
        const RuleSet *set = ActivityImporter::ruleSetFor(RuleSetRegistry::embedded(), unit.ruleSet, year);
        const QHash<qint64, YearResult> results = ComplianceTable(db->connection()).unitYear(*set, unit.id, year);
        for (const Staff &s : peopleOf(db, unit.id, QString()))
            if (s.status != QStringLiteral("离职") && results.value(s.id).compliant && !locks.isLocked(s.id, year))
                people << s;
    }
    QList<qint64> staffIds;
    for (const Staff &s : std::as_const(people))
        staffIds << s.id;
    QString error;
    if (!staffIds.isEmpty() && !locks.submitMany(staffIds, year, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Nothing was submitted: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    for (const Staff &s : std::as_const(people))
        ctx.out() << s.idNumber << '\t' << s.name << '\t' << QCoreApplication::translate("cli", "submitted") << '\n';
    ctx.out() << QCoreApplication::translate("cli", "%n declaration(s) for %1 submitted and locked.", nullptr, int(people.size())).arg(year) << Qt::endl;
    return ExitOk;
}

int runReopen(CliContext &ctx)
{
    const QString yearText = ctx.takeOption(QStringLiteral("--year"));
    const QString id = ctx.takeOption(QStringLiteral("--id"));
    const QString reason = ctx.takeOption(QStringLiteral("--reason")).trimmed();
    int year = 0;
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty() || !CliUnit::parseYear(yearText, &year) || id.isEmpty()
        || id.contains(QLatin1Char(',')) || reason.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli reopen --year Y --id ID --reason TEXT") << Qt::endl;
        return ExitBadInput;
    }
    int rc = ExitOk;
    Database *db = CliUnit::openExisting(ctx, &rc);
    Unit unit;
    if (!db || !CliUnit::unitWithRules(ctx, db, &unit, &rc))
        return rc;
    QList<Staff> people;
    if (!namedPeople(ctx, db, unit.id, id, &people))
        return ExitBadInput;
    YearLockRepository locks(db->connection());
    const Staff &s = people.first();
    if (!locks.isLocked(s.id, year)) {
        ctx.err() << QCoreApplication::translate("cli", "The year %1 of %2 is not submitted; nothing to reopen").arg(year).arg(s.name) << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    if (!locks.reopen(s.id, year, reason, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Reopened %1 of %2 %3.").arg(year).arg(s.idNumber, s.name) << Qt::endl;
    return ExitOk;
}
