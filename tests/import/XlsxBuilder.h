#pragma once
// Builds .xlsx files part by part with minizip (tests only): a minimal workbook around a
// worksheet XML the test writes, streamed in chunks so a part can inflate to a gigabyte.
#include <QByteArray>
#include <QString>

#include <minizip/zip.h>

#include <functional>

class XlsxBuilder
{
public:
    explicit XlsxBuilder(const QString &path)
    {
        m_zip = zipOpen64(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE);
        m_ok = m_zip != nullptr;
    }
    ~XlsxBuilder() { close(); }

    bool ok() const { return m_ok; }

    // A part given whole.
    void add(const QString &name, const QByteArray &data, int level = 6)
    {
        addStreamed(name, [&](const std::function<void(const QByteArray &)> &write) { write(data); }, level);
    }
    // A part written in pieces by `produce`, which calls write() as often as it likes.
    void addStreamed(const QString &name, const std::function<void(const std::function<void(const QByteArray &)> &)> &produce,
                     int level = 6)
    {
        if (!m_zip)
            return;
        zip_fileinfo info = {};
        if (zipOpenNewFileInZip64(m_zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, level, 1)
            != ZIP_OK) {
            m_ok = false;
            return;
        }
        produce([&](const QByteArray &chunk) {
            if (zipWriteInFileInZip(m_zip, chunk.constData(), unsigned(chunk.size())) != ZIP_OK)
                m_ok = false;
        });
        if (zipCloseFileInZip(m_zip) != ZIP_OK)
            m_ok = false;
    }

    // [Content_Types].xml, the relationships and a workbook with one sheet "Sheet1" at
    // xl/worksheets/sheet1.xml (and xl/sharedStrings.xml when withSharedStrings).
    void addWorkbookParts(bool withSharedStrings = false)
    {
        add(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        add(QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>");
        add(QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                          "Target=\"worksheets/sheet1.xml\"/>";
        if (withSharedStrings)
            rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    "Target=\"sharedStrings.xml\"/>";
        add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    }

    static QByteArray sheetStart()
    {
        return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }
    static QByteArray sheetEnd() { return "</sheetData></worksheet>"; }
    static QByteArray inlineCell(const QByteArray &text, const QByteArray &ref = QByteArray())
    {
        return "<c" + (ref.isEmpty() ? QByteArray() : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    // A complete workbook whose sheet1.xml is sheetData wrapped in the worksheet element.
    static bool write(const QString &path, const QByteArray &sheetData)
    {
        XlsxBuilder b(path);
        b.addWorkbookParts();
        b.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetStart() + sheetData + sheetEnd());
        b.close();
        return b.ok();
    }

    void close()
    {
        if (m_zip) {
            if (zipClose(m_zip, nullptr) != ZIP_OK)
                m_ok = false;
            m_zip = nullptr;
        }
    }

private:
    zipFile m_zip = nullptr;
    bool m_ok = true;
};
