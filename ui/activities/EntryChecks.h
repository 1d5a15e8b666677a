#pragma once
#include "domain/Activity.h"
#include "rules/CreditResult.h"

#include <QCoreApplication>

class QWidget;

// What the activity forms check before saving (single and batch entry), through Prompter:
//   - the credit must be computable, and an activity that earns 0 h is refused with the reason;
//   - a kind that counts as the whole year or earns more than kLargeHours asks first (naming how
//     many people it would be saved for);
//   - a start or end date outside the credited year asks first (the notices credit by year:
//     结题当年, 出版当年, 获得学历当年 …), and so does an activity with no date at all.
// Returns true when the activity may be saved.
class EntryChecks
{
    Q_DECLARE_TR_FUNCTIONS(EntryChecks)

public:
    static constexpr double kLargeHours = 60;
    static bool confirm(QWidget *parent, const Activity &activity, const CreditResult &credit, int people = 1);
};
