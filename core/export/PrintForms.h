#pragma once
#include "export/ExportData.h"
#include "export/PdfPages.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// The printed forms. Each builder returns the body to paint with PdfPages::toPdf (core, CLI) or
// PdfPages::toDevice (a QPrinter in the UI's print preview).

// 继续教育合格人员简明情况汇总表 (seed 002, 2021 Hefei notice, annex 2): the qualified trainees of one
// training event.
struct SummarySheetRow
{
    QString name;       // 姓名
    QString unit;       // 单位
    QString idNumber;   // 身份证号码
    QString title;      // 技术职称
    QString hours;      // 培训学时 (text as printed)
    QString examResult; // 考试结果
    QString remark;     // 备注
};

struct SummarySheet
{
    QString reportingUnit;   // 填报单位
    QDate filledOn;          // 填表时间 (default: Clock::current().today())
    QString theme;           // 培训主题
    QDate from;              // 培训时间 from
    QDate to;                //             to
    QList<SummarySheetRow> rows;
    QString contactPerson;   // 联系人
    QString contactPhone;    // 联系电话

    // {"reportingUnit","filledOn":"YYYY-MM-DD","theme","from","to","contactPerson","contactPhone",
    //  "rows":[{"name","unit","idNumber","title","hours","examResult","remark"}]}; see docs/exports.md.
    static bool fromJson(const QJsonObject &o, SummarySheet *out, QString *error);
};

// 学时认定单 for one person over a year range (model: the Hunan 学时认定单, seed 003 annex 3).
struct Certificate
{
    PersonInfo person;
    int fromYear = 0;
    int toYear = 0;
    QList<PersonYearRow> years;   // one per year in the range (missing years print as 0)
    QString number;               // 编号 (optional)
    QDate issuedOn;               // default: Clock::current().today()
    // The rules engine's multi-year check (CycleCheck), when known: verdict over the range, per-year
    // compliance after make-up (carry-over) and its Chinese explanation lines (printed under the table).
    bool hasCycle = false;
    bool cycleCompliant = false;
    QMap<int, bool> compliantYears;
    QStringList cycleNotes;
};

// The unit's yearly compliance report.
struct ComplianceReport
{
    Unit unit;
    int year = 0;
    QString ruleSetName;
    QDate issuedOn;               // default: Clock::current().today()
    QList<PersonYearRow> people;  // one row per person of that year
};

namespace PrintForms {
// Default headings (domain text of the forms).
QString summarySheetTitle();     // 继续教育合格人员简明情况汇总表
QString certificateTitle();      // 专业技术人员继续教育学时认定单
QString reportTitle(int year);   // 2025年度专业技术人员继续教育学时达标情况报告

PdfPages::Body summarySheet(const SummarySheet &sheet);
// One person per page.
PdfPages::Body certificates(const QList<Certificate> &certificates, const QString &title = QString());
PdfPages::Body complianceReport(const ComplianceReport &report);
} // namespace PrintForms
