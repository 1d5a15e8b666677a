#pragma once
#include <QCoreApplication>
#include "domain/Activity.h"

#include <QSqlDatabase>
#include <QStringList>

struct TableData;
class RuleSet;
class RuleSetRegistry;

// Activity import (CSV or XLSX; docs/import.md "Activities"): one row per activity of a person in
// the registry, with the common columns and the kind's fields under their Chinese labels. A workbook
// may hold one sheet per kind (the template: the kind is named above the header, or by the sheet)
// or one sheet with a 类别 column. analyse() checks every row against the registry, the year
// locks and the person's rule set for the year and credits it; apply() writes all rows in one
// audited transaction and refuses when any row failed.
class ActivityImporter
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImporter)

public:
    struct RowIssue
    {
        QString sheet;        // xlsx sheet ("" for CSV)
        int row = 0;          // spreadsheet row number (1-based), 行号
        QString idNumber;     // 证件号码 as written in the file
        QString reason;       // 失败原因
        QString location() const;   // "12" or "专利!12"
    };

    struct Row
    {
        QString sheet;
        int row = 0;
        QString idNumber;
        QString name;
        QString ruleSetId;
        QString kindLabel;
        Activity activity;    // ready to insert (staffId, typed params, resolved subject)
        double hours = 0;
        QString explanation;  // CreditCalculator's one line (with the clause)
        QString location() const;
    };

    struct Preview
    {
        QString sourceName;
        QStringList sheets;          // sheets read (xlsx)
        QStringList ignoredColumns;  // headers that match no column
        QList<Row> rows;             // valid rows
        QList<RowIssue> errors;

        bool ok() const { return errors.isEmpty(); }
        int rowsRead() const { return int(rows.size() + errors.size()); }
    };

    ActivityImporter(QSqlDatabase db, qint64 unitId);
    // CLI `activity add` builds a one-row table without 姓名: then the name is not cross-checked.
    void setRequireName(bool require) { m_requireName = require; }
    void setRegistry(const RuleSetRegistry *registry) { m_registry = registry; }

    // False only when the file cannot be read at all (error says why).
    bool analyse(const QString &path, Preview *preview, QString *error) const;
    bool analyseTables(const QList<TableData> &tables, Preview *preview, QString *error) const;
    // Writes the preview's rows (one transaction); refuses when it has errors or no rows.
    bool apply(Preview &preview, QString *error) const;

    static QString errorReport(const Preview &preview);     // 行号 / 证件号码 / 失败原因, tab-separated
    static QString creditReport(const Preview &preview);    // every row with its hours and explanation
    static QString summary(const Preview &preview);
    // The rule set in force for the unit's chosen set in a year (as ComplianceTable::ruleSetFor).
    static const RuleSet *ruleSetFor(const RuleSetRegistry &registry, const QString &unitRuleSet, int year);

private:
    class Analysis;
    QSqlDatabase m_db;
    qint64 m_unitId;
    bool m_requireName = true;
    const RuleSetRegistry *m_registry = nullptr;
};
