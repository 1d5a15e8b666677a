#pragma once
#include <QCoreApplication>
#include <QString>

class RuleSet;

// The activity import template of a rule set (docs/import.md "Activities").
//   .xlsx: one sheet per kind (title line 类别：label（id）, then the header: the common columns and
//          the kind's fields under their labels; 身份证号码 formatted as text, dates as dates,
//          drop-down lists for enum, yes/no and 科目 cells), a 填写说明 sheet describing every column
//          of every kind, and a hidden 选项 sheet holding the lists too long to inline.
//   .csv:  one header line (UTF-8 with BOM) with a 类别 column and every kind's fields.
class ActivityTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ActivityTemplate)

public:
    static bool write(const RuleSet &set, const QString &path, QString *error); // by extension
    static QStringList csvHeaders(const RuleSet &set);
    static QByteArray csv(const RuleSet &set);
    static bool writeXlsx(const RuleSet &set, const QString &path, QString *error);
    // The header of a kind's sheet (common columns, then the fields).
    static QStringList kindHeaders(const RuleSet &set, const QString &kindId);
};
