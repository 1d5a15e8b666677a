#include "TableReader.h"

#include "CsvReader.h"
#include "TableData.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

bool TableReader::read(const QString &path, TableData *out, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return CsvReader::read(path, out, error) && checkCharacters(*out, error);
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return XlsxReader::read(path, out, error) && checkCharacters(*out, error);
    if (error) {
        if (suffix == QLatin1String("xls") || suffix == QLatin1String("et"))
            *error = QCoreApplication::translate("TableReader", "%1 is in the old Excel format (.xls), which cannot be read. Open it in Excel or WPS "
                        "and use \"Save As\" to save it as an Excel workbook (.xlsx).").arg(info.fileName());
        else
            *error = QCoreApplication::translate("TableReader", "%1 is not a supported file type. Use an Excel workbook (.xlsx) or CSV text (.csv).")
                         .arg(info.fileName());
    }
    return false;
}

bool TableReader::checkCharacters(const TableData &table, QString *error)
{
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            for (const QChar ch : cells.at(c)) {
                if (ch.unicode() != 0xFFFE && ch.unicode() != 0xFFFF)
                    continue;
                if (error)
                    *error = QCoreApplication::translate("TableReader", "%1, row %2, column %3: the cell holds U+%4, which is not a character "
                                                                        "(the file was damaged or converted wrongly). Remove it and import again; nothing was imported.")
                                 .arg(table.sourceName).arg(r + 1).arg(XlsxReader::columnName(c))
                                 .arg(QString::number(ch.unicode(), 16).toUpper());
                return false;
            }
        }
    }
    return true;
}

QString TableReader::fileDialogFilter()
{
    return QCoreApplication::translate("TableReader", "Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)");
}
