#pragma once
#include <QByteArray>
#include <QHash>
#include <QString>

// The zip container of an .xlsx file, read completely into memory.
// The file is read with QFile (so Unicode paths work on Windows as well) and handed to
// minizip through in-memory ioapi callbacks; minizip never opens the path itself.
class XlsxPackage
{
public:
    XlsxPackage();
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    // False with *error when the file cannot be read or is not a zip archive.
    bool open(const QString &path, QString *error);
    // The same for a file already in memory (fileName is used in messages).
    bool openData(const QByteArray &bytes, const QString &fileName, QString *error);
    QString fileName() const { return m_fileName; }

    bool contains(const QString &entry) const;
    // Reads one entry (e.g. "xl/workbook.xml"); false with *error naming the entry.
    // Parts read whole are limited to ImportLimits::MaxSmallPartBytes inflated.
    bool read(const QString &entry, QByteArray *data, QString *error) const;

    // Streaming one entry at a time (worksheets, shared strings): openEntry, then readEntry until
    // it returns 0 (end, CRC checked) or -1 (*error says why: damaged, or more than
    // ImportLimits::MaxStreamedPartBytes inflated). closeEntry is called by the destructor too.
    bool openEntry(const QString &entry, QString *error) const;
    qint64 readEntry(char *buffer, qint64 size, QString *error) const;
    void closeEntry() const;

    // Relationship targets of a part: Id -> resolved entry name, and Type -> entry name of the
    // first relationship of that type ("officeDocument", "sharedStrings", "styles", ...; the
    // last path segment of the type URI). Missing .rels gives empty maps, not an error.
    struct Relationships
    {
        QHash<QString, QString> byId;
        QHash<QString, QString> byType;
    };
    bool relationships(const QString &part, Relationships *rels, QString *error) const;

private:
    struct MemoryFile;
    bool locate(const QString &entry) const;

    QString m_fileName;
    QByteArray m_bytes;
    MemoryFile *m_memory = nullptr;
    void *m_zip = nullptr;
    mutable QString m_openEntry;       // the entry being streamed, empty when none
    mutable qint64 m_inflated = 0;     // bytes of it read so far
};
