#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// One sheet of a spreadsheet (or a whole CSV file) as plain text, the way a clerk sees it.
// rows[i] is spreadsheet row number i + 1 ("第N行" with N = i + 1); empty rows stay in the list
// as empty QStringLists so that row numbers remain true. Within a row, cells[j] is column j
// (A = 0). Trailing empty cells of a row and trailing empty rows of the sheet are dropped.
struct TableData
{
    QString sourceName;        // file name (without directory) for messages
    QList<QStringList> rows;
    QString sheetName;         // xlsx: the sheet that was read; empty for CSV

    // Cell text, or an empty string when the row/column is outside the data.
    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size())
            return {};
        return rows.at(row).value(column);
    }
};
