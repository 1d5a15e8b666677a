#pragma once
#include "XlsxNumberFormat.h"
#include "XlsxPackage.h"

#include <QList>
#include <QStringList>

class XlsxXmlStream;

// The workbook-level parts of an .xlsx: sheet list (xl/workbook.xml and its .rels),
// shared strings and the number format of each cell style (xl/styles.xml).
// All XML is streamed with QXmlStreamReader.
class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name;
        QString entry;    // zip entry of the worksheet part, e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    // Opens the package and reads the workbook part (not strings/styles yet).
    bool open(const QString &path, QString *error);
    bool openData(const QByteArray &bytes, const QString &fileName, QString *error);
    // Reads shared strings and styles; needed before cell values can be converted.
    bool loadCellData(QString *error);

    const XlsxPackage &package() const { return m_package; }
    QString fileName() const { return m_package.fileName(); }
    const QList<Sheet> &sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    // Number-format kind of cell style index s (Number when out of range).
    XlsxNumberFormat::Kind styleKind(int s) const;

    // Text of a string item (<si> or <is>) the reader is on: plain <t>, or the <t> of rich-text
    // runs <r>; phonetic guides (<rPh>) are skipped, _xHHHH_ escapes decoded, CR LF made LF.
    // Leaves the reader on the item's end element. Sets *tooLong when the text has more than
    // ImportLimits::MaxCellChars characters (the text is then cut there).
    static QString readStringItem(XlsxXmlStream &reader, bool *tooLong);

    // "<file> is damaged: the part <entry> is not valid XML (...)".
    QString xmlError(const QString &entry, const QString &message, qint64 line) const;

private:
    bool readWorkbookPart(QString *error);
    bool loadSharedStrings(const QString &entry, QString *error);
    bool loadStyles(const QString &entry, QString *error);

    XlsxPackage m_package;
    QString m_workbookEntry;
    XlsxPackage::Relationships m_workbookRels;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<XlsxNumberFormat::Kind> m_styleKinds;
};
