#pragma once
#include <QSqlDatabase>

// Lets this connection write its own temp schema while it is query_only (SQLite refuses every write
// under PRAGMA query_only, temp tables included). A read-only open and the app's opening check keep
// the connection query_only to guard the FILE; the temp schema (temp.ce_verdict_year, the year the
// registry shows) is the connection's own memory, never the file, so it is written with query_only
// off for the scope of this object and on again after it. Nothing else may run in that scope.
// PostgreSQL and a connection that is not query_only: does nothing.
class TempSchemaWrites
{
public:
    explicit TempSchemaWrites(QSqlDatabase db);
    ~TempSchemaWrites();
    TempSchemaWrites(const TempSchemaWrites &) = delete;
    TempSchemaWrites &operator=(const TempSchemaWrites &) = delete;

private:
    QSqlDatabase m_db;
    bool m_restore = false;
};
