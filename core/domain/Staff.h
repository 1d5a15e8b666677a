#pragma once
#include <QDate>
#include <QJsonObject>
#include <QString>

// 专业技术人员: one person in the unit's registry.
struct Staff
{
    qint64 id = 0;          // 0 = not stored yet
    qint64 unitId = 0;
    QString idNumber;       // 身份证号码, normalized (upper-case X)
    QString name;           // 姓名
    QString gender;         // 性别: 男 / 女 (derived from idNumber, cross-checked)
    QString ethnicity;      // 民族
    QString department;     // 部门
    QString title;          // 专业技术职称 (e.g. 工程师)
    QString titleLevel;     // 初级 / 中级 / 副高级 / 正高级
    QString titleSeries;    // 申报大类
    QString subSpecialty;   // 子专业名称
    QString titleSought;    // 拟申报职称
    QString education;      // 最高学历
    QString phone;          // 联系电话
    QDate joinedOn;         // 入职日期
    QString status = QStringLiteral("在职"); // 在职 / 离职
    QDate birthDate;        // derived from idNumber
    int version = 0;        // row version when read (0 = unknown: an update does not check it)

    QJsonObject toJson() const;
    static QStringList titleLevels();  // 初级, 中级, 副高级, 正高级
    static QStringList statuses();     // 在职, 离职
};
