#include "OverviewData.h"

#include "AppContext.h"
#include "storage/ComplianceTable.h"
#include "storage/StaffRepository.h"

#include <QMap>

double OverviewData::Person::gap() const
{
    return qMax(result.shortfallTotal, result.shortfallPublic + result.shortfallProfessional);
}

OverviewData OverviewData::compute(const AppContext &context)
{
    OverviewData d;
    d.year = context.year();
    const RuleSet *set = context.hasUnit() ? context.ruleSet() : nullptr;
    if (!set)
        return d;
    d.computed = true;
    const QHash<qint64, YearResult> results = ComplianceTable(context.connection()).unitYear(*set, context.unitId(), d.year);
    QMap<QString, Department> byDepartment;
    for (const Staff &s : StaffRepository(context.connection()).list(context.unitId())) {
        if (s.status != QStringLiteral("在职"))
            continue;
        Person p;
        p.staffId = s.id;
        p.name = s.name;
        p.department = s.department;
        p.result = results.value(s.id);
        d.people << p;
        Department &dep = byDepartment[s.department];
        dep.name = s.department;
        ++dep.staff;
        if (p.result.compliant) {
            ++dep.compliant;
            ++d.compliant;
        } else {
            dep.gap += p.gap();
        }
    }
    d.departments = byDepartment.values();
    return d;
}
