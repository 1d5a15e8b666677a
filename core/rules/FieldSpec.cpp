#include "rules/FieldSpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <cmath>

namespace {
// A quantity without a maximum in the rule set (days, hours, characters, counts) is still at most
// this: 10亿 is far above any real value (a book of 百万字 is 1e6) and keeps every formula's result
// finite and exact (issue 11: 1e308 days gave "inf" hours).
constexpr double MaxQuantity = 1e9;

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

QString FieldSpec::typeId(Type t)
{
    switch (t) {
    case Type::Int: return QStringLiteral("int");
    case Type::Number: return QStringLiteral("number");
    case Type::Enum: return QStringLiteral("enum");
    case Type::Bool: return QStringLiteral("bool");
    case Type::Text: return QStringLiteral("text");
    case Type::Date: return QStringLiteral("date");
    }
    return QString();
}

bool FieldSpec::typeFromId(const QString &id, Type *out)
{
    static const Type all[] = {Type::Int, Type::Number, Type::Enum, Type::Bool, Type::Text, Type::Date};
    for (Type t : all) {
        if (typeId(t) == id) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString FieldSpec::optionLabel(const QString &value) const
{
    for (const FieldOption &o : options)
        if (o.value == value)
            return o.label;
    return value;
}

bool FieldSpec::coerce(const QJsonValue &in, QJsonValue *out, QString *error) const
{
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    switch (type) {
    case Type::Int:
    case Type::Number: {
        double v = 0;
        if (in.isDouble()) {
            v = in.toDouble();
        } else if (in.isString()) {
            bool ok = false;
            v = in.toString().trimmed().toDouble(&ok);
            if (!ok)
                return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): \"%3\" is not a number").arg(name, label, in.toString()));
        } else {
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): a number is required").arg(name, label));
        }
        if (!std::isfinite(v))
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): not a finite number").arg(name, label));
        if (type == Type::Int && std::floor(v) != v)
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): %3 is not a whole number").arg(name, label, numberText(v)));
        if (hasMinimum && v < minimum)
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): %3 is below the minimum %4")
                            .arg(name, label, numberText(v), numberText(minimum)));
        if (hasMaximum && v > maximum)
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): %3 is above the maximum %4")
                            .arg(name, label, numberText(v), numberText(maximum)));
        if (!hasMaximum && std::fabs(v) > MaxQuantity)
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): %3 is too large (at most %4)")
                            .arg(name, label, numberText(v), QString::number(qint64(MaxQuantity))));
        *out = QJsonValue(v);
        return true;
    }
    case Type::Bool: {
        if (in.isBool()) {
            *out = in;
            return true;
        }
        if (in.isDouble() && (in.toDouble() == 0 || in.toDouble() == 1)) {
            *out = QJsonValue(in.toDouble() == 1);
            return true;
        }
        const QString t = in.toString().trimmed().toLower();
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                        QStringLiteral("1"), QStringLiteral("是"), QStringLiteral("有")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                       QStringLiteral("0"), QStringLiteral("否"), QStringLiteral("无")};
        if (in.isString() && yes.contains(t)) {
            *out = QJsonValue(true);
            return true;
        }
        if (in.isString() && no.contains(t)) {
            *out = QJsonValue(false);
            return true;
        }
        return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): a yes/no value is required").arg(name, label));
    }
    case Type::Enum: {
        const QString t = in.isDouble() ? numberText(in.toDouble()) : in.toString().trimmed();
        for (const FieldOption &o : options) {
            if (o.value == t || o.label == t) {
                *out = QJsonValue(o.value);
                return true;
            }
        }
        QStringList allowed;
        for (const FieldOption &o : options)
            allowed << o.value + QLatin1Char('=') + o.label;
        return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): \"%3\" is not one of: %4")
                        .arg(name, label, t, allowed.join(QStringLiteral(", "))));
    }
    case Type::Date: {
        const QDate d = QDate::fromString(in.toString().trimmed(), Qt::ISODate);
        if (!d.isValid())
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): \"%3\" is not a date (YYYY-MM-DD)").arg(name, label, in.toString()));
        *out = QJsonValue(d.toString(Qt::ISODate));
        return true;
    }
    case Type::Text:
        if (in.isDouble())
            *out = QJsonValue(numberText(in.toDouble()));
        else if (in.isString())
            *out = in;
        else
            return fail(QCoreApplication::translate("rules", "field \"%1\" (%2): text is required").arg(name, label));
        return true;
    }
    return fail(QCoreApplication::translate("rules", "field \"%1\": unsupported type").arg(name));
}

QString FieldSpec::displayValue(const QJsonValue &v) const
{
    switch (type) {
    case Type::Enum: return optionLabel(v.toString());
    case Type::Bool: return v.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    case Type::Int:
    case Type::Number: return numberText(v.toDouble());
    case Type::Text:
    case Type::Date: break;
    }
    return v.toString();
}

QJsonObject FieldSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("type"), typeId(type)},
                  {QStringLiteral("required"), required}};
    if (!options.isEmpty()) {
        QJsonArray a;
        for (const FieldOption &opt : options)
            a.append(QJsonObject{{QStringLiteral("value"), opt.value}, {QStringLiteral("label"), opt.label}});
        o.insert(QStringLiteral("values"), a);
    }
    if (!defaultValue.isUndefined())
        o.insert(QStringLiteral("default"), defaultValue);
    if (hasMinimum)
        o.insert(QStringLiteral("min"), minimum);
    if (hasMaximum)
        o.insert(QStringLiteral("max"), maximum);
    if (!help.isEmpty())
        o.insert(QStringLiteral("help"), help);
    return o;
}
