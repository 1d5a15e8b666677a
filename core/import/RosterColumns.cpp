#include "import/RosterColumns.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace {
struct ColumnSpec
{
    const char *header;
    const char *aliases; // '|' separated, already normalized (no spaces, lower case)
    const char *description;
};

// Chinese headers are the data format of the file (what the template and clerks' sheets use).
const ColumnSpec kSpecs[RosterColumns::FieldCount] = {
    {"身份证号码", "身份证号|证件号码|身份证|公民身份号码|证件号|idnumber|id_number|idno|id", QT_TRANSLATE_NOOP("RosterColumns", "18-character resident ID number (required; keep the cell as text)")},
    {"姓名", "name|fullname", QT_TRANSLATE_NOOP("RosterColumns", "Full name (required)")},
    {"性别", "gender|sex", QT_TRANSLATE_NOOP("RosterColumns", "男 or 女; may be left empty (taken from the ID number)")},
    {"民族", "ethnicity|nation", QT_TRANSLATE_NOOP("RosterColumns", "Ethnic group, e.g. 汉族")},
    {"部门", "所在部门|科室|处室|department|dept", QT_TRANSLATE_NOOP("RosterColumns", "Department within the unit")},
    {"专业技术职称", "职称|技术职称|职称名称|专业技术职务|title", QT_TRANSLATE_NOOP("RosterColumns", "Professional title, e.g. 工程师")},
    {"职称级别", "职称等级|职称层级|级别|titlelevel|title_level|level", QT_TRANSLATE_NOOP("RosterColumns", "初级, 中级, 副高级 or 正高级")},
    {"申报大类", "职称系列|系列|series|titleseries|title_series", QT_TRANSLATE_NOOP("RosterColumns", "Title series (申报大类), e.g. 工程")},
    {"子专业名称", "子专业|专业名称|subspecialty|sub_specialty", QT_TRANSLATE_NOOP("RosterColumns", "Sub-specialty, e.g. 建筑学")},
    {"拟申报职称", "申报职称|titlesought|title_sought", QT_TRANSLATE_NOOP("RosterColumns", "Title the person intends to apply for")},
    {"最高学历", "学历|education", QT_TRANSLATE_NOOP("RosterColumns", "Highest education, e.g. 大学本科")},
    {"联系电话", "电话|手机|手机号|手机号码|phone|mobile", QT_TRANSLATE_NOOP("RosterColumns", "Contact phone")},
    {"入职日期", "入职时间|入职年月|进入单位时间|joinedon|joined_on|datejoined|joined", QT_TRANSLATE_NOOP("RosterColumns", "Date joined the unit, e.g. 2020-07-01")},
    {"状态", "人员状态|在职状态|status", QT_TRANSLATE_NOOP("RosterColumns", "在职 or 离职; empty means 在职")},
};
}

QString RosterColumns::header(Field f)
{
    return QString::fromUtf8(kSpecs[f].header);
}

QStringList RosterColumns::aliases(Field f)
{
    QStringList all{normalizedHeader(header(f))};
    all += QString::fromUtf8(kSpecs[f].aliases).split(QLatin1Char('|'));
    return all;
}

QString RosterColumns::description(Field f)
{
    return QCoreApplication::translate("RosterColumns", kSpecs[f].description);
}

bool RosterColumns::required(Field f)
{
    return f == IdNumber || f == Name;
}

QString RosterColumns::normalizedHeader(const QString &header)
{
    // Compiled once: building these per call made each header cell cost ~0.5 ms (30 regular
    // expressions), so a 1,000,000-column header took minutes.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}*＊:：]"));
    static const QRegularExpression notes(QStringLiteral("[(（\\[【].*[)）\\]】]"));
    QString h = header.toLower();
    h.remove(spaces);
    // Drop bracketed notes such as 入职日期(yyyy-mm-dd) or 联系电话（手机）.
    h.remove(notes);
    return h;
}

int RosterColumns::fieldForHeader(const QString &text)
{
    static const QHash<QString, int> byAlias = [] {
        QHash<QString, int> map;
        for (int f = FieldCount - 1; f >= 0; --f) { // the first field naming an alias wins
            for (const QString &alias : aliases(Field(f)))
                map.insert(alias, f);
        }
        return map;
    }();
    if (text.size() > 200) // no header is that long; spare the regular expressions
        return -1;
    const QString h = normalizedHeader(text);
    if (h.isEmpty())
        return -1;
    return byAlias.value(h, -1);
}

int RosterColumns::maxLength(Field f)
{
    switch (f) {
    case IdNumber: return 18;
    case Name: return 64;
    case Gender: return 4;
    case Ethnicity: return 32;
    case Department: return 100;
    case Title: return 64;
    case TitleLevel: return 16;
    case TitleSeries: return 64;
    case SubSpecialty: return 100;
    case TitleSought: return 64;
    case Education: return 32;
    case Phone: return 32;
    case JoinedOn: return 32;
    case Status: return 8;
    case FieldCount: break;
    }
    return 0;
}

QDate RosterColumns::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const QRegularExpression *re : {&ymd, &compact}) {
        const auto m = re->match(t);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const auto m = ym.match(t); // 2020-07 / 2020年7月: the first of the month
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return {};
}
