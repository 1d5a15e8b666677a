#include "XlsxPackage.h"

#include "ImportLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cstring>

namespace {

constexpr ZPOS64_T MaxEntrySize = ZPOS64_T(ImportLimits::MaxSmallPartBytes);

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

// minizip ioapi over a QByteArray.
struct XlsxPackage::MemoryFile
{
    const QByteArray *bytes = nullptr;
    ZPOS64_T pos = 0;

    static voidpf ZCALLBACK open(voidpf opaque, const void *, int mode)
    {
        if (mode & ZLIB_FILEFUNC_MODE_WRITE)
            return nullptr;
        auto *file = static_cast<MemoryFile *>(opaque);
        file->pos = 0;
        return file;
    }
    static uLong ZCALLBACK read(voidpf, voidpf stream, void *buf, uLong size)
    {
        auto *file = static_cast<MemoryFile *>(stream);
        const ZPOS64_T total = ZPOS64_T(file->bytes->size());
        if (file->pos >= total)
            return 0;
        const ZPOS64_T n = qMin<ZPOS64_T>(size, total - file->pos);
        memcpy(buf, file->bytes->constData() + file->pos, size_t(n));
        file->pos += n;
        return uLong(n);
    }
    static uLong ZCALLBACK write(voidpf, voidpf, const void *, uLong) { return 0; }
    static ZPOS64_T ZCALLBACK tell(voidpf, voidpf stream)
    {
        return static_cast<MemoryFile *>(stream)->pos;
    }
    static long ZCALLBACK seek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
    {
        auto *file = static_cast<MemoryFile *>(stream);
        const ZPOS64_T total = ZPOS64_T(file->bytes->size());
        ZPOS64_T target = 0;
        switch (origin) {
        case ZLIB_FILEFUNC_SEEK_SET: target = offset; break;
        case ZLIB_FILEFUNC_SEEK_CUR: target = file->pos + offset; break;
        case ZLIB_FILEFUNC_SEEK_END: target = total + offset; break;
        default: return -1;
        }
        if (target > total)
            return -1;
        file->pos = target;
        return 0;
    }
    static int ZCALLBACK close(voidpf, voidpf) { return 0; }
    static int ZCALLBACK error(voidpf, voidpf) { return 0; }
};

XlsxPackage::XlsxPackage() = default;

XlsxPackage::~XlsxPackage()
{
    closeEntry();
    if (m_zip)
        unzClose(m_zip);
    delete m_memory;
}

bool XlsxPackage::open(const QString &path, QString *error)
{
    m_fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > ImportLimits::MaxFileBytes) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is larger than %2 MB, the most a workbook may have.")
                         .arg(m_fileName, megabytes(ImportLimits::MaxFileBytes));
        return false;
    }
    m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return openData(m_bytes, m_fileName, error);
}

bool XlsxPackage::openData(const QByteArray &bytes, const QString &fileName, QString *error)
{
    m_fileName = fileName;
    m_bytes = bytes;
    if (m_bytes.size() > ImportLimits::MaxFileBytes) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is larger than %2 MB, the most a workbook may have.")
                         .arg(m_fileName, megabytes(ImportLimits::MaxFileBytes));
        return false;
    }
    if (m_bytes.startsWith("\xD0\xCF\x11\xE0")) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is an old Excel workbook (.xls) or is password-protected; "
                        "open it in Excel and save it as an unprotected .xlsx workbook.").arg(m_fileName);
        return false;
    }
    m_memory = new MemoryFile;
    m_memory->bytes = &m_bytes;
    zlib_filefunc64_def funcs;
    funcs.zopen64_file = &MemoryFile::open;
    funcs.zread_file = &MemoryFile::read;
    funcs.zwrite_file = &MemoryFile::write;
    funcs.ztell64_file = &MemoryFile::tell;
    funcs.zseek64_file = &MemoryFile::seek;
    funcs.zclose_file = &MemoryFile::close;
    funcs.zerror_file = &MemoryFile::error;
    funcs.opaque = m_memory;
    m_zip = unzOpen2_64("memory", &funcs);
    if (!m_zip || !contains(QStringLiteral("[Content_Types].xml"))) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is not an xlsx file (it is not an Excel workbook or it is damaged).").arg(m_fileName);
        return false;
    }
    unz_global_info64 global;
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK || global.number_entry > ZPOS64_T(ImportLimits::MaxZipEntries)) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 has more than %2 parts in its zip container; it is not a workbook "
                        "this program reads.").arg(m_fileName).arg(ImportLimits::MaxZipEntries);
        return false;
    }
    return true;
}

bool XlsxPackage::locate(const QString &entry) const
{
    if (!m_zip)
        return false;
    closeEntry(); // minizip has one current entry: locating another ends a stream
    const QByteArray name = entry.toUtf8();
    // 2 = case-insensitive: some tools write "xl/SharedStrings.xml".
    return unzLocateFile(m_zip, name.constData(), 2) == UNZ_OK;
}

