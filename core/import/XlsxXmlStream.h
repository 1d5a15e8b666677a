#pragma once
#include <QString>
#include <QXmlStreamReader>

class XlsxPackage;

// A QXmlStreamReader over one zip entry that is inflated in chunks as the parser needs them,
// so a part is never held whole in memory. It also enforces ImportLimits::MaxXmlDepth.
// Text helpers replace QXmlStreamReader::readElementText/skipCurrentElement, which cannot
// resume when the data so far ends inside the element.
class XlsxXmlStream
{
public:
    XlsxXmlStream(const XlsxPackage &package, const QString &entry);
    ~XlsxXmlStream();
    XlsxXmlStream(const XlsxXmlStream &) = delete;
    XlsxXmlStream &operator=(const XlsxXmlStream &) = delete;

    bool open(QString *error);
    // The next token, refilling the parser from the entry; Invalid at an error (see failed()).
    QXmlStreamReader::TokenType next();
    bool atEnd() const { return m_failed || m_xml.atEnd(); }
    QStringView name() const { return m_xml.name(); }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }

    // On a start element: the text of the element and its descendants, leaving the stream on
    // its end element. Stops adding (but keeps reading) after maxChars characters and sets
    // *truncated (when given).
    QString elementText(qsizetype maxChars, bool *truncated = nullptr);
    // On a start element: skips to its end element.
    void skipElement();

    bool failed() const { return m_failed || m_xml.hasError(); }
    // A limit or inflate error: a complete message (file and part named). Empty for XML errors.
    QString streamError() const { return m_streamError; }
    // The XML parser's message, for XlsxWorkbook::xmlError.
    QString xmlErrorString() const { return m_xml.errorString(); }

private:
    bool refill();

    const XlsxPackage &m_package;
    QString m_entry;
    QXmlStreamReader m_xml;
    QString m_streamError;
    bool m_failed = false;
    bool m_exhausted = false;
    int m_depth = 0;
};
