// cehours-cli rules [SET] [--json]: the embedded rule sets, their requirements, policies and activity
// kinds with their fields (what the entry form and the importers are generated from).
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "rules/FormulaEvaluator.h"
#include "rules/RuleSetRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString minimum(double h, const QString &clause)
{
    return h < 0 ? QStringLiteral("—") : FormulaEvaluator::number(h) + QStringLiteral("（") + clause + QStringLiteral("）");
}

void printSet(QTextStream &out, const RuleSet &s)
{
    const Requirement &r = s.requirement();
    out << s.id() << "  " << s.name() << "\n";
    out << "  " << QStringLiteral("适用年度：") << s.validFrom() << QStringLiteral("–")
        << (s.validTo() ? QString::number(s.validTo()) : QString()) << "\n";
    out << "  " << QStringLiteral("年度要求：合计") << minimum(r.total, r.totalClause) << QStringLiteral("；公需")
        << minimum(r.publicMin, r.publicClause) << QStringLiteral("；专业") << minimum(r.professionalMin, r.professionalClause)
        << "\n";
    out << "  " << QStringLiteral("汇总：") << s.aggregation().description << QStringLiteral("（") << s.aggregation().clause
        << QStringLiteral("）") << "\n";
    if (!s.carryOver().description.isEmpty())
        out << "  " << QStringLiteral("结转：") << s.carryOver().description << "\n";
    if (!s.cycle().description.isEmpty())
        out << "  " << QStringLiteral("周期：") << s.cycle().description << QStringLiteral("（") << s.cycle().clause
            << QStringLiteral("）") << "\n";
    for (const Deadline &d : s.deadlines())
        out << "  " << QStringLiteral("期限：") << d.label << " "
            << (d.date.isValid() ? d.date.toString(Qt::ISODate) : d.monthDay) << QStringLiteral("（") << d.clause
            << QStringLiteral("）") << "\n";
    for (const ActivityKind &k : s.kinds()) {
        out << "  - " << k.id << "  " << k.label << "  ["
            << (k.category == ActivityKind::Category::Conversion ? QStringLiteral("折算") : QStringLiteral("学习"))
            << QStringLiteral("，科目：")
            << (k.subject == SubjectPolicy::PersonChooses ? QStringLiteral("本人选择") : subjectLabel(k.subject == SubjectPolicy::Public ? Subject::Public : Subject::Professional))
            << "]  " << k.clause << "\n";
        if (k.group != k.id)
            out << "      " << QStringLiteral("所属：") << k.group << QStringLiteral("项") << "\n";
        for (const FieldSpec &f : k.fields) {
            out << "      " << f.name << "  " << f.label << "  " << FieldSpec::typeId(f.type);
            if (!f.options.isEmpty()) {
                QStringList vals;
                for (const FieldOption &o : f.options)
                    vals << o.value + QLatin1Char('=') + o.label;
                out << ": " << vals.join(QStringLiteral(", "));
            }
            if (f.hasMinimum)
                out << QStringLiteral(" ≥") << FormulaEvaluator::number(f.minimum);
            if (!f.defaultValue.isUndefined())
                out << QStringLiteral(" 默认=") << f.displayValue(f.defaultValue);
            if (f.required)
                out << QStringLiteral(" 必填");
            out << "\n";
        }
        if (k.yearCap >= 0)
            out << "      " << QStringLiteral("每年上限") << FormulaEvaluator::number(k.yearCap) << QStringLiteral("（")
                << k.yearCapClause << QStringLiteral("）") << "\n";
        if (!k.evidence.isEmpty())
            out << "      " << QStringLiteral("佐证材料：") << k.evidence.join(QStringLiteral("；")) << "\n";
        if (!k.note.isEmpty())
            out << "      " << QStringLiteral("说明：") << k.note << "\n";
    }
}
} // namespace

int runRules(CliContext &ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.unknownOptions().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
        return ExitBadInput;
    }
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    if (!reg.errors().isEmpty()) {
        for (const QString &e : reg.errors())
            ctx.err() << e << Qt::endl;
        return ExitInternal;
    }
    QList<const RuleSet *> sets;
    if (ctx.args().isEmpty()) {
        for (const RuleSet &s : reg.sets())
            sets << &s;
    } else {
        for (const QString &id : ctx.args()) {
            const RuleSet *s = reg.find(id);
            if (!s) {
                ctx.err() << QCoreApplication::translate("cli", "Unknown rule set: %1 (known: %2)").arg(id, reg.ids().join(QStringLiteral(", "))) << Qt::endl;
                return ExitBadInput;
            }
            sets << s;
        }
    }
    if (json) {
        QJsonArray arr;
        for (const RuleSet *s : sets)
            arr.append(s->summaryJson());
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ruleSets"), arr}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const RuleSet *s : sets) {
        printSet(ctx.out(), *s);
        ctx.out() << "\n";
    }
    return ExitOk;
}
