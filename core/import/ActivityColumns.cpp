#include "import/ActivityColumns.h"

#include "import/RosterColumns.h"
#include "rules/ActivityKind.h"
#include "rules/FieldSpec.h"
#include "rules/RuleSet.h"
#include "rules/Subject.h"

#include <QRegularExpression>

namespace {
struct CommonSpec
{
    const char *header;
    const char *aliases; // '|' separated, normalized
    const char *description;
};

const CommonSpec kCommon[ActivityColumns::CommonCount] = {
    {"身份证号码", "身份证号|证件号码|身份证|公民身份号码|证件号|idnumber|id", QT_TRANSLATE_NOOP("ActivityColumns", "18-character resident ID number of a person in the registry (required; keep the cell as text)")},
    {"姓名", "name", QT_TRANSLATE_NOOP("ActivityColumns", "Full name, checked against the registry (required)")},
    {"年度", "学时年度|所属年度|年份|year", QT_TRANSLATE_NOOP("ActivityColumns", "Year the hours are credited to; empty: the year of the end (else start) date")},
    {"类别", "活动类别|学习类别|kind", QT_TRANSLATE_NOOP("ActivityColumns", "The kind of activity: its Chinese name or id (on a kind's own sheet the sheet gives it)")},
    {"名称", "课程名称|培训名称|项目名称|活动名称|培训主题|title", QT_TRANSLATE_NOOP("ActivityColumns", "Name of the course, training, paper, project …")},
    {"开始日期", "开始时间|起始日期|start", QT_TRANSLATE_NOOP("ActivityColumns", "Start date, e.g. 2025-03-01")},
    {"结束日期", "结束时间|完成日期|完成时间|截止日期|end", QT_TRANSLATE_NOOP("ActivityColumns", "End (completion) date, e.g. 2025-03-05")},
    {"科目", "科目类别|subject", QT_TRANSLATE_NOOP("ActivityColumns", "公需科目 or 专业科目, only where the person chooses; other kinds fix it")},
};

QString bracketedId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[（(]([A-Za-z0-9_]+)[）)]\\s*$"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

QString ActivityColumns::header(Common c)
{
    return QString::fromUtf8(kCommon[c].header);
}

QString ActivityColumns::description(Common c)
{
    return QCoreApplication::translate("ActivityColumns", kCommon[c].description);
}

int ActivityColumns::commonForHeader(const QString &text)
{
    const QString h = RosterColumns::normalizedHeader(text);
    if (h.isEmpty())
        return -1;
    for (int c = 0; c < CommonCount; ++c) {
        if (RosterColumns::normalizedHeader(header(Common(c))) == h
            || QString::fromUtf8(kCommon[c].aliases).split(QLatin1Char('|')).contains(h))
            return c;
    }
    return -1;
}

bool ActivityColumns::headerNamesField(const QString &text, const FieldSpec &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    if (t == field.label || t == field.name)
        return true;
    const QString h = RosterColumns::normalizedHeader(t);
    if (h == RosterColumns::normalizedHeader(field.label))
        return true;
    return field.name == QLatin1String("hours") && h == QStringLiteral("学时");
}

const ActivityKind *ActivityColumns::kindFor(const RuleSet &set, const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return nullptr;
    if (const ActivityKind *k = set.kind(text))
        return k;
    const QString inBrackets = bracketedId(text);
    if (!inBrackets.isEmpty()) {
        if (const ActivityKind *k = set.kind(inBrackets))
            return k;
    }
    for (const ActivityKind &k : set.kinds()) {
        if (k.label == text || sheetName(k) == text)
            return &k;
    }
    return nullptr;
}

QString ActivityColumns::sheetName(const ActivityKind &kind)
{
    QString name = kind.label;
    name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    return name.left(31);
}

QString ActivityColumns::kindTitle(const ActivityKind &kind)
{
    return QStringLiteral("类别：%1（%2）").arg(kind.label, kind.id);
}

QString ActivityColumns::subjectIdFor(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return QString();
    ::Subject s = subjectFromId(t);
    if (s == ::Subject::None) {
        if (t == subjectLabel(::Subject::Public))
            s = ::Subject::Public;
        else if (t == subjectLabel(::Subject::Professional))
            s = ::Subject::Professional;
    }
    *ok = s != ::Subject::None;
    return subjectId(s);
}

QString ActivityColumns::fieldDescription(const FieldSpec &f)
{
    QString d;
    switch (f.type) {
    case FieldSpec::Type::Int: d = tr("whole number"); break;
    case FieldSpec::Type::Number: d = tr("number"); break;
    case FieldSpec::Type::Bool: d = tr("是 or 否"); break;
    case FieldSpec::Type::Date: d = tr("date, e.g. 2025-03-01"); break;
    case FieldSpec::Type::Text: d = tr("text"); break;
    case FieldSpec::Type::Enum: {
        QStringList labels;
        for (const FieldOption &o : f.options)
            labels << o.label;
        d = tr("one of: %1").arg(labels.join(QStringLiteral("、")));
        break;
    }
    }
    if (!f.defaultValue.isUndefined())
        d += tr("; empty: %1").arg(f.displayValue(f.defaultValue));
    else if (f.required)
        d += tr("; required");
    if (!f.help.isEmpty())
        d += QStringLiteral("；") + f.help;
    return d;
}
