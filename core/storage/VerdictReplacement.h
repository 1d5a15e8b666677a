#pragma once
#include "storage/PersonYearVerdict.h"
#include "storage/VerdictRowWriter.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Replaces the stored verdicts of one year (0 = all) inside the caller's write transaction, the new
// rows given in parts as they are computed: begin() deletes the old rows (and, for a large full
// replace, drops the two secondary indexes and enlarges the page cache), append() inserts, finish()
// builds the indexes again, restores the cache and clears the year's dirty marks. A failure or a
// rollback leaves everything as it was (DDL is transactional in SQLite); destroyed without finish(),
// only the cache size is restored (the caller rolls back).
class VerdictReplacement
{
public:
    explicit VerdictReplacement(QSqlDatabase db);
    ~VerdictReplacement();
    VerdictReplacement(const VerdictReplacement &) = delete;
    VerdictReplacement &operator=(const VerdictReplacement &) = delete;

    // expectedRows: about how many rows will come (chooses the bulk measures).
    bool begin(int year, qsizetype expectedRows, QString *error);
    bool append(const QList<PersonYearVerdict> &rows, QString *error);
    bool finish(QString *error);

private:
    void restoreCache();
    QSqlDatabase m_db;
    VerdictRowWriter m_writer;
    int m_year = 0;
    qint64 m_cacheSize = 0;
    QStringList m_indexes;   // CREATE INDEX texts of the dropped indexes
};
