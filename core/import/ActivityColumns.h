#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct ActivityKind;
struct FieldSpec;
class RuleSet;

// The columns of an activity import: the common ones (身份证号码, 姓名, 年度, 类别, 名称, 开始日期,
// 结束日期, 科目) with the aliases clerks' and platforms' sheets use, and the kind's own fields
// under their Chinese labels (as `cehours-cli rules SET` names them). Header matching ignores
// spaces, a leading "*", case and bracketed notes (RosterColumns::normalizedHeader).
class ActivityColumns
{
    Q_DECLARE_TR_FUNCTIONS(ActivityColumns)

public:
    enum Common { IdNumber, Name, Year, Kind, Title, Start, End, Subject, CommonCount };

    static QString header(Common c);       // 身份证号码 …
    static QString description(Common c);  // one line for the 填写说明 sheet
    // The common column a header names, or -1.
    static int commonForHeader(const QString &header);
    // Whether a header names the field: its label (exactly or normalized), its machine name,
    // or "学时" for a field named "hours".
    static bool headerNamesField(const QString &header, const FieldSpec &field);
    // The kind a cell, sheet name or title names in a rule set: its id, its label, "label（id）",
    // or (for sheet names, which Excel cuts at 31 characters) the one label it begins.
    static const ActivityKind *kindFor(const RuleSet &set, const QString &text);
    // A sheet name for the kind: its label without the characters Excel forbids, at most 31.
    static QString sheetName(const ActivityKind &kind);
    // The title line above a kind sheet's header: "类别：label（id）".
    static QString kindTitle(const ActivityKind &kind);
    // Parses 科目 as clerks write it: 公需/公需科目/public, 专业/专业科目/professional.
    static QString subjectIdFor(const QString &text, bool *ok);
    // How a field is filled in (for the notes sheet): type, allowed values, default, help.
    static QString fieldDescription(const FieldSpec &field);
};
