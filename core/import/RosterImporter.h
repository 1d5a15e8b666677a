#pragma once
#include <QCoreApplication>
#include "domain/Staff.h"

#include <QSqlDatabase>
#include <QStringList>

struct TableData;

// Roster import (CSV or XLSX): analyse() validates every row and works out what would be
// added, updated or left unchanged; apply() writes it in one transaction, and refuses when
// any row failed: an import applies whole or not at all.
//
// An existing person (same unit, same ID number) is updated from the columns the file has;
// empty cells never erase what the registry already holds.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    struct RowIssue
    {
        int row = 0;          // spreadsheet row number (1-based), 行号
        QString idNumber;     // 证件号码 as written in the file
        QString reason;       // 失败原因
    };

    struct Preview
    {
        QString sourceName;
        int headerRow = 0;           // 1-based
        QStringList ignoredColumns;  // headers that match no field
        QList<Staff> toAdd;
        QList<Staff> toUpdate;       // full records after the merge
        int unchanged = 0;
        QList<RowIssue> errors;

        bool ok() const { return errors.isEmpty(); }
        int rowsRead() const { return int(toAdd.size() + toUpdate.size()) + unchanged + int(errors.size()); }
    };

    RosterImporter(QSqlDatabase db, qint64 unitId);

    // False only when the file cannot be read at all (error says why); row problems go to
    // preview->errors.
    bool analyse(const QString &path, Preview *preview, QString *error) const;
    bool analyseTable(const TableData &table, Preview *preview, QString *error) const;
    // Writes the preview; refuses (false, error) when it has errors.
    bool apply(Preview &preview, QString *error) const;

    // Tab-separated report: 行号, 证件号码, 失败原因, one line per bad row.
    static QString errorReport(const Preview &preview);
    // One line: "N to add, M to update, K unchanged".
    static QString summary(const Preview &preview);

private:
    QSqlDatabase m_db;
    qint64 m_unitId;
};
