// cehours-cli print summary-sheet (--event EVENT | --input FILE.json) --pdf FILE.pdf
//                                 [--reporting-unit NAME] [--contact NAME] [--phone TEL]
// cehours-cli print certificate --from Y1 --to Y2 [--id ID[,ID…]] [--department D] [--title HEADING] --pdf FILE.pdf
// cehours-cli print registration-record --from Y1 --to Y2 [--id ID[,ID…]] [--department D] --pdf FILE.pdf
// cehours-cli print report --year Y [--department D] --pdf FILE.pdf
// The printed forms as A4 PDFs (docs/exports.md). main() gives this command a QGuiApplication
// (offscreen when no display is set) because painting needs fonts.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "events/EventRepository.h"
#include "export/ExportSource.h"
#include "export/PdfPages.h"
#include "export/PrintForms.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace {
bool parseYear(const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    return ok && *year >= 1990 && *year <= 2100;
}

// --from/--to of the forms that cover a range of years (at most 20); says what is wrong.
bool parseYearRange(CliContext &ctx, const QString &fromText, const QString &toText, int *from, int *to)
{
    if (parseYear(fromText, from) && parseYear(toText, to) && *to >= *from && *to - *from <= 20)
        return true;
    ctx.err() << QCoreApplication::translate("cli", "Give the year range: --from YYYY --to YYYY") << Qt::endl;
    return false;
}

ExportSource::Selection selection(CliContext &ctx)
{
    ExportSource::Selection sel;
    const QString ids = ctx.takeOption(QStringLiteral("--id"));
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sel.idNumbers << id.trimmed().toUpper();
    sel.department = ctx.takeOption(QStringLiteral("--department"));
    return sel;
}

bool hasUnknownOption(CliContext &ctx)
{
    if (ctx.unknownOptions().isEmpty())
        return false;
    ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
    return true;
}

qint64 eventNumber(CliContext &ctx, QSqlDatabase db, const QString &text)
{
    QString error;
    const qint64 id = EventRepository(db).find(text, &error);
    if (!id)
        ctx.err() << error << Qt::endl;
    return id;
}

int usage(CliContext &ctx)
{
    ctx.err() << QCoreApplication::translate("cli", "Usage: print summary-sheet|certificate|registration-record|report ... --pdf FILE.pdf (see docs/exports.md)") << Qt::endl;
    return ExitBadInput;
}
} // namespace

