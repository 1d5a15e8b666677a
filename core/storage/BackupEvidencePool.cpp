#include "storage/BackupEvidencePool.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
QString hashPath(const QString &root, const QString &sha)
{
    return QDir(root).filePath(sha.left(2) + QLatin1Char('/') + sha);
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// Copies from into to (atomically: a killed copy leaves no file under the hash name) if from has that hash.
bool copyVerified(const QString &from, const QString &to, const QString &sha)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(to).absolutePath()))
        return false;
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        h.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return false;
    }
    if (QString::fromLatin1(h.result().toHex()) != sha)
        return false; // QSaveFile discards the copy
    return out.commit();
}
} // namespace

BackupEvidencePool::BackupEvidencePool(QString storeDir, QString poolDir) : m_store(std::move(storeDir)), m_pool(std::move(poolDir)) {}

bool BackupEvidencePool::isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QStringList BackupEvidencePool::copyIn(const QSet<QString> &hashes) const
{
    QStringList missing;
    for (const QString &sha : hashes) {
        if (!isHash(sha))
            continue;
        const QString target = hashPath(m_pool, sha);
        if (QFileInfo::exists(target))
            continue; // already in the pool: files are stored by content and never change
        if (!copyVerified(hashPath(m_store, sha), target, sha))
            missing << sha;
    }
    return missing;
}

QStringList BackupEvidencePool::restoreOut(const QSet<QString> &hashes) const
{
    QStringList lost;
    for (const QString &sha : hashes) {
        if (!isHash(sha))
            continue;
        const QString target = hashPath(m_store, sha);
        if (QFileInfo::exists(target) && sha256Of(target) == sha)
            continue;
        if (!copyVerified(hashPath(m_pool, sha), target, sha))
            lost << sha;
    }
    return lost;
}

void BackupEvidencePool::prune(const QSet<QString> &referenced) const
{
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    QDirIterator it(m_pool, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (!referenced.contains(fi.fileName()) && fi.lastModified() < hourAgo)
            QFile::remove(fi.absoluteFilePath());
    }
}
