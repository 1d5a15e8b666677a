#include "XlsxWorkbook.h"

#include "ImportLimits.h"
#include "XlsxXmlStream.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace {

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

QString XlsxWorkbook::readStringItem(XlsxXmlStream &reader, bool *tooLong)
{
    QString text;
    int depth = 1;
    int phonetic = 0;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (reader.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (reader.name() == QLatin1String("t") && phonetic == 0) {
                bool cut = false;
                text += reader.elementText(ImportLimits::MaxCellChars + 1 - text.size(), &cut);
                if (cut || text.size() > ImportLimits::MaxCellChars)
                    *tooLong = true;
                --depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (reader.name() == QLatin1String("rPh"))
                --phonetic;
            break;
        default:
            break;
        }
    }
    // Line breaks inside a cell are LF (as typed with Alt+Enter); pasted text may carry CR LF.
    return XlsxNumberFormat::unescapeText(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QString XlsxWorkbook::xmlError(const QString &entry, const QString &message, qint64 line) const
{
    return QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 is not valid XML (%3, line %4).")
        .arg(fileName(), entry, message)
        .arg(line);
}

bool XlsxWorkbook::open(const QString &path, QString *error)
{
    return m_package.open(path, error) && readWorkbookPart(error);
}

bool XlsxWorkbook::openData(const QByteArray &bytes, const QString &fileName, QString *error)
{
    return m_package.openData(bytes, fileName, error) && readWorkbookPart(error);
}

bool XlsxWorkbook::readWorkbookPart(QString *error)
{
    XlsxPackage::Relationships rootRels;
    if (!m_package.relationships(QString(), &rootRels, error))
        return false;
    m_workbookEntry = rootRels.byType.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    if (!m_package.contains(m_workbookEntry)) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is not an xlsx file (it has no workbook part; it may be a Word or "
                        "other Office document).").arg(fileName());
        return false;
    }
    if (!m_package.relationships(m_workbookEntry, &m_workbookRels, error))
        return false;
    QByteArray xml;
    if (!m_package.read(m_workbookEntry, &xml, error))
        return false;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("workbookPr")) {
            m_date1904 = isTrue(a.value(QLatin1String("date1904")));
        } else if (reader.name() == QLatin1String("sheet")) {
            Sheet sheet;
            sheet.name = a.value(QLatin1String("name")).toString();
            sheet.hidden = !a.value(QLatin1String("state")).isEmpty()
                && a.value(QLatin1String("state")) != QLatin1String("visible");
            // r:id, in the relationships namespace whatever its prefix.
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == QLatin1String("id") && !attr.namespaceUri().isEmpty())
                    sheet.entry = m_workbookRels.byId.value(attr.value().toString());
            }
            // Chart sheets and dialog sheets have no cell table; they are not offered.
            if (!sheet.entry.isEmpty() && !sheet.entry.contains(QLatin1String("chartsheets/"))
                && !sheet.entry.contains(QLatin1String("dialogsheets/")))
                m_sheets.append(sheet);
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = xmlError(m_workbookEntry, reader.errorString(), reader.lineNumber());
        return false;
    }
    if (m_sheets.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 contains no worksheets.").arg(fileName());
        return false;
    }
    return true;
}

bool XlsxWorkbook::loadCellData(QString *error)
{
    const QString strings = m_workbookRels.byType.value(QStringLiteral("sharedStrings"));
    if (!strings.isEmpty() && m_package.contains(strings) && !loadSharedStrings(strings, error))
        return false;
    const QString styles = m_workbookRels.byType.value(QStringLiteral("styles"));
    if (!styles.isEmpty() && m_package.contains(styles) && !loadStyles(styles, error))
        return false;
    return true;
}

XlsxNumberFormat::Kind XlsxWorkbook::styleKind(int s) const
{
    return s >= 0 && s < m_styleKinds.size() ? m_styleKinds.at(s) : XlsxNumberFormat::Kind::Number;
}

bool XlsxWorkbook::loadSharedStrings(const QString &entry, QString *error)
{
    XlsxXmlStream reader(m_package, entry);
    if (!reader.open(error))
        return false;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    qint64 chars = 0;
    while (!reader.atEnd()) {
        if (reader.next() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("sst")) {
            // uniqueCount is a claim; reserve only what a real roster needs at most.
            const qint64 count = reader.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            if (count > 0)
                m_sharedStrings.reserve(qsizetype(qMin<qint64>(count, 100000)));
        } else if (reader.name() == QLatin1String("si")) {
            if (m_sharedStrings.size() >= ImportLimits::MaxSharedStrings)
                return fail(QCoreApplication::translate("XlsxReader", "%1 has more than %L2 shared strings (part %3), the most this program reads.")
                                .arg(fileName()).arg(ImportLimits::MaxSharedStrings).arg(entry));
            bool tooLong = false;
            m_sharedStrings.append(readStringItem(reader, &tooLong));
            if (tooLong)
                return fail(QCoreApplication::translate("XlsxReader", "%1: shared string %L2 (part %3) is longer than %L4 characters, the most a cell may hold.")
                                .arg(fileName()).arg(m_sharedStrings.size()).arg(entry).arg(ImportLimits::MaxCellChars));
            chars += m_sharedStrings.constLast().size();
            if (chars > ImportLimits::MaxSharedStringChars)
                return fail(QCoreApplication::translate("XlsxReader", "%1: the shared strings (part %2) hold more than %L3 characters, the most this program reads.")
                                .arg(fileName(), entry).arg(ImportLimits::MaxSharedStringChars));
        }
    }
    if (!reader.streamError().isEmpty())
        return fail(reader.streamError());
    if (reader.failed())
        return fail(xmlError(entry, reader.xmlErrorString(), reader.lineNumber()));
    return true;
}

bool XlsxWorkbook::loadStyles(const QString &entry, QString *error)
{
    QByteArray xml;
    if (!m_package.read(entry, &xml, error))
        return false;
    QHash<int, QString> customFormats;
    QList<int> xfFormatIds;
    bool inCellXfs = false;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("numFmt")) {
            customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                 a.value(QLatin1String("formatCode")).toString());
        } else if (reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && reader.name() == QLatin1String("xf")) {
            xfFormatIds.append(a.value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = xmlError(entry, reader.errorString(), reader.lineNumber());
        return false;
    }
    m_styleKinds.reserve(xfFormatIds.size());
    for (const int id : xfFormatIds)
        m_styleKinds.append(XlsxNumberFormat::kindOf(id, customFormats.value(id)));
    return true;
}
