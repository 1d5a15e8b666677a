#pragma once
#include <QSqlDatabase>
#include <QVariant>

// For a many-row write on a connection, BEFORE its transaction begins (temp_store cannot change inside
// one) and released after it ended: statement journals in memory (PRAGMA temp_store = MEMORY: a
// statement writing hundreds of rows otherwise journals every page it changes to a temporary file, about
// 70,000 writes for a 10,000-row roster) and a page cache of up to 64 MB (the default 2 MB spills the
// transaction's dirty pages before the commit writes them). The connection's settings come back after.
class BulkWritePragmas
{
public:
    explicit BulkWritePragmas(QSqlDatabase db);
    ~BulkWritePragmas();
    BulkWritePragmas(const BulkWritePragmas &) = delete;
    BulkWritePragmas &operator=(const BulkWritePragmas &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_cacheSize, m_tempStore; // as they were; invalid: not changed
};