bool XlsxPackage::contains(const QString &entry) const
{
    return locate(entry);
}

bool XlsxPackage::read(const QString &entry, QByteArray *data, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    closeEntry();
    if (!locate(entry))
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 is missing.").arg(m_fileName, entry));
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged: cannot read the part %2.").arg(m_fileName, entry));
    auto tooLarge = [&]() {
        return fail(QCoreApplication::translate("XlsxReader", "%1: the part %2 inflates to more than %3 MB, the limit for this part.")
                        .arg(m_fileName, entry, megabytes(ImportLimits::MaxSmallPartBytes)));
    };
    if (info.uncompressed_size > MaxEntrySize)
        return tooLarge();
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged or encrypted: cannot open the part %2.").arg(m_fileName, entry));
    data->clear();
    // The size in the header is a claim: grow with what really inflates.
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        data->append(buffer, n);
        if (ZPOS64_T(data->size()) > MaxEntrySize)
            break;
    }
    const int closeResult = unzCloseCurrentFile(m_zip); // checks the CRC
    if (ZPOS64_T(data->size()) > MaxEntrySize) {
        data->clear();
        return tooLarge();
    }
    if (n < 0 || closeResult != UNZ_OK)
        return fail(QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 cannot be decompressed.").arg(m_fileName, entry));
    return true;
}

bool XlsxPackage::openEntry(const QString &entry, QString *error) const
{
    closeEntry();
    if (!locate(entry)) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 is missing.").arg(m_fileName, entry);
        return false;
    }
    // minizip inflates no more than the size the entry header declares (and then checks the
    // CRC), so a declared size beyond the limit is refused before any work is done.
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK
        && info.uncompressed_size > ZPOS64_T(ImportLimits::MaxStreamedPartBytes)) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1: the part %2 inflates to more than %3 MB, the limit for this part.")
                         .arg(m_fileName, entry, megabytes(ImportLimits::MaxStreamedPartBytes));
        return false;
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged or encrypted: cannot open the part %2.").arg(m_fileName, entry);
        return false;
    }
    m_openEntry = entry;
    m_inflated = 0;
    return true;
}

qint64 XlsxPackage::readEntry(char *buffer, qint64 size, QString *error) const
{
    if (m_openEntry.isEmpty())
        return 0;
    const QString entry = m_openEntry;
    const int n = unzReadCurrentFile(m_zip, buffer, unsigned(qMin<qint64>(size, 1 << 20)));
    if (n > 0) {
        m_inflated += n;
        if (m_inflated > ImportLimits::MaxStreamedPartBytes) {
            closeEntry();
            if (error)
                *error = QCoreApplication::translate("XlsxReader", "%1: the part %2 inflates to more than %3 MB, the limit for this part.")
                             .arg(m_fileName, entry, megabytes(ImportLimits::MaxStreamedPartBytes));
            return -1;
        }
        return n;
    }
    m_openEntry.clear();
    const int closeResult = unzCloseCurrentFile(m_zip); // checks the CRC
    if (n < 0 || closeResult != UNZ_OK) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 cannot be decompressed.").arg(m_fileName, entry);
        return -1;
    }
    return 0;
}

void XlsxPackage::closeEntry() const
{
    if (m_openEntry.isEmpty())
        return;
    m_openEntry.clear();
    unzCloseCurrentFile(m_zip);
}

bool XlsxPackage::relationships(const QString &part, Relationships *rels, QString *error) const
{
    rels->byId.clear();
    rels->byType.clear();
    const int slash = int(part.lastIndexOf(QLatin1Char('/')));
    const QString dir = slash >= 0 ? part.left(slash + 1) : QString();
    const QString relsEntry = dir + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    if (!contains(relsEntry))
        return true;
    QByteArray xml;
    if (!read(relsEntry, &xml, error))
        return false;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement
            || reader.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString target = a.value(QLatin1String("Target")).toString();
        QString resolved = target.startsWith(QLatin1Char('/')) ? target.mid(1) : dir + target;
        resolved = QDir::cleanPath(resolved);
        if (resolved.startsWith(QLatin1Char('/')))
            resolved.remove(0, 1);
        rels->byId.insert(a.value(QLatin1String("Id")).toString(), resolved);
        const QString type = a.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1);
        if (!rels->byType.contains(type))
            rels->byType.insert(type, resolved);
    }
    if (reader.hasError()) {
        if (error)
            *error = QCoreApplication::translate("XlsxReader", "%1 is damaged: the part %2 is not valid XML (%3, line %4).")
                         .arg(m_fileName, relsEntry, reader.errorString())
                         .arg(reader.lineNumber());
        return false;
    }
    return true;
}
