#include "XlsxReader.h"

#include "ImportLimits.h"
#include "TableData.h"
#include "XlsxWorkbook.h"
#include "XlsxSheetParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QXmlStreamReader>

namespace {

const XlsxWorkbook::Sheet *findSheet(const XlsxWorkbook &workbook, const QString &name)
{
    const QList<XlsxWorkbook::Sheet> &sheets = workbook.sheets();
    if (name.isEmpty()) {
        for (const XlsxWorkbook::Sheet &sheet : sheets) {
            if (!sheet.hidden)
                return &sheet;
        }
        return &sheets.first();
    }
    for (const XlsxWorkbook::Sheet &sheet : sheets) {
        if (sheet.name == name)
            return &sheet;
    }
    for (const XlsxWorkbook::Sheet &sheet : sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    return nullptr;
}

} // namespace

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    XlsxWorkbook workbook;
    if (!workbook.open(path, error))
        return {};
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : workbook.sheets())
        names.append(sheet.name);
    return names;
}

bool XlsxReader::read(const QString &path, TableData *out, QString *error, const QString &sheet)
{
    XlsxWorkbook workbook;
    return workbook.open(path, error) && readSheet(workbook, out, error, sheet);
}

bool XlsxReader::readData(const QByteArray &bytes, const QString &fileName, TableData *out, QString *error, const QString &sheet)
{
    XlsxWorkbook workbook;
    return workbook.openData(bytes, fileName, error) && readSheet(workbook, out, error, sheet);
}

bool XlsxReader::readSheet(XlsxWorkbook &workbook, TableData *out, QString *error, const QString &sheet)
{
    const XlsxWorkbook::Sheet *found = findSheet(workbook, sheet);
    if (!found) {
        QStringList names;
        for (const XlsxWorkbook::Sheet &s : workbook.sheets())
            names.append(s.name);
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 has no sheet named \"%2\" (its sheets: %3).")
                         .arg(workbook.fileName(), sheet, names.join(QStringLiteral(", ")));
        return false;
    }
    if (!workbook.loadCellData(error))
        return false;
    TableData table;
    table.sourceName = workbook.fileName();
    table.sheetName = found->name;
    XlsxSheetParser parser(workbook, *found, &table);
    if (!parser.run(error))
        return false;
    *out = std::move(table);
    return true;
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}
