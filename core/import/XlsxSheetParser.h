#pragma once
#include "XlsxWorkbook.h"
#include "XlsxXmlStream.h"

#include <QCoreApplication>
#include <QString>

struct TableData;

// Streams the <sheetData> of one worksheet into rows. Any structural oddity (rows repeated or out
// of order, a cell reference that disagrees with its row or position, more cells than the format
// allows) is an error naming the sheet row, never a shorter or shuffled table.
class XlsxSheetParser
{
public:
    XlsxSheetParser(const XlsxWorkbook &workbook, const XlsxWorkbook::Sheet &sheet, TableData *out)
        : m_workbook(workbook), m_sheet(sheet), m_out(out), m_reader(workbook.package(), sheet.entry)
    {
    }

    bool run(QString *error);

private:
    bool fail(int row, const QString &message)
    {
        m_error = QCoreApplication::translate("XlsxReader", "%1, sheet \"%2\", row %3: %4")
                      .arg(m_workbook.fileName(), m_sheet.name).arg(row).arg(message);
        return false;
    }
    bool startRow();
    bool readCell();
    bool store(int row, int column, const QString &text, bool lossyNumber);

    const XlsxWorkbook &m_workbook;
    const XlsxWorkbook::Sheet &m_sheet;
    TableData *m_out;
    XlsxXmlStream m_reader;
    QString m_error;
    int m_currentRow = 0;   // 1-based; 0 before the first row
    int m_nextColumn = 0;   // 0-based position of the next cell in the row
    qint64 m_cells = 0;     // cell slots held
};
