#include "export/ExportData.h"

#include "domain/IdNumber.h"

#include <cmath>

namespace {
QString joined(const QStringList &list)
{
    QStringList unique;
    for (const QString &s : list)
        if (!s.isEmpty() && !unique.contains(s))
            unique << s;
    return unique.join(QStringLiteral("；"));
}
} // namespace

QStringList PersonInfo::fieldIds()
{
    return {QStringLiteral("id_number"), QStringLiteral("id_number_masked"), QStringLiteral("name"),
            QStringLiteral("gender"), QStringLiteral("ethnicity"), QStringLiteral("department"),
            QStringLiteral("title"), QStringLiteral("title_level"), QStringLiteral("title_series"),
            QStringLiteral("sub_specialty"), QStringLiteral("title_sought"), QStringLiteral("education"),
            QStringLiteral("phone"), QStringLiteral("birth_date"), QStringLiteral("joined_on"),
            QStringLiteral("status"), QStringLiteral("unit_name"), QStringLiteral("unit_credit_code"),
            QStringLiteral("unit_nature"), QStringLiteral("unit_region"), QStringLiteral("unit_contact_person"),
            QStringLiteral("unit_contact_phone")};
}

QVariant PersonInfo::value(const QString &f) const
{
    const Staff &s = staff;
    if (f == QLatin1String("id_number")) return s.idNumber;
    if (f == QLatin1String("id_number_masked")) return IdNumber::masked(s.idNumber);
    if (f == QLatin1String("name")) return s.name;
    if (f == QLatin1String("gender")) return s.gender;
    if (f == QLatin1String("ethnicity")) return s.ethnicity;
    if (f == QLatin1String("department")) return s.department;
    if (f == QLatin1String("title")) return s.title;
    if (f == QLatin1String("title_level")) return s.titleLevel;
    if (f == QLatin1String("title_series")) return s.titleSeries;
    if (f == QLatin1String("sub_specialty")) return s.subSpecialty;
    if (f == QLatin1String("title_sought")) return s.titleSought;
    if (f == QLatin1String("education")) return s.education;
    if (f == QLatin1String("phone")) return s.phone;
    if (f == QLatin1String("birth_date")) return s.birthDate;
    if (f == QLatin1String("joined_on")) return s.joinedOn;
    if (f == QLatin1String("status")) return s.status;
    if (f == QLatin1String("unit_name")) return unit.name;
    if (f == QLatin1String("unit_credit_code")) return unit.creditCode;
    if (f == QLatin1String("unit_nature")) return unit.nature;
    if (f == QLatin1String("unit_region")) return unit.region;
    if (f == QLatin1String("unit_contact_person")) return unit.contactPerson;
    if (f == QLatin1String("unit_contact_phone")) return unit.contactPhone;
    return {};
}

QStringList PersonYearRow::fieldIds()
{
    return PersonInfo::fieldIds()
        + QStringList{QStringLiteral("year"), QStringLiteral("public_hours"), QStringLiteral("professional_hours"),
                      QStringLiteral("total_hours"), QStringLiteral("required_public"),
                      QStringLiteral("required_professional"), QStringLiteral("required_total"),
                      QStringLiteral("compliant"), QStringLiteral("shortfall_public"),
                      QStringLiteral("shortfall_professional"), QStringLiteral("shortfall_total"),
                      QStringLiteral("public_names"), QStringLiteral("public_forms"),
                      QStringLiteral("professional_names"), QStringLiteral("professional_forms"),
                      QStringLiteral("activity_count"), QStringLiteral("note"),
                      QStringLiteral("public_form"), QStringLiteral("professional_form")};
}

QVariant PersonYearRow::value(const QString &f) const
{
    if (f == QLatin1String("year")) return year;
    if (f == QLatin1String("public_hours")) return publicHours;
    if (f == QLatin1String("professional_hours")) return professionalHours;
    if (f == QLatin1String("total_hours")) return totalHours;
    if (f == QLatin1String("required_public")) return requiredPublic;
    if (f == QLatin1String("required_professional")) return requiredProfessional;
    if (f == QLatin1String("required_total")) return requiredTotal;
    if (f == QLatin1String("compliant")) return compliant ? QStringLiteral("达标") : QStringLiteral("未达标");
    if (f == QLatin1String("shortfall_public")) return shortfallPublic;
    if (f == QLatin1String("shortfall_professional")) return shortfallProfessional;
    if (f == QLatin1String("shortfall_total")) return shortfallTotal;
    if (f == QLatin1String("public_names")) return joined(publicNames);
    if (f == QLatin1String("public_forms")) return joined(publicForms);
    if (f == QLatin1String("professional_names")) return joined(professionalNames);
    if (f == QLatin1String("professional_forms")) return joined(professionalForms);
    if (f == QLatin1String("public_form")) return publicForm;
    if (f == QLatin1String("professional_form")) return professionalForm;
    if (f == QLatin1String("activity_count")) return activityCount;
    if (f == QLatin1String("note")) return note;
    return person.value(f);
}

QStringList ActivityRow::fieldIds()
{
    return PersonInfo::fieldIds()
        + QStringList{QStringLiteral("year"), QStringLiteral("activity_title"), QStringLiteral("activity_kind"),
                      QStringLiteral("activity_kind_label"), QStringLiteral("activity_form"),
                      QStringLiteral("activity_subject"), QStringLiteral("activity_start"),
                      QStringLiteral("activity_end"), QStringLiteral("activity_hours"),
                      QStringLiteral("activity_counted"), QStringLiteral("activity_explanation"),
                      QStringLiteral("activity_status")};
}

QVariant ActivityRow::value(const QString &f) const
{
    if (f == QLatin1String("year")) return year;
    if (f == QLatin1String("activity_title")) return title;
    if (f == QLatin1String("activity_kind")) return kind;
    if (f == QLatin1String("activity_kind_label")) return kindLabel.isEmpty() ? kind : kindLabel;
    if (f == QLatin1String("activity_form")) return form;
    if (f == QLatin1String("activity_subject")) return ExportText::subjectLabel(subject);
    if (f == QLatin1String("activity_start")) return startDate;
    if (f == QLatin1String("activity_end")) return endDate;
    if (f == QLatin1String("activity_hours")) return hours;
    if (f == QLatin1String("activity_counted")) return counted ? QStringLiteral("计入") : QStringLiteral("不计入");
    if (f == QLatin1String("activity_explanation")) return explanation;
    if (f == QLatin1String("activity_status")) return status;
    return person.value(f);
}

namespace ExportText {
QString subjectLabel(const QString &subject)
{
    if (subject == QLatin1String("public"))
        return QStringLiteral("公需科目");
    if (subject == QLatin1String("professional"))
        return QStringLiteral("专业科目");
    return {};
}

QString hours(double h)
{
    if (std::fabs(h - std::round(h)) < 1e-9)
        return QString::number(qint64(std::llround(h)));
    QString s = QString::number(h, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString chineseDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}
} // namespace ExportText
