// cehours-cli import-staff / list-staff.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "import/RosterImporter.h"
#include "storage/Database.h"
#include "storage/StaffRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

int runImportStaff(CliContext &ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (!ctx.unknownOptions().isEmpty() || ctx.args().size() != 1) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli import-staff FILE [--dry-run]") << Qt::endl;
        return ExitBadInput;
    }
    const QString file = ctx.args().first();
    if (!QFileInfo(file).isFile()) {
        ctx.err() << QCoreApplication::translate("cli", "Cannot read %1: there is no such file").arg(file) << Qt::endl;
        return ExitBadInput;
    }
    // A dry run only reads; a refused import changes nothing either (no unit row is created before the
    // file has passed).
    Database *db = ctx.database(dryRun ? Database::Mode::ReadOnly : Database::Mode::Existing);
    if (!db)
        return ctx.databaseExit();
    QString error;
    Unit unit;
    qint64 unitId = UnitRepository(db->connection()).first(&unit, &error) ? unit.id : 0;
    if (!unitId && !error.isEmpty()) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    RosterImporter importer(db->connection(), unitId);
    RosterImporter::Preview preview;
    if (!importer.analyse(file, &preview, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    if (!preview.ignoredColumns.isEmpty())
        ctx.err() << QCoreApplication::translate("cli", "Ignored columns: %1").arg(preview.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    ctx.out() << RosterImporter::summary(preview) << Qt::endl;
    if (!preview.ok()) {
        ctx.err() << RosterImporter::errorReport(preview);
        ctx.err() << QCoreApplication::translate("cli", "Nothing was imported: correct the rows above and import the file again.") << Qt::endl;
        return ExitBadInput;
    }
    if (dryRun) {
        for (const Staff &s : preview.toAdd)
            ctx.out() << QCoreApplication::translate("cli", "add") << '\t' << s.idNumber << '\t' << s.name << '\n';
        for (const Staff &s : preview.toUpdate)
            ctx.out() << QCoreApplication::translate("cli", "update") << '\t' << s.idNumber << '\t' << s.name << '\n';
        ctx.out() << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    if (!unitId) {
        unitId = UnitRepository(db->connection()).ensureDefault(&error);
        if (!unitId) {
            ctx.err() << error << Qt::endl;
            return ExitInternal;
        }
        for (Staff &s : preview.toAdd)
            s.unitId = unitId;
    }
    if (!RosterImporter(db->connection(), unitId).apply(preview, &error)) {
        ctx.err() << QCoreApplication::translate("cli", "Import failed, nothing was written: %1").arg(error) << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << QCoreApplication::translate("cli", "Imported: %1 added, %2 updated.").arg(preview.toAdd.size()).arg(preview.toUpdate.size()) << Qt::endl;
    return ExitOk;
}

int runListStaff(CliContext &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.unknownOptions().isEmpty() || !ctx.args().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli list-staff [--json]") << Qt::endl;
        return ExitBadInput;
    }
    Database *db = ctx.database(Database::Mode::ReadOnly);
    if (!db)
        return ctx.databaseExit();
    Unit unit;
    const QList<Staff> staff = UnitRepository(db->connection()).first(&unit) ? StaffRepository(db->connection()).list(unit.id)
                                                                              : QList<Staff>();
    if (json) {
        QJsonArray array;
        for (const Staff &s : staff)
            array.append(s.toJson());
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ctx.out() << "身份证号码\t姓名\t性别\t部门\t专业技术职称\t职称级别\t状态\n";
    for (const Staff &s : staff)
        ctx.out() << s.idNumber << '\t' << s.name << '\t' << s.gender << '\t' << s.department << '\t' << s.title << '\t'
                  << s.titleLevel << '\t' << s.status << '\n';
    ctx.out() << QCoreApplication::translate("cli", "%n person(s)", nullptr, int(staff.size())) << Qt::endl;
    return ExitOk;
}
