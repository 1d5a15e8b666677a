#include "export/RowFields.h"

void FieldValue::setOwned(QString s)
{
    kind = String;
    owned = std::move(s);
    string = &owned;
}

void FieldValue::setVariant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        kind = Invalid;
        return;
    case QMetaType::QString:
        setOwned(v.toString());
        return;
    case QMetaType::Double:
        kind = Double;
        number = v.toDouble();
        return;
    case QMetaType::Int:
        kind = Int;
        number = v.toInt();
        return;
    case QMetaType::QDate:
        kind = Date;
        date = v.toDate();
        return;
    default:
        kind = Other;
        other = v;
    }
}

QVariant FieldValue::toVariant() const
{
    switch (kind) {
    case Invalid: return {};
    case String: return *string;
    case Double: return number;
    case Int: return int(number);
    case Date: return date;
    case Other: return other;
    }
    return {};
}

namespace {
template<typename Row>
using Direct = void (*)(const Row &, FieldValue *);

// The fields the rows hold as members (PersonInfo's texts and the plain figures); every other field
// goes through Row::value.
template<typename Row>
Direct<Row> personField(const QString &f)
{
    if (f == QLatin1String("id_number")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.idNumber); };
    if (f == QLatin1String("name")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.name); };
    if (f == QLatin1String("gender")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.gender); };
    if (f == QLatin1String("department")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.department); };
    if (f == QLatin1String("title")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.title); };
    if (f == QLatin1String("title_level")) return [](const Row &r, FieldValue *v) { v->setString(r.person.staff.titleLevel); };
    if (f == QLatin1String("unit_name")) return [](const Row &r, FieldValue *v) { v->setString(r.person.unit.name); };
    if (f == QLatin1String("unit_credit_code")) return [](const Row &r, FieldValue *v) { v->setString(r.person.unit.creditCode); };
    return nullptr;
}

void setNumber(FieldValue *v, double d)
{
    v->kind = FieldValue::Double;
    v->number = d;
}

Direct<PersonYearRow> personYearField(const QString &f)
{
    using R = PersonYearRow;
    if (f == QLatin1String("year")) return [](const R &r, FieldValue *v) { v->kind = FieldValue::Int; v->number = r.year; };
    if (f == QLatin1String("public_hours")) return [](const R &r, FieldValue *v) { setNumber(v, r.publicHours); };
    if (f == QLatin1String("professional_hours")) return [](const R &r, FieldValue *v) { setNumber(v, r.professionalHours); };
    if (f == QLatin1String("total_hours")) return [](const R &r, FieldValue *v) { setNumber(v, r.totalHours); };
    if (f == QLatin1String("required_total")) return [](const R &r, FieldValue *v) { setNumber(v, r.requiredTotal); };
    if (f == QLatin1String("note")) return [](const R &r, FieldValue *v) { v->setString(r.note); };
    if (f == QLatin1String("compliant"))
        return [](const R &r, FieldValue *v) { v->setOwned(r.compliant ? QStringLiteral("达标") : QStringLiteral("未达标")); };
    if (PersonYearRow::fieldIds().contains(f) && !PersonInfo::fieldIds().contains(f))
        return nullptr;   // another of the row's own fields: through value()
    return personField<R>(f);
}

Direct<ActivityRow> activityField(const QString &f)
{
    using R = ActivityRow;
    if (f == QLatin1String("year")) return [](const R &r, FieldValue *v) { v->kind = FieldValue::Int; v->number = r.year; };
    if (f == QLatin1String("activity_title")) return [](const R &r, FieldValue *v) { v->setString(r.title); };
    if (f == QLatin1String("activity_start")) return [](const R &r, FieldValue *v) { v->kind = FieldValue::Date; v->date = r.startDate; };
    if (f == QLatin1String("activity_end")) return [](const R &r, FieldValue *v) { v->kind = FieldValue::Date; v->date = r.endDate; };
    if (f == QLatin1String("activity_hours")) return [](const R &r, FieldValue *v) { setNumber(v, r.hours); };
    if (f == QLatin1String("activity_explanation")) return [](const R &r, FieldValue *v) { v->setString(r.explanation); };
    if (f == QLatin1String("activity_kind_label"))
        return [](const R &r, FieldValue *v) { v->setString(r.kindLabel.isEmpty() ? r.kind : r.kindLabel); };
    if (f == QLatin1String("activity_subject"))
        return [](const R &r, FieldValue *v) { v->setOwned(ExportText::subjectLabel(r.subject)); };
    if (f == QLatin1String("activity_counted"))
        return [](const R &r, FieldValue *v) { v->setOwned(r.counted ? QStringLiteral("计入") : QStringLiteral("不计入")); };
    if (ActivityRow::fieldIds().contains(f) && !PersonInfo::fieldIds().contains(f))
        return nullptr;
    return personField<R>(f);
}
} // namespace

template<>
FieldGetter<PersonYearRow>::FieldGetter(const QString &field) : m_direct(personYearField(field)), m_field(field)
{
}

template<>
FieldGetter<ActivityRow>::FieldGetter(const QString &field) : m_direct(activityField(field)), m_field(field)
{
}
