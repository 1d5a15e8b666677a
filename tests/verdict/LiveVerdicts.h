#pragma once
// Every person-year with activities of the unit's file computed live (ActivityRepository::list, the
// explained aggregation), in staff, year order: what the stored verdicts must equal.
#include "domain/Unit.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ComplianceTable.h"
#include "storage/PersonYearVerdict.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictComputer.h"

#include <QSqlQuery>
#include <QVariant>

inline QList<PersonYearVerdict> liveVerdicts(QSqlDatabase db, qint64 unitId, const RuleSetRegistry &registry = RuleSetRegistry::embedded())
{
    Unit unit;
    UnitRepository(db).byId(unitId, &unit);
    ComplianceTable table(db, registry);
    QList<PersonYearVerdict> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT DISTINCT staff_id, year FROM activity ORDER BY staff_id, year"));
    while (q.next()) {
        const qint64 staff = q.value(0).toLongLong();
        const int year = q.value(1).toInt();
        if (const RuleSet *set = table.ruleSetFor(unit.ruleSet, year))
            out << PersonYearVerdict::fromResult(table.personYear(*set, staff, year), staff, VerdictComputer::fingerprint(*set));
    }
    return out;
}
