#include "storage/EvidenceContent.h"

#include "storage/DatabaseEvidenceContent.h"
#include "storage/FileEvidenceContent.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>

namespace {
// A write-only device that hashes what is written to it (the stored bytes are streamed through it).
class HashingSink : public QIODevice
{
public:
    HashingSink() : m_hash(QCryptographicHash::Sha256) { open(QIODevice::WriteOnly); }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QCryptographicHash m_hash;
};
} // namespace

std::shared_ptr<EvidenceContent> EvidenceContent::of(const QSqlDatabase &db, const QString &storeDir)
{
    if (SqlDialect::isPostgres(db))
        return std::make_shared<DatabaseEvidenceContent>(db);
    return std::make_shared<FileEvidenceContent>(storeDir);
}

QString EvidenceContent::hashOfStored(const QString &sha256, QString *error) const
{
    HashingSink sink;
    if (!read(sha256, &sink, error))
        return {};
    return sink.hex();
}
