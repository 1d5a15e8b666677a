#pragma once
#include <QCoreApplication>
#include "events/TrainingEvent.h"

#include <QStringList>

class RuleSet;

// The filing record (备案) a notice requires before a training is held, as data in
// resources/events/filing.json: Hefei 2021 (15 days before the start), 皖人社函〔2025〕278号 六 and
// 湘人社办函〔2025〕37号 三（一） (filed before it is held). Warnings only: the event is still saved.
class FilingCheck
{
    Q_DECLARE_TR_FUNCTIONS(FilingCheck)

public:
    // Warnings (each naming its clause) for the event under the rule set; empty when nothing applies.
    static QStringList warnings(const RuleSet &set, const TrainingEvent &event);
};
