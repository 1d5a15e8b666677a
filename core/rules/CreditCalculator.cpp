#include "rules/CreditCalculator.h"

#include "rules/FiguresOnly.h"
#include "rules/FormulaEvaluator.h"

#include <QCoreApplication>
#include <cmath>

namespace {
// Calendar months from start to end, both days included: whole months plus the rest in 30-day months.
double monthsBetween(const QDate &start, const QDate &end)
{
    const QDate after = end.addDays(1);
    int whole = 0;
    while (start.addMonths(whole + 1) <= after)
        ++whole;
    return whole + start.addMonths(whole).daysTo(after) / 30.0;
}

bool given(const QJsonObject &params, const QString &name)
{
    const QJsonValue v = params.value(name);
    return !(v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()));
}

QString num2(double v)
{
    return FormulaEvaluator::number(std::round(v * 10) / 10);
}

// Fills the kind's duration field: from the dates; else the field as given; else from the days field.
QJsonObject withDuration(const ActivityKind &kind, const ActivityInput &input, QStringList *warnings)
{
    QJsonObject params = input.params;
    const DurationPolicy &d = kind.duration;
    if (d.field.isEmpty())
        return params;
    const QString label = kind.field(d.field)->label;
    if (input.startDate.isValid() && input.date.isValid() && input.startDate <= input.date) {
        const double months = std::round(monthsBetween(input.startDate, input.date) * 100) / 100;
        if (given(params, d.field) && std::fabs(params.value(d.field).toVariant().toDouble() - months) > 0.05)
            *warnings << QStringLiteral("%1按起止日期（%2至%3）计为%4个月，填写的%5个月不予采用")
                             .arg(label, input.startDate.toString(Qt::ISODate), input.date.toString(Qt::ISODate),
                                  num2(months), params.value(d.field).toVariant().toString());
        params.insert(d.field, months);
    } else if (!given(params, d.field) && !d.fromDays.isEmpty() && given(params, d.fromDays)) {
        const double days = params.value(d.fromDays).toVariant().toDouble();
        const double months = std::round(days / 30.0 * 100) / 100;
        params.insert(d.field, months);
        *warnings << QStringLiteral("未填起止日期和%1，按%2%3天折算为%4个月")
                         .arg(label, kind.field(d.fromDays)->label, num2(days), num2(months));
    }
    return params;
}
} // namespace

namespace {
CreditResult creditOne(const RuleSet &set, const ActivityInput &input, bool explain);
} // namespace

QJsonObject CreditCalculator::validatedParams(const ActivityKind &kind, const QJsonObject &params, QString *error)
{
    QJsonObject out;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!kind.field(it.key())) {
            QStringList names;
            for (const FieldSpec &f : kind.fields)
                names << f.name;
            *error = QCoreApplication::translate("rules", "kind \"%1\" has no field \"%2\" (fields: %3)")
                         .arg(kind.id, it.key(), names.isEmpty() ? QCoreApplication::translate("rules", "none") : names.join(QStringLiteral(", ")));
            return QJsonObject();
        }
    }
    for (const FieldSpec &f : kind.fields) {
        QJsonValue v = params.value(f.name);
        if (v.isString() && v.toString().trimmed().isEmpty())
            v = QJsonValue(QJsonValue::Undefined);
        if (v.isNull())
            v = QJsonValue(QJsonValue::Undefined);
        if (v.isUndefined()) {
            if (!f.defaultValue.isUndefined())
                out.insert(f.name, f.defaultValue);
            else if (f.required) {
                *error = QCoreApplication::translate("rules", "kind \"%1\": missing required field \"%2\" (%3)").arg(kind.id, f.name, f.label);
                return QJsonObject();
            }
            continue;
        }
        QJsonValue typed;
        QString e;
        if (!f.coerce(v, &typed, &e)) {
            *error = QCoreApplication::translate("rules", "kind \"%1\": %2").arg(kind.id, e);
            return QJsonObject();
        }
        out.insert(f.name, typed);
    }
    error->clear();
    return out;
}

CreditResult CreditCalculator::calculate(const RuleSet &set, const ActivityInput &input)
{
    return creditOne(set, input, true);
}

CreditResult FiguresOnly::calculate(const RuleSet &set, const ActivityInput &input)
{
    return creditOne(set, input, false);
}

namespace {
CreditResult creditOne(const RuleSet &set, const ActivityInput &input, bool explain)
{
    CreditResult r;
    r.kindId = input.kind;
    const ActivityKind *kind = set.kind(input.kind);
    if (!kind) {
        r.error = input.kind.isEmpty()
            ? QCoreApplication::translate("rules", "no activity kind given")
            : QCoreApplication::translate("rules", "rule set \"%1\" has no activity kind \"%2\"").arg(set.id(), input.kind);
        return r;
    }
    r.kindLabel = kind->label;
    if (input.year <= 0) {
        r.error = QCoreApplication::translate("rules", "kind \"%1\": the year is missing").arg(kind->id);
        return r;
    }
    QString error;
    const QJsonObject params = CreditCalculator::validatedParams(*kind, withDuration(*kind, input, &r.warnings), &error);
    if (!error.isEmpty()) {
        r.error = error;
        return r;
    }
    r.params = params;

    switch (kind->subject) {
    case SubjectPolicy::Public: r.subject = Subject::Public; break;
    case SubjectPolicy::Professional: r.subject = Subject::Professional; break;
    case SubjectPolicy::PersonChooses: break; // the person's choice, below
    }
    if (kind->subject != SubjectPolicy::PersonChooses && input.subject != Subject::None && input.subject != r.subject)
        r.warnings << QStringLiteral("「%1」的科目固定为%2，填写的%3未采用（%4）")
                          .arg(kind->label, subjectLabel(r.subject), subjectLabel(input.subject), kind->clause);
    switch (kind->subject) {
    case SubjectPolicy::Public:
    case SubjectPolicy::Professional: break;
    case SubjectPolicy::PersonChooses:
        r.subject = input.subject != Subject::None ? input.subject : kind->defaultSubject;
        if (r.subject == Subject::None) {
            r.error = QCoreApplication::translate("rules", "kind \"%1\": choose the subject (public or professional)").arg(kind->id);
            return r;
        }
        break;
    }

    const FormulaEvaluator ev(*kind, params, input.year, set.requirement().total);
    const FormulaEval e = ev.evaluate(kind->formula);
    if (!e.error.isEmpty()) {
        r.error = e.error;
        return r;
    }
    r.hours = e.hours;
    r.fullYear = e.fullYear;
    r.creditable = e.creditable && !(e.hours <= 0 && !e.fullYear && !e.reason.isEmpty());
    r.reason = e.reason;
    if (e.hours <= 0 && !e.fullYear && r.reason.isEmpty()) {
        // zero hours but no stated reason: say so explicitly rather than a silent zero
        r.creditable = false;
        r.reason = QStringLiteral("按条款折算为0学时");
    }
    r.clause = e.clause.isEmpty() ? kind->clause : e.clause;
    if (!explain)
        return r;
    const QString label = e.label.isEmpty() ? kind->label : e.label;
    r.explanation = label + QStringLiteral("：") + e.expr + QStringLiteral("（") + r.clause + QStringLiteral("）");
    return r;
}
} // namespace