int runPrint(CliContext &ctx)
{
    const QString form = ctx.args().isEmpty() ? QString() : ctx.args().first();
    const QString pdf = ctx.takeOption(QStringLiteral("--pdf"));
    if (form.isEmpty() || form.startsWith(QLatin1String("--")))
        return usage(ctx);
    if (pdf.isEmpty() || !pdf.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        ctx.err() << QCoreApplication::translate("cli", "Give the output file: --pdf FILE.pdf") << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    PdfPages::Body body;
    QString title;

    if (form == QLatin1String("summary-sheet")) {
        const QString input = ctx.takeOption(QStringLiteral("--input"));
        const QString eventText = ctx.takeOption(QStringLiteral("--event"));
        const QString reportingUnit = ctx.takeOption(QStringLiteral("--reporting-unit"));
        const QString contact = ctx.takeOption(QStringLiteral("--contact"));
        const QString phone = ctx.takeOption(QStringLiteral("--phone"));
        if (hasUnknownOption(ctx))
            return ExitBadInput;
        SummarySheet sheet;
        if (!input.isEmpty()) {
            QFile f(input);
            if (!f.open(QIODevice::ReadOnly)) {
                ctx.err() << QCoreApplication::translate("cli", "Cannot read %1: %2").arg(input, f.errorString()) << Qt::endl;
                return ExitBadInput;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
            if (!doc.isObject()) {
                ctx.err() << QCoreApplication::translate("cli", "%1 is not a JSON object: %2").arg(input, pe.errorString()) << Qt::endl;
                return ExitBadInput;
            }
            if (!SummarySheet::fromJson(doc.object(), &sheet, &error)) {
                ctx.err() << error << Qt::endl;
                return ExitBadInput;
            }
        } else {
            if (eventText.trimmed().isEmpty()) {
                ctx.err() << QCoreApplication::translate("cli", "Give --event EVENT (number or theme, see event list) or --input FILE.json") << Qt::endl;
                return ExitBadInput;
            }
            Database *db = ctx.database(Database::Mode::ReadOnly);
            if (!db)
                return ctx.databaseExit();
            const qint64 eventId = eventNumber(ctx, db->connection(), eventText);
            if (!eventId)
                return ExitBadInput;
            if (!ExportSource(db->connection()).summarySheet(eventId, &sheet, &error)) {
                ctx.err() << error << Qt::endl;
                return ExitBadInput;
            }
        }
        if (!reportingUnit.isEmpty())
            sheet.reportingUnit = reportingUnit;
        if (!contact.isEmpty())
            sheet.contactPerson = contact;
        if (!phone.isEmpty())
            sheet.contactPhone = phone;
        title = PrintForms::summarySheetTitle();
        body = PrintForms::summarySheet(sheet);
        ctx.out() << QCoreApplication::translate("cli", "%n trainee(s)", nullptr, int(sheet.rows.size())) << "\n";
    } else if (form == QLatin1String("certificate")) {
        const QString fromText = ctx.takeOption(QStringLiteral("--from"));
        const QString toText = ctx.takeOption(QStringLiteral("--to"));
        const QString heading = ctx.takeOption(QStringLiteral("--title"));
        const ExportSource::Selection sel = selection(ctx);
        if (hasUnknownOption(ctx))
            return ExitBadInput;
        int from = 0;
        int to = 0;
        if (!parseYearRange(ctx, fromText, toText, &from, &to))
            return ExitBadInput;
        Database *db = ctx.database(Database::Mode::Existing) /* records the issued 认定单 */;
        if (!db)
            return ctx.databaseExit();
        QList<Certificate> list;
        if (!ExportSource(db->connection()).certificates(from, to, sel, &list, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitBadInput;
        }
        if (list.isEmpty()) {
            ctx.err() << QCoreApplication::translate("cli", "Nobody to print: no activities in %1–%2 for the selection").arg(from).arg(to) << Qt::endl;
            return ExitBadInput;
        }
        title = heading.isEmpty() ? PrintForms::certificateTitle() : heading;
        body = PrintForms::certificates(list, title);
        ctx.out() << QCoreApplication::translate("cli", "%n certificate(s)", nullptr, int(list.size())) << "\n";
    } else if (form == QLatin1String("registration-record")) {
        const QString fromText = ctx.takeOption(QStringLiteral("--from"));
        const QString toText = ctx.takeOption(QStringLiteral("--to"));
        const ExportSource::Selection sel = selection(ctx);
        if (hasUnknownOption(ctx))
            return ExitBadInput;
        int from = 0;
        int to = 0;
        if (!parseYearRange(ctx, fromText, toText, &from, &to))
            return ExitBadInput;
        Database *db = ctx.database(Database::Mode::ReadOnly);
        if (!db)
            return ctx.databaseExit();
        QList<RegistrationRecord> records;
        if (!ExportSource(db->connection()).registrationRecords(from, to, sel, &records, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitBadInput;
        }
        if (records.isEmpty()) {
            ctx.err() << QCoreApplication::translate("cli", "Nobody to print: no activities in %1–%2 for the selection").arg(from).arg(to) << Qt::endl;
            return ExitBadInput;
        }
        title = RegistrationForm::title();
        body = RegistrationForm::body(records);
        ctx.out() << QCoreApplication::translate("cli", "%n registration record(s)", nullptr, int(records.size())) << "\n";
    } else if (form == QLatin1String("report")) {
        const QString yearText = ctx.takeOption(QStringLiteral("--year"));
        const ExportSource::Selection sel = selection(ctx);
        if (hasUnknownOption(ctx))
            return ExitBadInput;
        int year = 0;
        if (!parseYear(yearText, &year)) {
            ctx.err() << QCoreApplication::translate("cli", "Give the year: --year YYYY") << Qt::endl;
            return ExitBadInput;
        }
        Database *db = ctx.database(Database::Mode::ReadOnly);
        if (!db)
            return ctx.databaseExit();
        ComplianceReport report;
        if (!ExportSource(db->connection()).complianceReport(year, sel, &report, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitBadInput;
        }
        title = PrintForms::reportTitle(year);
        body = PrintForms::complianceReport(report);
    } else {
        return usage(ctx);
    }
    if (!PdfPages::toPdf(pdf, title, body, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    ctx.out() << pdf << Qt::endl;
    return ExitOk;
}
