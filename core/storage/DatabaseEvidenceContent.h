#pragma once
#include "storage/EvidenceContent.h"

#include <QCoreApplication>

// Evidence content in the database (PostgreSQL, issue 13): the table evidence_content, one row per
// chunk of kChunkBytes (sha256, chunk_no from 0, data bytea). Written and read one chunk per statement,
// so a large file never sits whole in one query or in memory.
class DatabaseEvidenceContent : public EvidenceContent
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    static constexpr qint64 kChunkBytes = 1 << 20; // 1 MiB

    explicit DatabaseEvidenceContent(QSqlDatabase db) : m_db(std::move(db)) {}

    State state(const QString &sha256) const override;
    bool write(const QString &sha256, QIODevice *source, QString *error) override;
    bool read(const QString &sha256, QIODevice *out, QString *error) const override;
    bool erase(const QString &sha256, QString *error) override;
    QString where(const QString &sha256) const override;
    QString localPath(const QString &) const override { return {}; }
    bool inDatabase() const override { return true; }

private:
    QSqlDatabase m_db;
};
