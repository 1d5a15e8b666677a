#include "EntryChecks.h"

#include "Prompter.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}
}

bool EntryChecks::confirm(QWidget *parent, const Activity &a, const CreditResult &credit, int people)
{
    Prompter &p = Prompter::current();
    const QString title = tr("Cannot save the activity");
    if (!credit.ok()) {
        p.warning(parent, title, credit.error);
        return false;
    }
    if (credit.hours <= 0 && !credit.fullYear) {
        const QString why = credit.reason.isEmpty() ? credit.explanation : credit.reason;
        p.warning(parent, title, tr("This activity earns 0 hours, so it is not saved: %1\nCheck the days, hours or other details.").arg(why));
        return false;
    }
    if (credit.fullYear || credit.hours > kLargeHours) {
        const QString amount = credit.fullYear ? tr("%1 h, counting as the whole year").arg(hoursText(credit.hours))
                                               : tr("%1 h").arg(hoursText(credit.hours));
        const QString whom = people > 1 ? tr("for each of %1 people").arg(people) : tr("for this person");
        if (!p.question(parent, tr("Large credit"),
                        tr("「%1」 credits %2 %3. Is the kind right? Save?").arg(credit.kindLabel, amount, whom)))
            return false;
    }
    if (!a.startDate.isValid() && !a.endDate.isValid()
        && !p.question(parent, tr("No date"),
                       tr("No date was entered. The notices credit an activity in the year it was completed, published or "
                          "obtained, so the date is what shows it belongs to %1. Credit it to %1 without a date?")
                           .arg(a.year)))
        return false;
    QStringList outside;
    for (const QDate &d : {a.startDate, a.endDate}) {
        if (d.isValid() && d.year() != a.year && !outside.contains(d.toString(Qt::ISODate)))
            outside << d.toString(Qt::ISODate);
    }
    if (!outside.isEmpty()
        && !p.question(parent, tr("Date outside the year"),
                       tr("The date %1 is not in %2, the year the hours are credited to (the notices credit an activity in "
                          "the year it was completed, published or obtained). Credit it to %2 anyway?")
                           .arg(outside.join(QStringLiteral("、")))
                           .arg(a.year)))
        return false;
    return true;
}
