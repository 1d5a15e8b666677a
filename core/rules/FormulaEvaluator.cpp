#include "rules/FormulaEvaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace {
const QString kMinus = QStringLiteral("−");
const QString kTimes = QStringLiteral("×");

QString s(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toString();
}
double d(const QJsonObject &o, const char *k, double def = 0)
{
    return o.value(QLatin1String(k)).toDouble(def);
}
} // namespace

FormulaEvaluator::FormulaEvaluator(const ActivityKind &kind, const QJsonObject &params, int year,
                                   double fullYearHours)
    : m_kind(kind), m_params(params), m_year(year), m_fullYearHours(fullYearHours)
{
}

QString FormulaEvaluator::number(double v)
{
    // Whole numbers as integers, only where llround cannot overflow (beyond 2^53 doubles are whole anyway).
    if (std::fabs(v) < 9e15 && std::fabs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    if (!std::isfinite(v) || std::fabs(v) >= 9e15)
        return QString::number(v, 'g', 15);
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("0+$")));
}

QJsonValue FormulaEvaluator::value(const QString &field) const
{
    if (field == QLatin1String("$year"))
        return QJsonValue(m_year);
    return m_params.value(field);
}

QString FormulaEvaluator::fill(const QString &tmpl) const
{
    static const QRegularExpression re(QStringLiteral("\\{(\\$?\\w+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(tmpl);
    while (it.hasNext()) {
        const auto m = it.next();
        out += tmpl.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        const QJsonValue v = value(name);
        const FieldSpec *f = m_kind.field(name);
        if (f && !v.isUndefined())
            out += f->displayValue(v);
        else if (v.isDouble())
            out += number(v.toDouble());
        else
            out += v.toString();
        last = m.capturedEnd();
    }
    out += tmpl.mid(last);
    return out;
}

bool FormulaEvaluator::matches(const QJsonObject &when) const
{
    for (auto it = when.begin(); it != when.end(); ++it) {
        const QJsonValue v = value(it.key());
        const QJsonValue c = it.value();
        if (c.isObject()) {
            const QJsonObject co = c.toObject();
            if (co.contains(QLatin1String("present"))) {
                if (co.value(QLatin1String("present")).toBool() == v.isUndefined())
                    return false;
            }
            const bool numeric = co.contains(QLatin1String("min")) || co.contains(QLatin1String("max"))
                || co.contains(QLatin1String("gt")) || co.contains(QLatin1String("lt"));
            if (numeric) {
                if (!v.isDouble())
                    return false;
                const double x = v.toDouble();
                if (co.contains(QLatin1String("min")) && x < d(co, "min"))
                    return false;
                if (co.contains(QLatin1String("max")) && x > d(co, "max"))
                    return false;
                if (co.contains(QLatin1String("gt")) && !(x > d(co, "gt")))
                    return false;
                if (co.contains(QLatin1String("lt")) && !(x < d(co, "lt")))
                    return false;
            }
            continue;
        }
        if (v.isUndefined())
            return false;
        if (c.isArray()) {
            if (!c.toArray().contains(v))
                return false;
        } else if (c != v) {
            return false;
        }
    }
    return true;
}

bool FormulaEvaluator::numberParam(const QJsonObject &node, double *v, FormulaEval *r) const
{
    const QString field = s(node, "field");
    const QJsonValue x = value(field);
    if (!x.isDouble()) {
        const FieldSpec *f = m_kind.field(field);
        r->error = QCoreApplication::translate("rules", "missing field \"%1\" (%2)").arg(field, f ? f->label : QString());
        return false;
    }
    *v = x.toDouble();
    if (*v < 0) {
        r->error = QCoreApplication::translate("rules", "field \"%1\" must not be negative").arg(field);
        return false;
    }
    return true;
}

FormulaEval FormulaEvaluator::evaluate(const QJsonObject &node) const
{
    FormulaEval r;
    const QString type = s(node, "type");
    if (type == QLatin1String("fixed")) {
        r.hours = d(node, "hours");
        r.expr = number(r.hours);
    } else if (type == QLatin1String("fullYear")) {
        r.hours = d(node, "hours", m_fullYearHours);
        r.fullYear = true;
        r.expr = QStringLiteral("视同完成年度全部学时（%1学时）").arg(number(r.hours));
    } else if (type == QLatin1String("perUnit")) {
        double v = 0;
        if (!numberParam(node, &v, &r))
            return r;
        const double rate = d(node, "rate");
        const QString unit = s(node, "unit");
        if (node.contains(QLatin1String("partialRate"))) {
            const double whole = std::floor(v + 1e-9);
            const bool partial = v - whole > 1e-9;
            const double pr = d(node, "partialRate");
            r.hours = whole * rate + (partial ? pr : 0);
            if (!partial) {
                r.expr = number(v) + unit + kTimes + number(rate) + QLatin1Char('=') + number(r.hours);
            } else {
                // "2.5天：2天×6+不足1天按3=15", "0.5天：不足1天按3=3"
                r.expr = number(v) + unit + QStringLiteral("：");
                if (whole > 0)
                    r.expr += number(whole) + unit + kTimes + number(rate) + QLatin1Char('+');
                r.expr += QStringLiteral("不足1%1按%2=%3").arg(unit, number(pr), number(r.hours));
            }
        } else {
            r.hours = v * rate;
            r.expr = number(v) + unit + kTimes + number(rate) + QLatin1Char('=') + number(r.hours);
        }
    } else if (type == QLatin1String("perBlock")) {
        double v = 0;
        if (!numberParam(node, &v, &r))
            return r;
        const double block = d(node, "block", 1);
        const double units = std::floor(v / block + 1e-9);
        r.hours = units * d(node, "rate");
        r.expr = QStringLiteral("%1%2÷%3取整=%4，%4%5%6=%7")
                     .arg(number(v), s(node, "unit"), number(block), number(units), kTimes,
                          number(d(node, "rate")), number(r.hours));
        if (units <= 0) {
            r.creditable = false;
            r.reason = QStringLiteral("不足%1%2，不计学时").arg(number(block), s(node, "unit"));
        }
    } else if (type == QLatin1String("rankDecrement")) {
        double rank = 0;
        if (!numberParam(node, &rank, &r))
            return r;
        if (rank < 1) {
            r.error = QCoreApplication::translate("rules", "rank must be 1 or more (got %1)").arg(number(rank));
            return r;
        }
        const bool baseFull = node.value(QLatin1String("base")).toString() == QLatin1String("fullYear");
        const double base = baseFull ? m_fullYearHours : d(node, "base");
        const double step = d(node, "step");
        const double raw = base - step * (rank - 1);
        r.hours = std::max(0.0, raw);
        if (rank == 1) {
            r.fullYear = baseFull;
            r.expr = baseFull ? QStringLiteral("视同完成年度全部学时（%1学时）").arg(number(base)) : number(base);
        } else {
            r.expr = number(base) + kMinus + number(step) + kTimes + number(rank - 1) + QLatin1Char('=')
                + (raw < 0 ? kMinus + number(-raw) + QStringLiteral("，不低于0→0") : number(raw));
        }
    } else if (type == QLatin1String("rankTable")) {
        double rank = 0;
        if (!numberParam(node, &rank, &r))
            return r;
        if (rank < 1) {
            r.error = QCoreApplication::translate("rules", "rank must be 1 or more (got %1)").arg(number(rank));
            return r;
        }
        const QJsonArray values = node.value(QLatin1String("values")).toArray();
        const QJsonArray roles = node.value(QLatin1String("roles")).toArray();
        const int i = int(rank) - 1;
        if (i < values.size()) {
            r.hours = values.at(i).toDouble();
            r.expr = (i < roles.size() ? roles.at(i).toString() : QString()) + number(r.hours);
        } else if (node.contains(QLatin1String("rest"))) {
            r.hours = d(node, "rest");
            r.expr = s(node, "restRole") + number(r.hours);
        } else {
            r.creditable = false;
            r.reason = QStringLiteral("第%1名不在认定名次内（前%2名）").arg(number(rank)).arg(values.size());
            r.expr = QStringLiteral("0（%1）").arg(r.reason);
        }
    } else if (type == QLatin1String("tiers")) {
        double v = 0;
        if (!numberParam(node, &v, &r))
            return r;
        const QJsonArray tiers = node.value(QLatin1String("tiers")).toArray();
        bool found = false;
        for (const QJsonValue &t : tiers) {
            const QJsonObject to = t.toObject();
            if (!to.contains(QLatin1String("max")) || v <= d(to, "max") + 1e-9) {
                r.hours = d(to, "hours");
                r.expr = s(to, "label") + number(r.hours);
                found = true;
                break;
            }
        }
        if (!found) {
            r.error = QCoreApplication::translate("rules", "value %1 of field \"%2\" fits no tier").arg(number(v), s(node, "field"));
            return r;
        }
    } else if (type == QLatin1String("statedHours")) {
        double v = 0;
        if (!numberParam(node, &v, &r))
            return r;
        const double factor = d(node, "factor", 1);
        r.hours = v * factor;
        r.expr = factor == 1 ? number(v)
                             : number(v) + kTimes + number(factor) + QLatin1Char('=') + number(r.hours);
    } else if (type == QLatin1String("sum") || type == QLatin1String("max") || type == QLatin1String("min")) {
        const QJsonArray parts = node.value(QLatin1String("parts")).toArray();
        QStringList texts;
        int chosen = -1;
        QList<FormulaEval> evals;
        for (const QJsonValue &p : parts) {
            FormulaEval e = evaluate(p.toObject());
            if (!e.error.isEmpty())
                return e;
            const QString partLabel = fill(p.toObject().value(QLatin1String("part")).toString());
            texts << partLabel + (e.expr.contains(QLatin1Char('=')) ? QStringLiteral("（%1）").arg(e.expr) : e.expr);
            evals << e;
            if (type == QLatin1String("sum")) {
                r.hours += e.hours;
                r.fullYear = r.fullYear || e.fullYear;
            } else if (chosen < 0 || (type == QLatin1String("max") ? e.hours > evals[chosen].hours
                                                                     : e.hours < evals[chosen].hours)) {
                chosen = int(evals.size()) - 1;
            }
        }
        if (type == QLatin1String("sum")) {
            // Zero parts (no paper reported, no unmarked courseware) are left out unless all are zero.
            QStringList shown;
            for (int i = 0; i < evals.size(); ++i)
                if (evals[i].hours != 0 || evals[i].fullYear)
                    shown << texts[i];
            if (!shown.isEmpty())
                texts = shown;
            r.expr = texts.join(QLatin1Char('+'));
            if (texts.size() > 1)
                r.expr += QLatin1Char('=') + number(r.hours);
        } else if (chosen >= 0) {
            r.hours = evals[chosen].hours;
            r.fullYear = evals[chosen].fullYear;
            r.expr = (type == QLatin1String("max") ? QStringLiteral("就高：") : QStringLiteral("取低："))
                + texts.join(QStringLiteral("；")) + QStringLiteral("→") + number(r.hours);
        }
    } else if (type == QLatin1String("cases")) {
        const QJsonArray cases = node.value(QLatin1String("cases")).toArray();
        for (const QJsonValue &cv : cases) {
            const QJsonObject c = cv.toObject();
            if (!matches(c.value(QLatin1String("when")).toObject()))
                continue;
            r = evaluate(c.value(QLatin1String("formula")).toObject());
            if (r.label.isEmpty())
                r.label = fill(s(c, "label"));
            if (r.clause.isEmpty())
                r.clause = s(c, "clause");
            return r;   // a case's own cap is inside its formula
        }
        if (node.contains(QLatin1String("otherwise")))
            return evaluate(node.value(QLatin1String("otherwise")).toObject());
        QStringList given;
        for (auto it = m_params.begin(); it != m_params.end(); ++it) {
            const FieldSpec *f = m_kind.field(it.key());
            given << it.key() + QLatin1Char('=') + (f ? f->displayValue(it.value()) : it.value().toString());
        }
        r.error = QCoreApplication::translate("rules", "the rule set has no row for kind \"%1\" with %2")
                      .arg(m_kind.id, given.isEmpty() ? QCoreApplication::translate("rules", "these parameters") : given.join(QStringLiteral(", ")));
        return r;
    } else if (type == QLatin1String("notCreditable")) {
        r.creditable = false;
        r.reason = fill(s(node, "reason"));
        r.expr = QStringLiteral("0（%1）").arg(r.reason);
    } else {
        r.error = QCoreApplication::translate("rules", "unknown formula type \"%1\"").arg(type);
        return r;
    }
    if (node.contains(QLatin1String("label")) && r.label.isEmpty())
        r.label = fill(s(node, "label"));
    if (node.contains(QLatin1String("clause")) && r.clause.isEmpty())
        r.clause = s(node, "clause");
    if (node.contains(QLatin1String("cap")) && r.hours > d(node, "cap")) {
        const double cap = d(node, "cap");
        const QString capLabel = node.contains(QLatin1String("capLabel")) ? s(node, "capLabel") : QStringLiteral("上限");
        r.expr += QStringLiteral("，%1%2→%2").arg(capLabel, number(cap));
        r.hours = cap;
    }
    return r;
}

QString FormulaEvaluator::validate(const QJsonValue &nodeValue, const ActivityKind &kind, const QString &path)
{
    if (!nodeValue.isObject())
        return QCoreApplication::translate("rules", "%1: a formula object is required").arg(path);
    const QJsonObject node = nodeValue.toObject();
    const QString type = s(node, "type");
    auto needField = [&](bool numeric) -> QString {
        const QString f = s(node, "field");
        const FieldSpec *spec = kind.field(f);
        if (!spec)
            return QCoreApplication::translate("rules", "%1: field \"%2\" is not declared").arg(path, f);
        if (numeric && spec->type != FieldSpec::Type::Int && spec->type != FieldSpec::Type::Number)
            return QCoreApplication::translate("rules", "%1: field \"%2\" must be int or number").arg(path, f);
        return QString();
    };
    static const QStringList numericTypes = {QStringLiteral("perUnit"), QStringLiteral("perBlock"),
                                             QStringLiteral("rankDecrement"), QStringLiteral("rankTable"),
                                             QStringLiteral("tiers"), QStringLiteral("statedHours")};
    if (type == QLatin1String("fixed") || type == QLatin1String("fullYear") || type == QLatin1String("notCreditable")) {
        if (type == QLatin1String("fixed") && !node.value(QLatin1String("hours")).isDouble())
            return QCoreApplication::translate("rules", "%1: \"hours\" (number) is required").arg(path);
        return QString();
    }
    if (numericTypes.contains(type))
        return needField(true);
    if (type == QLatin1String("sum") || type == QLatin1String("max") || type == QLatin1String("min")) {
        const QJsonArray parts = node.value(QLatin1String("parts")).toArray();
        if (parts.isEmpty())
            return QCoreApplication::translate("rules", "%1: \"parts\" must not be empty").arg(path);
        for (int i = 0; i < parts.size(); ++i) {
            const QString e = validate(parts.at(i), kind, path + QStringLiteral(".parts[%1]").arg(i));
            if (!e.isEmpty())
                return e;
        }
        return QString();
    }
    if (type == QLatin1String("cases")) {
        const QJsonArray cases = node.value(QLatin1String("cases")).toArray();
        if (cases.isEmpty())
            return QCoreApplication::translate("rules", "%1: \"cases\" must not be empty").arg(path);
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QString p = path + QStringLiteral(".cases[%1]").arg(i);
            const QJsonObject when = c.value(QLatin1String("when")).toObject();
            for (auto it = when.begin(); it != when.end(); ++it) {
                if (it.key() == QLatin1String("$year"))
                    continue;
                const FieldSpec *f = kind.field(it.key());
                if (!f)
                    return QCoreApplication::translate("rules", "%1.when: field \"%2\" is not declared").arg(p, it.key());
                if (f->type == FieldSpec::Type::Enum) {
                    const QJsonArray vals = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
                    for (const QJsonValue &v : vals) {
                        bool known = false;
                        for (const FieldOption &o : f->options)
                            known = known || o.value == v.toString();
                        if (!known)
                            return QCoreApplication::translate("rules", "%1.when: \"%2\" is not a value of field \"%3\"").arg(p, v.toString(), f->name);
                    }
                }
            }
            const QString e = validate(c.value(QLatin1String("formula")), kind, p + QStringLiteral(".formula"));
            if (!e.isEmpty())
                return e;
        }
        if (node.contains(QLatin1String("otherwise")))
            return validate(node.value(QLatin1String("otherwise")), kind, path + QStringLiteral(".otherwise"));
        return QString();
    }
    return QCoreApplication::translate("rules", "%1: unknown formula type \"%2\"").arg(path, type);
}
