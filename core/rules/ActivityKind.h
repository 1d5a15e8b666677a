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
