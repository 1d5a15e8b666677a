#pragma once
#include "rules/ActivityKind.h"

#include <QJsonObject>
#include <QString>

// Rules engine internals (used by CreditCalculator and RuleSetLoader; others should call those).
// Evaluates a kind's "formula" tree (docs/rules/engine.md, "formula") over validated parameters and
// builds the derivation text. No jurisdiction appears here: every number comes from the JSON.
struct FormulaEval
{
    double hours = 0;
    QString expr;          // derivation, e.g. "50−3×1=47"
    QString label;         // the matched row's label (templated), e.g. "发明专利第2名"
    QString clause;        // the matched row's clause when it overrides the kind's
    bool fullYear = false;
    bool creditable = true;
    QString reason;        // when !creditable
    QString error;         // when the parameters fit no row, or a field is missing
};

class FormulaEvaluator
{
public:
    // params: typed values (FieldSpec::coerce applied, defaults filled); year: the activity's year
    // (condition key "$year"); fullYearHours: the requirement total used by "fullYear".
    FormulaEvaluator(const ActivityKind &kind, const QJsonObject &params, int year, double fullYearHours);
    FormulaEval evaluate(const QJsonObject &node) const;

    // Structural check of a formula against the kind's fields; returns "" or the first problem.
    static QString validate(const QJsonValue &node, const ActivityKind &kind, const QString &path);

    static QString number(double v);   // "47", "2.5"
    QString fill(const QString &tmpl) const;   // "{rank}" -> 2, "{level}" -> enum label

private:
    bool matches(const QJsonObject &when) const;
    QJsonValue value(const QString &field) const;
    bool numberParam(const QJsonObject &node, double *v, FormulaEval *r) const;

    const ActivityKind &m_kind;
    QJsonObject m_params;
    int m_year;
    double m_fullYearHours;
};
