#include "rules/CreditCalculator.h"

#include "rules/FormulaEvaluator.h"

#include <QCoreApplication>

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
    const QJsonObject params = validatedParams(*kind, input.params, &error);
    if (!error.isEmpty()) {
        r.error = error;
        return r;
    }
    r.params = params;

    switch (kind->subject) {
    case SubjectPolicy::Public: r.subject = Subject::Public; break;
    case SubjectPolicy::Professional: r.subject = Subject::Professional; break;
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
    const QString label = e.label.isEmpty() ? kind->label : e.label;
    r.explanation = label + QStringLiteral("：") + e.expr + QStringLiteral("（") + r.clause + QStringLiteral("）");
    return r;
}
