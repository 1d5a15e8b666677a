#include "YearSubmission.h"

#include "AppContext.h"
#include "Prompter.h"
#include "storage/ActivityRepository.h"
#include "storage/ComplianceTable.h"
#include "storage/YearLockRepository.h"

QStringList YearSubmission::countedWithoutEvidence(AppContext *context, qint64 staffId, int year)
{
    QStringList titles;
    const RuleSet *set = context->ruleSet(year);
    if (!set)
        return titles;
    ActivityRepository activities(context->connection());
    const YearResult result = ComplianceTable(context->connection()).personYear(*set, staffId, year);
    for (const YearItem &item : result.items) {
        if (item.counted && activities.evidenceCount(item.input.id.toLongLong()) == 0)
            titles << (item.input.title.isEmpty() ? item.credit.kindLabel : item.input.title);
    }
    return titles;
}

bool YearSubmission::submit(AppContext *context, const Staff &staff, int year, QWidget *parent)
{
    Prompter &p = Prompter::current();
    const QStringList missing = countedWithoutEvidence(context, staff.id, year);
    QString text = tr("Submit the declaration of %1 for %2? The year is locked afterwards; "
                      "changes need a reopen with a reason.").arg(staff.name).arg(year);
    if (!missing.isEmpty())
        text = tr("These counted activities have no evidence file: %1.").arg(missing.join(QStringLiteral("、"))) + QLatin1Char('\n') + text;
    if (!p.question(parent, tr("Submit year"), text))
        return false;
    QString error;
    if (!YearLockRepository(context->connection()).submit(staff.id, year, &error)) {
        p.warning(parent, tr("Cannot submit"), error);
        return false;
    }
    context->notifyDataChanged();
    return true;
}

bool YearSubmission::reopen(AppContext *context, const Staff &staff, int year, QWidget *parent)
{
    Prompter &p = Prompter::current();
    const QString reason = p.text(parent, tr("Reopen year"),
                                  tr("Why must %1's declaration for %2 be corrected? (recorded in the audit log)").arg(staff.name).arg(year));
    if (reason.isNull())
        return false; // cancelled
    if (reason.trimmed().isEmpty()) {
        p.warning(parent, tr("Reopen year"), tr("A reason is required to reopen a submitted year."));
        return false;
    }
    QString error;
    if (!YearLockRepository(context->connection()).reopen(staff.id, year, reason.trimmed(), &error)) {
        p.warning(parent, tr("Cannot reopen"), error);
        return false;
    }
    context->notifyDataChanged();
    return true;
}
