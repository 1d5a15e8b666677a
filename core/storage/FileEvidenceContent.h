#pragma once
#include "storage/EvidenceContent.h"

#include <QCoreApplication>

// Evidence content as files in the managed folder beside a SQLite database:
// <dir>/<first two hex digits>/<sha256>, each written atomically (QSaveFile).
class FileEvidenceContent : public EvidenceContent
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    explicit FileEvidenceContent(QString dir) : m_dir(std::move(dir)) {}

    State state(const QString &sha256) const override;
    bool write(const QString &sha256, QIODevice *source, QString *error) override;
    bool read(const QString &sha256, QIODevice *out, QString *error) const override;
    bool erase(const QString &sha256, QString *error) override;
    QString where(const QString &sha256) const override { return localPath(sha256); }
    QString localPath(const QString &sha256) const override;
    bool inDatabase() const override { return false; }

private:
    QString m_dir;
};
