#pragma once
// Sample people, years and activities shared by the export tests.
#include "TestSupport.h"
#include "export/ExportData.h"

#include <QDate>

namespace ExportFixtures {

inline Unit unit()
{
    Unit u;
    u.id = 1;
    u.name = QStringLiteral("长沙市第一建筑设计研究院有限公司");
    u.creditCode = QStringLiteral("91430100MA4L16JQ9B");
    u.nature = QStringLiteral("国有企事业单位");
    u.region = QStringLiteral("长沙市");
    u.contactPerson = QStringLiteral("周敏");
    u.contactPhone = QStringLiteral("0731-88886666");
    return u;
}

inline PersonInfo person(const QString &name, const QString &id, const QString &dept, const QString &title)
{
    PersonInfo p;
    p.unit = unit();
    p.staff.unitId = 1;
    p.staff.idNumber = id;
    p.staff.name = name;
    p.staff.gender = QStringLiteral("男");
    p.staff.ethnicity = QStringLiteral("汉族");
    p.staff.department = dept;
    p.staff.title = title;
    p.staff.titleLevel = QStringLiteral("中级");
    p.staff.titleSeries = QStringLiteral("工程");
    p.staff.subSpecialty = QStringLiteral("建筑学");
    p.staff.titleSought = QStringLiteral("高级工程师");
    p.staff.education = QStringLiteral("大学本科");
    p.staff.phone = QStringLiteral("13800000000");
    return p;
}

inline QString id(int seq)
{
    return TestSupport::makeIdNumber(QStringLiteral("430102"), QDate(1980, 1, 1).addDays(seq * 97), seq);
}

inline PersonYearRow year(const PersonInfo &p, int y, double pub, double prof)
{
    PersonYearRow r;
    r.person = p;
    r.year = y;
    r.publicHours = pub;
    r.professionalHours = prof;
    r.totalHours = pub + prof;
    r.requiredPublic = 30;
    r.requiredProfessional = 60;
    r.requiredTotal = 90;
    r.shortfallPublic = std::max(0.0, 30 - pub);
    r.shortfallProfessional = std::max(0.0, 60 - prof);
    r.shortfallTotal = std::max(0.0, 90 - pub - prof);
    r.compliant = r.shortfallPublic == 0 && r.shortfallProfessional == 0 && r.shortfallTotal == 0;
    return r;
}

inline ActivityRow activity(const PersonInfo &p, int y, const QString &title, const QString &subject, double hours,
                            const QString &form, const QDate &from, const QDate &to)
{
    ActivityRow a;
    a.person = p;
    a.year = y;
    a.title = title;
    a.kind = QStringLiteral("training");
    a.kindLabel = QStringLiteral("培训研修");
    a.form = form;
    a.subject = subject;
    a.startDate = from;
    a.endDate = to;
    a.hours = hours;
    a.explanation = QStringLiteral("培训%1天，每天8学时：%2（测试条款）").arg(from.daysTo(to) + 1).arg(hours);
    return a;
}

// Three people in 2025: one compliant, one short of public hours (long unit/title texts), one with errors.
inline ExportDataSet sample()
{
    ExportDataSet d;
    const PersonInfo a = person(QStringLiteral("张三"), id(1), QStringLiteral("结构所"), QStringLiteral("工程师"));
    PersonInfo b = person(QStringLiteral("欧阳娜娜"), id(2), QStringLiteral("建筑一所"), QStringLiteral("工程师"));
    b.staff.gender = QStringLiteral("女");
    b.staff.ethnicity = QStringLiteral("土家族");
    const PersonInfo c = person(QStringLiteral("李四"), id(3), QStringLiteral("结构所"), QStringLiteral("助理工程师"));

    PersonYearRow ya = year(a, 2025, 30, 62.5);
    ya.publicNames = {QStringLiteral("2025年度公需科目网络培训")};
    ya.publicForms = {QStringLiteral("远程教育")};
    ya.professionalNames = {QStringLiteral("建筑结构抗震设计研修班"), QStringLiteral("BIM, 技术 \"应用\"")};
    ya.professionalForms = {QStringLiteral("培训班")};
    ya.publicForm = QStringLiteral("远程教育");
    ya.professionalForm = QStringLiteral("培训班");
    ya.activityCount = 3;
    PersonYearRow yb = year(b, 2025, 24, 60);
    yb.professionalNames = {QStringLiteral("绿色建筑设计标准宣贯")};
    yb.professionalForms = {QStringLiteral("培训班")};
    yb.professionalForm = QStringLiteral("培训班");
    yb.activityCount = 1;
    yb.note = QStringLiteral("公需科目差6学时");
    PersonYearRow yc = year(c, 2025, 0, 40);
    yc.errors = {QStringLiteral("论文排名为0")};
    d.people = {ya, yb, yc};

    d.activities = {
        activity(a, 2025, QStringLiteral("2025年度公需科目网络培训"), QStringLiteral("public"), 30, QStringLiteral("远程教育"),
                 QDate(2025, 3, 1), QDate(2025, 3, 31)),
        activity(a, 2025, QStringLiteral("建筑结构抗震设计研修班"), QStringLiteral("professional"), 40, QStringLiteral("培训班"),
                 QDate(2025, 5, 6), QDate(2025, 5, 10)),
        activity(a, 2025, QStringLiteral("BIM, 技术 \"应用\""), QStringLiteral("professional"), 22.5, QStringLiteral("培训班"),
                 QDate(2025, 9, 1), QDate(2025, 9, 3)),
        activity(b, 2025, QStringLiteral("绿色建筑设计标准宣贯"), QStringLiteral("professional"), 60, QStringLiteral("培训班"),
                 QDate(2025, 6, 1), QDate(2025, 6, 8)),
        activity(c, 2025, QStringLiteral("某论文"), QStringLiteral("professional"), 40, QString(), QDate(), QDate()),
    };
    return d;
}

} // namespace ExportFixtures
