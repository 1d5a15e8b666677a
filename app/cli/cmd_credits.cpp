// cehours-cli credits --rules SET --input FILE.json|FILE.csv [--json] [--cycle APPLICATION_YEAR [--cycle-years N]]
// Credits every activity in the file, then per person and year: counted / not counted items with
// their explanations, totals and the verdict (docs/rules/input-format.md describes the file).
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"

#include "rules/CreditCalculator.h"
#include "rules/CycleCheck.h"
#include "rules/FormulaEvaluator.h"
#include "rules/RuleSetRegistry.h"
#include "rules/YearAggregator.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QMap>

namespace {
struct Row
{
    ActivityInput input;
    QString where;   // "FILE: row 3" / "FILE: activity 2"
    QString error;   // a problem found while reading (bad subject, bad date)
};

// Checks the free-text columns the engine does not see (it gets them already parsed).
QString checkColumns(const QJsonObject &o)
{
    const QString subject = o.value(QLatin1String("subject")).toString().trimmed();
    if (!subject.isEmpty() && subjectFromId(subject) == Subject::None)
        return QCoreApplication::translate("cli", "field \"subject\": \"%1\" is not public/professional (公需/专业)").arg(subject);
    for (const char *k : {"date", "startDate", "declaredOn"}) {
        const QString d = o.value(QLatin1String(k)).toString().trimmed();
        if (!d.isEmpty() && !QDate::fromString(d, Qt::ISODate).isValid())
            return QCoreApplication::translate("cli", "field \"%1\": \"%2\" is not a date (YYYY-MM-DD)").arg(QLatin1String(k), d);
    }
    const QJsonValue y = o.value(QLatin1String("year"));
    if (y.isString() && !y.toString().trimmed().isEmpty()) {
        bool ok = false;
        y.toString().trimmed().toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("cli", "field \"year\": \"%1\" is not a year").arg(y.toString());
    }
    return QString();
}

// RFC 4180-ish CSV: quoted fields, doubled quotes, CRLF or LF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            if (!(row.size() == 1 && row.first().trimmed().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString canonicalColumn(const QString &h)
{
    static const QMap<QString, QString> aliases = {
        {QStringLiteral("身份证号码"), QStringLiteral("person")}, {QStringLiteral("人员"), QStringLiteral("person")},
        {QStringLiteral("姓名"), QStringLiteral("name")},         {QStringLiteral("年度"), QStringLiteral("year")},
        {QStringLiteral("类别"), QStringLiteral("kind")},         {QStringLiteral("科目"), QStringLiteral("subject")},
        {QStringLiteral("名称"), QStringLiteral("title")},        {QStringLiteral("日期"), QStringLiteral("date")},
        {QStringLiteral("申报日期"), QStringLiteral("declaredOn")}, {QStringLiteral("编号"), QStringLiteral("id")},
        {QStringLiteral("开始日期"), QStringLiteral("startDate")}};
    const QString t = h.trimmed();
    return aliases.value(t, t);
}

bool readCsv(const QString &path, const QString &text, QList<Row> *rows, QStringList *errors)
{
    QList<QStringList> table = parseCsv(text);
    if (table.isEmpty()) {
        *errors << QCoreApplication::translate("cli", "%1: the file is empty").arg(path);
        return false;
    }
    QStringList header;
    for (const QString &h : table.first())
        header << canonicalColumn(h);
    for (const char *need : {"person", "year", "kind"}) {
        if (!header.contains(QLatin1String(need))) {
            *errors << QCoreApplication::translate("cli", "%1: row 1: missing column \"%2\"").arg(path, QLatin1String(need));
            return false;
        }
    }
    static const QStringList reserved = {QStringLiteral("person"), QStringLiteral("name"), QStringLiteral("id"),
                                         QStringLiteral("year"), QStringLiteral("kind"), QStringLiteral("subject"),
                                         QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("declaredOn"),
                                         QStringLiteral("startDate")};
    for (int r = 1; r < table.size(); ++r) {
        const QStringList &cells = table[r];
        QJsonObject o;
        QJsonObject params;
        for (int c = 0; c < header.size() && c < cells.size(); ++c) {
            const QString v = cells[c].trimmed();
            if (v.isEmpty() || header[c].isEmpty())
                continue;
            if (reserved.contains(header[c]))
                o.insert(header[c], v);
            else
                params.insert(header[c], v);
        }
        o.insert(QStringLiteral("params"), params);
        *rows << Row{ActivityInput::fromJson(o), QCoreApplication::translate("cli", "%1: row %2").arg(path).arg(r + 1), checkColumns(o)};
        table[r] = QStringList(); // the cells are in the row now: memory stays at one copy of the file
    }
    return true;
}

bool readJson(const QString &path, const QByteArray &data, QString *rulesId, QList<Row> *rows, QStringList *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *errors << QCoreApplication::translate("cli", "%1: invalid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    int n = 0;
    auto addActivities = [&](const QJsonArray &acts, const QJsonObject &person) {
        for (const QJsonValue &v : acts) {
            ++n;
            QJsonObject o = v.toObject();
            if (!o.contains(QLatin1String("person")))
                o.insert(QStringLiteral("person"), person.value(QLatin1String("person")));
            if (!o.contains(QLatin1String("name")))
                o.insert(QStringLiteral("name"), person.value(QLatin1String("name")));
            *rows << Row{ActivityInput::fromJson(o), QCoreApplication::translate("cli", "%1: activity %2").arg(path).arg(n), checkColumns(o)};
        }
    };
    if (doc.isArray()) {
        addActivities(doc.array(), QJsonObject());
        return true;
    }
    const QJsonObject top = doc.object();
    *rulesId = top.value(QLatin1String("rules")).toString();
    if (top.contains(QLatin1String("people"))) {
        for (const QJsonValue &p : top.value(QLatin1String("people")).toArray())
            addActivities(p.toObject().value(QLatin1String("activities")).toArray(), p.toObject());
    }
    addActivities(top.value(QLatin1String("activities")).toArray(), QJsonObject());
    if (n == 0) {
        *errors << QCoreApplication::translate("cli", "%1: no activities (expected \"people\"[].activities or \"activities\")").arg(path);
        return false;
    }
    return true;
}

QString itemLine(const YearItem &it)
{
    QString line = it.counted ? QStringLiteral("  [计入] ") : QStringLiteral("  [不计入] ");
    line += it.credit.kindLabel.isEmpty() ? it.input.kind : it.credit.kindLabel;
    if (!it.input.title.isEmpty())
        line += QStringLiteral("「") + it.input.title + QStringLiteral("」");
    if (!it.credit.ok())
        return line + QStringLiteral("：") + it.reason;
    line += QStringLiteral("  ") + FormulaEvaluator::number(it.counted ? it.countedHours : it.credit.hours)
        + QStringLiteral("学时 ") + subjectLabel(it.credit.subject) + QStringLiteral(" — ") + it.credit.explanation;
    if (!it.reason.isEmpty() && !it.credit.explanation.contains(it.reason))
        line += QStringLiteral("；") + it.reason;
    for (const QString &w : it.credit.warnings)
        line += QStringLiteral("；注意：") + w;
    return line;
}
} // namespace

int runCredits(CliContext &ctx)
{
    QString rulesId = ctx.takeOption(QStringLiteral("--rules"));
    const QString input = ctx.takeOption(QStringLiteral("--input"));
    const QString cycleText = ctx.takeOption(QStringLiteral("--cycle"));
    const QString cycleYearsText = ctx.takeOption(QStringLiteral("--cycle-years"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.unknownOptions().isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown option: %1").arg(ctx.unknownOptions().first()) << Qt::endl;
        return ExitBadInput;
    }
    if (input.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "credits: --input FILE.json|FILE.csv is required") << Qt::endl;
        return ExitBadInput;
    }
    QFile f(input);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err() << QCoreApplication::translate("cli", "%1: cannot read: %2").arg(input, f.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    QByteArray data = f.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    const QString name = QFileInfo(input).fileName();
    QList<Row> rows;
    QStringList errors;
    QStringList warnings;
    QString fileRules;
    const bool isCsv = input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const bool read = isCsv ? readCsv(name, QString::fromUtf8(data), &rows, &errors)
                            : readJson(name, data, &fileRules, &rows, &errors);
    if (!read) {
        for (const QString &e : errors)
            ctx.err() << e << Qt::endl;
        return ExitBadInput;
    }
    data = QByteArray(); // the rows hold what is needed
    if (rulesId.isEmpty())
        rulesId = fileRules;
    const RuleSetRegistry &reg = RuleSetRegistry::embedded();
    if (rulesId.isEmpty()) {
        ctx.err() << QCoreApplication::translate("cli", "credits: --rules SET is required (known: %1)").arg(reg.ids().join(QStringLiteral(", "))) << Qt::endl;
        return ExitBadInput;
    }
    const RuleSet *set = reg.find(rulesId);
    if (!set) {
        ctx.err() << QCoreApplication::translate("cli", "Unknown rule set: %1 (known: %2)").arg(rulesId, reg.ids().join(QStringLiteral(", "))) << Qt::endl;
        return ExitBadInput;
    }
    int applicationYear = 0, cycleYears = 0;
    if (!cycleText.isEmpty()) {
        bool ok = false;
        applicationYear = cycleText.toInt(&ok);
        cycleYears = cycleYearsText.isEmpty() ? 0 : cycleYearsText.toInt();
        if (!ok || applicationYear < 1990 || cycleYears < 0
            || (cycleYears == 0 && set->cycle().yearsBeforeApplication == 0)) {
            ctx.err() << QCoreApplication::translate("cli", "credits: --cycle needs the application year, and --cycle-years N unless the rule set fixes the span")
                      << Qt::endl;
            return ExitBadInput;
        }
    }

    // Group by person (file order, keyed by hash) and year; the rows move into their groups.
    QStringList people;
    QHash<QString, int> personIndex;
    QList<QString> names;
    QList<QMap<int, QList<ActivityInput>>> byPerson;
    for (Row &r : rows) {
        if (!r.error.isEmpty()) {
            errors << r.where + QStringLiteral(": ") + r.error;
            continue;
        }
        // Checked under the set the year is computed with (the set in force then), so that every row
        // the year shows with an error is reported here too.
        const RuleSet *inForce = r.input.year > 0 ? reg.inForce(set->id(), r.input.year) : nullptr;
        const CreditResult c = CreditCalculator::calculate(inForce ? *inForce : *set, r.input);
        const QString tag = r.input.id.isEmpty() ? QString() : QStringLiteral("(%1) ").arg(r.input.id);
        if (!c.ok())
            errors << r.where + QStringLiteral(": ") + tag + c.error
                    + (inForce && inForce != set ? QStringLiteral(" [%1]").arg(inForce->id()) : QString());
        for (const QString &w : c.warnings)
            warnings << r.where + QStringLiteral(": ") + tag + w;
        if (r.input.year <= 0)
            continue;
        const QString p = r.input.person.isEmpty() ? QStringLiteral("-") : r.input.person;
        auto found = personIndex.constFind(p);
        if (found == personIndex.constEnd()) {
            found = personIndex.insert(p, int(people.size()));
            people << p;
            names << QString();
            byPerson << QMap<int, QList<ActivityInput>>();
        }
        if (!r.input.personName.isEmpty())
            names[*found] = r.input.personName;
        byPerson[*found][r.input.year] << std::move(r.input);
    }
    rows.clear();
    rows.squeeze();

    // Output is written person by person (never the whole document in memory).
    auto jsonText = [](const QJsonValue &v) {
        const QJsonArray wrapper{v};
        const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    };
    if (json)
        ctx.out() << "{\n    \"ruleSet\": " << jsonText(set->id()) << ",\n    \"people\": [";
    else
        ctx.out() << QStringLiteral("规则：") << set->name() << " [" << set->id() << "]\n";
    for (int index = 0; index < people.size(); ++index) {
        const QString &p = people.at(index);
        QList<YearResult> years;
        const auto &ys = byPerson.at(index);
        for (auto it = ys.begin(); it != ys.end(); ++it) {
            // A year is computed under the set in force for it (e.g. hefei-2021 before anhui-2025).
            const RuleSet *inForce = reg.inForce(set->id(), it.key());
            years << YearAggregator::aggregate(inForce ? *inForce : *set, it.key(), it.value());
        }
        byPerson[index].clear();
        if (json) {
            QJsonArray ja;
            for (const YearResult &y : years) {
                QJsonObject yo = y.toJson();
                const RuleSet *used = reg.find(y.ruleSetId);
                yo.insert(QStringLiteral("ruleSetName"), used ? used->name() : QString());
                ja.append(yo);
            }
            QJsonObject po{{QStringLiteral("person"), p}, {QStringLiteral("name"), names.at(index)}, {QStringLiteral("years"), ja}};
            if (applicationYear)
                po.insert(QStringLiteral("cycle"), CycleCheck::forApplication(*set, years, applicationYear, cycleYears).toJson());
            ctx.out() << (index ? ",\n        " : "\n        ") << jsonText(po);
            if (index % 256 == 255)
                ctx.out().flush(); // hand the text to the device: the stream's buffer would keep it all
            continue;
        }
        ctx.out() << "\n== " << (names.at(index).isEmpty() ? p : names.at(index) + QStringLiteral("（") + p + QStringLiteral("）"))
                  << " ==\n";
        for (const YearResult &y : years) {
            ctx.out() << y.year << QStringLiteral("年");
            if (y.ruleSetId != set->id())
                ctx.out() << QStringLiteral("（按当年适用的规则 %1 计算）").arg(y.ruleSetId);
            else if (!set->appliesTo(y.year))
                ctx.out() << QStringLiteral("（注意：%1 早于本规则的适用年度 %2）").arg(y.year).arg(set->validFrom());
            ctx.out() << "\n";
            for (const YearItem &it : y.items)
                ctx.out() << itemLine(it) << "\n";
            ctx.out() << "  " << y.verdictText() << "\n";
        }
        if (applicationYear) {
            const CycleResult cr = CycleCheck::forApplication(*set, years, applicationYear, cycleYears);
            ctx.out() << QStringLiteral("周期核对（%1年申报）").arg(applicationYear) << "\n";
            for (const QString &l : cr.explanation)
                ctx.out() << "  " << l << "\n";
        }
    }
    if (json) {
        ctx.out() << (people.isEmpty() ? "],\n" : "\n    ],\n") << "    \"errors\": " << jsonText(QJsonArray::fromStringList(errors))
                  << ",\n    \"warnings\": " << jsonText(QJsonArray::fromStringList(warnings)) << "\n}\n";
    }
    for (const QString &w : warnings)
        ctx.err() << QCoreApplication::translate("cli", "warning: %1").arg(w) << Qt::endl;
    for (const QString &e : errors)
        ctx.err() << e << Qt::endl;
    return errors.isEmpty() ? ExitOk : ExitBadInput;
}
