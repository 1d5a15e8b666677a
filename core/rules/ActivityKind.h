#pragma once
#include "rules/FieldSpec.h"
#include "rules/Subject.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Public API (rules engine) — one activity kind of a rule set (one row/item of a conversion table).
//
//   id / label          stable id ("patent") and Chinese label ("专利")
//   category            Conversion: a 学时折算 item (paper, patent, award …) — subject to the set's
//                       conversion policy (e.g. Anhui art. 21: only the highest counts per year);
//                       Learning: ordinary study (training, courseware, public course) — always adds up.
//   subject             who decides the subject (fixed public / fixed professional / person chooses)
//   defaultSubject      used when the person chooses but the input gives none (None = must be given)
//   clause              citation, e.g. "皖人社秘〔2025〕109号 第十二条（一）"
//   fields              input declarations (see FieldSpec) — generate forms/importers from these
//   formula             the arithmetic as data (see docs/rules/engine.md, "formula")
//   evidence            documents required (Hunan annex 2 part 一), may be empty
//   yearCap             per person and year, over all items of this kind (< 0: none), with its clause
//   group               the table item the kind belongs to (JSON "group", default = id), e.g. Anhui's
//                       "第十二条（一）" holds awards and patents: HighestConversionOnly compares groups
//   note                free Chinese remark shown in `cehours-cli rules`
//   chooseOne           (JSON "chooseOne": {"sameWhen": [...], "label", "clause"}) entries of this kind in one
//                       year that are "the same thing" count once: only the one with the most hours counts,
//                       the others are listed as not counted with the clause (Hefei 二选一, Jiangsu 只计算一次).
//                       sameWhen lists the field names that identify the thing ("$title" = the entry's
//                       title); an entry whose identifying values are all empty joins the others of its
//                       kind when sameWhen has no "$title", and stays alone when it has (an untitled paper
//                       cannot be matched). Empty sameWhen: every entry of the year is the same thing.
//   durationField       (JSON "duration": {"field": "months", "fromDays": "days", "clause"}) a length in
//                       months the clause keys on: derived from the entry's start and end dates; when the
//                       dates are missing the field's own value counts, else the days field / 30
//   portalForm          (JSON "portalForm") the 继续教育形式 value the province's 学时管理系统 expects for this
//                       kind (Hunan declaration: 培训班, 远程教育 …); empty = none (exports fall back on the
//                       kind's form/mode field or label)
struct ChooseOnePolicy
{
    bool enabled = false;
    QStringList sameWhen;
    QString label;     // "二选一", "只计算一次"
    QString clause;
};

struct DurationPolicy
{
    QString field;      // empty: none
    QString fromDays;   // a days field to fall back on
};

struct ActivityKind
{
    enum class Category { Conversion, Learning };

    QString id;
    QString label;
    Category category = Category::Learning;
    SubjectPolicy subject = SubjectPolicy::Professional;
    Subject defaultSubject = Subject::None;
    QString clause;
    QList<FieldSpec> fields;
    QJsonObject formula;
    QStringList evidence;
    double yearCap = -1;
    QString yearCapClause;
    QString note;
    QString group;
    ChooseOnePolicy chooseOne;
    DurationPolicy duration;
    QString portalForm;

    const FieldSpec *field(const QString &name) const
    {
        for (const FieldSpec &f : fields)
            if (f.name == name)
                return &f;
        return nullptr;
    }
    static QString categoryId(Category c)
    {
        return c == Category::Conversion ? QStringLiteral("conversion") : QStringLiteral("learning");
    }
};
