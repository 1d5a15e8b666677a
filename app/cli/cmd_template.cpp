// cehours-cli template staff [--out FILE] / template activities --rules SET [--out FILE]: import templates.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "import/ActivityTemplate.h"
#include "import/StaffTemplate.h"
#include "rules/RuleSetRegistry.h"

#include <QCoreApplication>

namespace {
int writeActivities(CliContext &ctx, const QString &rules, const QString &out)
{
    const RuleSet *set = RuleSetRegistry::embedded().find(rules);
    if (!set) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown rule set %1 (one of: %2)")
                         .arg(rules, RuleSetRegistry::embedded().ids().join(QStringLiteral(", ")))
                  << Qt::endl;
        return ExitBadInput;
    }
    if (out.isEmpty()) {
        ctx.out() << QString::fromUtf8(ActivityTemplate::csv(*set).mid(3));
        return ExitOk;
    }
    QString error;
    if (!ActivityTemplate::write(*set, out, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitBadInput;
    }
    ctx.out() << QCoreApplication::translate("cli", "Template written to %1").arg(out) << Qt::endl;
    return ExitOk;
}
} // namespace

int runTemplate(CliContext &ctx)
{
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    const QString rules = ctx.takeOption(QStringLiteral("--rules"));
    if (ctx.unknownOptions().isEmpty() && ctx.args() == QStringList{QStringLiteral("activities")} && !rules.isEmpty())
        return writeActivities(ctx, rules, out);
    if (!ctx.unknownOptions().isEmpty() || ctx.args() != QStringList{QStringLiteral("staff")} || !rules.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Usage: cehours-cli template staff [--out FILE.csv|FILE.xlsx]") << Qt::endl
                  << QCoreApplication::translate("cli", "       cehours-cli template activities --rules SET [--out FILE.xlsx|FILE.csv]") << Qt::endl;
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
