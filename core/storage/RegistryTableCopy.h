#pragma once
#include "storage/RegistryCatalogue.h"

#include <QSqlDatabase>
#include <QString>

// One table of cehours-cli migrate (RegistryMigration): its rows read from the source and inserted
// into the target with their ids, and a digest of them. The digest is order-independent (the sum of a
// SHA-256 per row, so the two backends' row order and collation do not matter) over every column
// (generated ones too) with the values in one canonical form: an integral number the same whether it
// came as an integer or a REAL (SQLite's loose types / PostgreSQL's BIGINT and DOUBLE PRECISION),
// text as UTF-8, bytes as bytes, NULL as NULL.
class RegistryTableCopy
{
public:
    struct Digest
    {
        qint64 rows = 0;
        quint64 sum = 0;
    };

    RegistryTableCopy(QSqlDatabase source, QSqlDatabase target, RegistryCatalogue::Table table);

    // Deletes what the target's table holds (a fresh schema's rows, rows earlier inserts' triggers made).
    bool clearTarget();
    bool run();
    Digest sourceDigest() const { return m_digest; }
    QString errorString() const { return m_error; }

    static bool digest(const QSqlDatabase &db, const RegistryCatalogue::Table &table, Digest *out, QString *error);
    static qint64 count(const QSqlDatabase &db, const QString &table); // -1 when it cannot be read

private:
    QSqlDatabase m_source, m_target;
    RegistryCatalogue::Table m_table;
    Digest m_digest;
    QString m_error;
};
