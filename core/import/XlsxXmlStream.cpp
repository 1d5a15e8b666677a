#include "XlsxXmlStream.h"

#include "ImportLimits.h"
#include "XlsxPackage.h"

#include <QCoreApplication>

XlsxXmlStream::XlsxXmlStream(const XlsxPackage &package, const QString &entry) : m_package(package), m_entry(entry) {}

XlsxXmlStream::~XlsxXmlStream()
{
    m_package.closeEntry();
}

bool XlsxXmlStream::open(QString *error)
{
    return m_package.openEntry(m_entry, error);
}

bool XlsxXmlStream::refill()
{
    if (m_exhausted)
        return false;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    const qint64 n = m_package.readEntry(chunk.data(), chunk.size(), &m_streamError);
    if (n < 0) {
        m_failed = true;
        return false;
    }
    if (n == 0) {
        m_exhausted = true;
        return false;
    }
    chunk.truncate(qsizetype(n));
    m_xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxXmlStream::next()
{
    if (m_failed)
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (refill())
                continue;
            if (m_failed)
                return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::StartElement && ++m_depth > ImportLimits::MaxXmlDepth) {
            m_failed = true;
            m_streamError = QCoreApplication::translate("XlsxReader", "%1: the part %2 nests XML elements more than %3 deep (line %4).")
                                .arg(m_package.fileName(), m_entry)
                                .arg(ImportLimits::MaxXmlDepth)
                                .arg(m_xml.lineNumber());
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }
}

QString XlsxXmlStream::elementText(qsizetype maxChars, bool *truncated)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference: {
            const QStringView piece = m_xml.text();
            if (text.size() + piece.size() > maxChars) {
                if (truncated)
                    *truncated = true;
                text += piece.left(qMax<qsizetype>(0, maxChars - text.size()));
            } else {
                text += piece;
            }
            break;
        }
        default:
            break;
        }
    }
    return text;
}

void XlsxXmlStream::skipElement()
{
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        else if (token == QXmlStreamReader::EndElement)
            --depth;
    }
}
