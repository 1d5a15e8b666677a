#pragma once
#include <QString>

// 用人单位: the employer whose HR office keeps the registry.
struct Unit
{
    qint64 id = 0;
    QString name;          // 单位名称
    QString creditCode;    // 统一社会信用代码 (GB 32100)
    QString nature;        // 单位性质: 国有企事业单位 / 非公有制单位 / 社会团体 / …
    QString region;        // 行政区划名称
    QString ruleSet;       // jurisdiction rule set id, e.g. "anhui-2025"
    QString contactPerson; // 联系人
    QString contactPhone;  // 联系电话

    static QStringList natures();
};
