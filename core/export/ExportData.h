#pragma once
#include "domain/Staff.h"
#include "domain/Unit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Plain data handed to the exporters and printed forms. The exporters never compute hours: an
// adapter (ExportSource) fills these rows from the registry and the rules engine.

// The person and their unit, as printed or exported.
struct PersonInfo
{
    Staff staff;
    Unit unit;

    // Value of a person/unit field by its export id (see docs/exports.md), or an invalid QVariant
    // when the id is not a person field.
    QVariant value(const QString &field) const;
    static QStringList fieldIds();
};

// One person in one year: the yearly result of the rules engine.
struct PersonYearRow
{
    PersonInfo person;
    int year = 0;
    double publicHours = 0;        // 公需科目 hours counted
    double professionalHours = 0;  // 专业科目 hours counted
    double totalHours = 0;         // 合计 counted
    double requiredPublic = 0;
    double requiredProfessional = 0;
    double requiredTotal = 0;
    bool compliant = false;        // 达标
    double shortfallPublic = 0;
    double shortfallProfessional = 0;
    double shortfallTotal = 0;
    QStringList publicNames;       // titles of counted public-subject activities
    QStringList publicForms;       // their forms (培训班, 远程教育 …)
    QStringList professionalNames;
    QStringList professionalForms;
    QString publicForm;            // the one 继续教育形式 of the year's public hours: the form that
    QString professionalForm;      //   contributed the most hours (the kind's portalForm, else its form)
    int activityCount = 0;
    QString note;                  // one-line explanation (e.g. which items were not counted)
    QStringList errors;            // errors in this year: the row cannot be exported while any remain

    QVariant value(const QString &field) const;
    static QStringList fieldIds();
};

// One activity of a person in a year, with its credit.
struct ActivityRow
{
    PersonInfo person;
    int year = 0;
    QString title;          // 名称
    QString kind;           // rule-set kind id
    QString kindLabel;      // 活动类型 (Chinese)
    QString form;           // 继续教育形式
    QString subject;        // "public" / "professional" / ""
    QDate startDate;
    QDate endDate;
    double hours = 0;       // credited hours
    bool counted = true;    // counted in the year's total
    QString explanation;    // derivation naming the clause
    QString status;
    QString reason;         // why not counted / counted only partly (engine, Chinese)
    QString organizer;      // 主办单位 (the activity's "organizer" parameter, when the kind has one)
    QString examResult;     // 考核结果: the "examResult" parameter, or 合格/不合格 from "assessed"

    QVariant value(const QString &field) const;
    static QStringList fieldIds();
};

struct ExportDataSet
{
    QList<PersonYearRow> people;
    QList<ActivityRow> activities;
};

namespace ExportText {
// "公需科目" / "专业科目" / "" for a subject id.
QString subjectLabel(const QString &subject);
// Hours as printed: integers without decimals, otherwise up to two decimals ("7.5").
QString hours(double h);
// "2026年11月21日"
QString chineseDate(const QDate &d);
} // namespace ExportText
