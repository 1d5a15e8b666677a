#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

// Public API (rules engine) — one input field of an activity kind, declared in the rule-set JSON.
// The GUI entry form and the importers are generated from these declarations.
//
//   FieldSpec::Type        Int, Number, Enum, Bool, Text, Date
//   name / label           machine name ("rank") and Chinese label ("排名")
//   options                for Enum: allowed values, each {value, label}
//   defaultValue           used when the input omits the field (invalid QJsonValue = no default)
//   required               true: the input must give the field (or it has a default)
//   minimum / maximum      for Int/Number (hasMinimum/hasMaximum)
//   help                   one-line Chinese hint (unit, how to count)
//
//   bool coerce(const QJsonValue &in, QJsonValue *out, QString *error) const
//       Converts an input value (JSON number/bool/string, or text from CSV such as "3", "是", "发明专利")
//       to the declared type and checks the range/allowed values. Enum accepts the value id or its label.
//       On failure returns false and an English error naming the field (translated via "rules" context).
//   QString displayValue(const QJsonValue &v) const   Chinese display text (enum label, 是/否 …)
//   QJsonObject toJson() const                         the declaration as in the rule-set file
struct FieldOption
{
    QString value;
    QString label;
};

struct FieldSpec
{
    enum class Type { Int, Number, Enum, Bool, Text, Date };

    QString name;
    QString label;
    Type type = Type::Text;
    QList<FieldOption> options;
    QJsonValue defaultValue{QJsonValue::Undefined};   // Undefined = none
    bool required = false;
    bool hasMinimum = false;
    bool hasMaximum = false;
    double minimum = 0;
    double maximum = 0;
    QString help;

    bool coerce(const QJsonValue &in, QJsonValue *out, QString *error) const;
    QString displayValue(const QJsonValue &v) const;
    QString optionLabel(const QString &value) const;
    QJsonObject toJson() const;

    static QString typeId(Type t);                       // "int", "number", "enum", "bool", "text", "date"
    static bool typeFromId(const QString &id, Type *out);
};
