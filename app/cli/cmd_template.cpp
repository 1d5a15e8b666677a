// cehours-cli template staff [--out FILE]: the roster import template.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "import/StaffTemplate.h"

#include <QCoreApplication>

int runTemplate(CliContext &ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    if (!ctx.unknownOptions().isEmpty() || ctx.args() != QStringList{QStringLiteral("staff")}) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli template staff [--out FILE.csv|FILE.xlsx]") << Qt::endl;
        return ExitBadInput;
    }
    if (out.isEmpty()) {
        // No file: the CSV header line on stdout.
        ctx.out() << QString::fromUtf8(StaffTemplate::csv().mid(3));
        return ExitOk;
    }
    QString error;
    if (!StaffTemplate::write(out, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << QCoreApplication::translate("cli", "Template written to %1").arg(out) << Qt::endl;
    return ExitOk;
}
