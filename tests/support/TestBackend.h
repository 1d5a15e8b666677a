#pragma once
#include <QString>

// The backend a test binary runs against (issue 13): the same test code on SQLite (a file in a temporary
// folder) or on PostgreSQL (a fresh database on one throw-away PgTestCluster shared by the process,
// started at first use and stopped when the application quits). Chosen by CEHOURS_TEST_BACKEND
// (sqlite, the default, or postgresql); CMake registers a backend test twice (cehours_add_backend_test).
namespace TestBackend {

bool isPostgres();
QString name(); // "sqlite" or "postgresql"

// A new empty database for one test: a file path, or a postgresql:// URL of a new database.
// Empty with *why when the backend is not available (no QPSQL driver, no server binaries, initdb failed).
QString freshLocation(const QString &label, QString *why);

// A new empty PostgreSQL database on the shared throw-away cluster whatever the backend of the binary
// (a test that needs both backends at once, e.g. migrate). Empty with *why when there is no server.
QString freshPostgresLocation(const QString &label, QString *why);

// Whether a missing PostgreSQL server fails the test instead of skipping it (CEHOURS_REQUIRE_PG=1, CI).
bool serverRequired();

// Runs SQL as the cluster's superuser on the database of a freshLocation() URL (PostgreSQL only).
bool superuserSql(const QString &location, const QString &sql, QString *error);

} // namespace TestBackend

// In a test function, when the backend is not available: fails with CEHOURS_REQUIRE_PG=1 (or CI),
// else skips, naming why.
#define CEHOURS_BACKEND_UNAVAILABLE(why)                                                                                 \
    do {                                                                                                                 \
        if (TestBackend::serverRequired())                                                                               \
            QFAIL(qPrintable(why));                                                                                      \
        QSKIP(qPrintable(why));                                                                                          \
    } while (false)

// `CEHOURS_FRESH_DATABASE(where, "label");` declares QString where (a fresh database on the test's
// backend), or skips / fails naming why the backend is not available.
#define CEHOURS_FRESH_DATABASE(var, label)                                                                               \
    QString var;                                                                                                         \
    do {                                                                                                                 \
        QString why_;                                                                                                    \
        var = TestBackend::freshLocation(QStringLiteral(label), &why_);                                                 \
        if (var.isEmpty())                                                                                               \
            CEHOURS_BACKEND_UNAVAILABLE(why_);                                                                           \
    } while (false)

// `CEHOURS_FRESH_POSTGRES(where, "label");`: a new PostgreSQL database, or skip / fail naming why there
// is no server, like the _pg twins.
#define CEHOURS_FRESH_POSTGRES(var, label)                                                                               \
    QString var;                                                                                                         \
    do {                                                                                                                 \
        QString why_;                                                                                                    \
        var = TestBackend::freshPostgresLocation(QStringLiteral(label), &why_);                                         \
        if (var.isEmpty())                                                                                               \
            CEHOURS_BACKEND_UNAVAILABLE(why_);                                                                           \
    } while (false)

// A test that only means something on SQLite (the file itself, PRAGMAs): skipped on PostgreSQL, saying so.
#define CEHOURS_SQLITE_ONLY(why)                                                                                         \
    do {                                                                                                                 \
        if (TestBackend::isPostgres())                                                                                   \
            QSKIP("SQLite only: " why);                                                                                  \
    } while (false)
