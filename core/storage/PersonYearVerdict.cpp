#include "storage/PersonYearVerdict.h"

YearResult PersonYearVerdict::toResult(const RuleSet &set) const
{
    YearResult r;
    r.ruleSetId = ruleSet;
    r.person = QString::number(staffId);
    r.year = year;
    r.publicHours = publicHours;
    r.professionalHours = professionalHours;
    r.total = total;
    r.fullYear = fullYear;
    r.compliant = compliant;
    r.shortfallTotal = shortfallTotal;
    r.shortfallPublic = shortfallPublic;
    r.shortfallProfessional = shortfallProfessional;
    r.requirement = set.requirement();
    return r;
}

PersonYearVerdict PersonYearVerdict::fromResult(const YearResult &r, qint64 staffId, const QString &fingerprint)
{
    PersonYearVerdict v;
    v.staffId = staffId;
    v.year = r.year;
    v.ruleSet = r.ruleSetId;
    v.fingerprint = fingerprint;
    v.publicHours = r.publicHours;
    v.professionalHours = r.professionalHours;
    v.total = r.total;
    v.fullYear = r.fullYear;
    v.compliant = r.compliant;
    v.shortfallTotal = r.shortfallTotal;
    v.shortfallPublic = r.shortfallPublic;
    v.shortfallProfessional = r.shortfallProfessional;
    return v;
}

bool PersonYearVerdict::operator==(const PersonYearVerdict &o) const
{
    // Exact comparison on purpose: a stored figure must be the very double the engine computed.
    return staffId == o.staffId && year == o.year && ruleSet == o.ruleSet && fingerprint == o.fingerprint
        && publicHours == o.publicHours && professionalHours == o.professionalHours && total == o.total
        && fullYear == o.fullYear && compliant == o.compliant && shortfallTotal == o.shortfallTotal
        && shortfallPublic == o.shortfallPublic && shortfallProfessional == o.shortfallProfessional;
}

QString PersonYearVerdict::toString() const
{
    return QStringLiteral("staff %1 year %2 [%3 %4] public %5 professional %6 total %7 fullYear %8 compliant %9 short %10/%11/%12")
        .arg(staffId)
        .arg(year)
        .arg(ruleSet, fingerprint)
        .arg(publicHours, 0, 'g', 17)
        .arg(professionalHours, 0, 'g', 17)
        .arg(total, 0, 'g', 17)
        .arg(fullYear)
        .arg(compliant)
        .arg(shortfallTotal, 0, 'g', 17)
        .arg(shortfallPublic, 0, 'g', 17)
        .arg(shortfallProfessional, 0, 'g', 17);
}
