#pragma once
#include <QList>
#include <QSet>
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
    // xlsx: cells that were numbers with more than 15 digits before the point. Excel keeps only
    // 15 significant digits, so such a value (an ID number typed into a number cell) has lost
    // its last digits and must not be trusted as an identifier.
    QSet<quint64> lossyNumbers;

    void markLossyNumber(int row, int column) { lossyNumbers.insert(key(row, column)); }
    bool isLossyNumber(int row, int column) const { return lossyNumbers.contains(key(row, column)); }
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

    // Cell text, or an empty string when the row/column is outside the data.
    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size())
            return {};
        return rows.at(row).value(column);
    }
};
