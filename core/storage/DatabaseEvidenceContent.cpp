#include "storage/DatabaseEvidenceContent.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

QString DatabaseEvidenceContent::where(const QString &sha256) const
{
    return QStringLiteral("evidence_content ") + sha256;
}

EvidenceContent::State DatabaseEvidenceContent::state(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM evidence_content WHERE sha256 = ? AND chunk_no = 0"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return State::Missing;
    return hashOfStored(sha256, nullptr) == sha256 ? State::Intact : State::Altered;
}

bool DatabaseEvidenceContent::write(const QString &sha256, QIODevice *source, QString *error)
{
    if (!erase(sha256, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO evidence_content (sha256, chunk_no, data) VALUES (?, ?, ?)"));
    qint64 chunkNo = 0;
    do { // an empty file is one empty chunk, so that it is stored too
        const QByteArray chunk = source->read(kChunkBytes);
        if (chunk.isEmpty() && !source->atEnd()) {
            if (error)
                *error = tr("Cannot read the evidence file: %1").arg(source->errorString());
            return false;
        }
        q.addBindValue(sha256);
        q.addBindValue(chunkNo++);
        q.addBindValue(chunk.isNull() ? QByteArray("") : chunk);
        if (!q.exec())
            return failed(q, error);
    } while (!source->atEnd());
    return true;
}

bool DatabaseEvidenceContent::read(const QString &sha256, QIODevice *out, QString *error) const
{
    // One chunk per statement: the driver holds one chunk, never the whole file.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM evidence_content WHERE sha256 = ? AND chunk_no = ?"));
    for (qint64 chunkNo = 0;; ++chunkNo) {
        q.addBindValue(sha256);
        q.addBindValue(chunkNo);
        if (!q.exec())
            return failed(q, error);
        if (!q.next()) {
            if (chunkNo > 0)
                return true;
            if (error)
                *error = tr("The stored copy %1 is missing from the database").arg(sha256);
            return false;
        }
        const QByteArray data = q.value(0).toByteArray();
        if (out->write(data) != data.size()) {
            if (error)
                *error = tr("Cannot write the evidence out: %1").arg(out->errorString());
            return false;
        }
    }
}

bool DatabaseEvidenceContent::erase(const QString &sha256, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM evidence_content WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() || failed(q, error);
}
