#include "storage/FileEvidenceContent.h"

#include "util/OutputBarrier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString FileEvidenceContent::localPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

EvidenceContent::State FileEvidenceContent::state(const QString &sha256) const
{
    if (!QFileInfo::exists(localPath(sha256)))
        return State::Missing;
    return hashOfStored(sha256, nullptr) == sha256 ? State::Intact : State::Altered;
}

bool FileEvidenceContent::write(const QString &sha256, QIODevice *source, QString *error)
{
    const QString target = localPath(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        if (error)
            *error = tr("Cannot create the evidence folder %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write into the evidence store: %1").arg(out.errorString());
        return false;
    }
    while (!source->atEnd()) {
        const QByteArray chunk = source->read(1 << 20);
        if (chunk.isEmpty() && !source->atEnd()) {
            if (error)
                *error = tr("Cannot read the evidence file: %1").arg(source->errorString());
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            if (error)
                *error = tr("Cannot write into the evidence store: %1").arg(out.errorString());
            return false;
        }
    }
    const QString barrier = OutputBarrier::pass(); // the CLI's overlapped check of the database
    if (!barrier.isEmpty()) {
        out.cancelWriting();
        if (error)
            *error = barrier;
        return false;
    }
    if (!out.commit()) {
        if (error)
            *error = tr("Cannot write into the evidence store: %1").arg(out.errorString());
        return false;
    }
    return true;
}

bool FileEvidenceContent::read(const QString &sha256, QIODevice *out, QString *error) const
{
    QFile in(localPath(sha256));
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(in.fileName()), in.errorString());
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if ((chunk.isEmpty() && !in.atEnd()) || out->write(chunk) != chunk.size()) {
            if (error)
                *error = tr("Cannot copy %1: %2").arg(QDir::toNativeSeparators(in.fileName()), out->errorString());
            return false;
        }
    }
    return true;
}

bool FileEvidenceContent::erase(const QString &sha256, QString *error)
{
    const QString path = localPath(sha256);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Cannot remove %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}
