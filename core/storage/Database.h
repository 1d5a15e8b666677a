#pragma once
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class DatabaseLocation;
// The registry database (SQLite through Qt Sql): opened with WAL and foreign keys and upgraded to the
// current schema (PRAGMA user_version). One Database = one named connection; use it from the thread
// that opened it.
//
// Opening checks before it touches anything: the file must exist (unless Mode::Create), be a CE Hours
// file (PRAGMA application_id, or a CE Hours file from before the id by its tables), not be newer than
// this program and pass PRAGMA quick_check. Only then is the journal mode set, a backup taken before a
// schema upgrade and the schema upgraded. Mode::ReadOnly opens with QSQLITE_OPEN_READONLY and never
// writes to the file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        Create,   // create the file (and its folder) when missing or empty: `init`, the app's first start
        Existing, // the file must exist and be a CE Hours database; opened for writing
        ReadOnly, // the file must exist; opened read-only (commands that only read)
    };
    enum class Failure { None, Missing, NotOurs, TooNew, NeedsUpgrade, Damaged, ReadOnlyFile, Other };

    // "CEH1": PRAGMA application_id of a CE Hours database.
    static constexpr int kApplicationId = 0x43454831;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `path` is a SQLite file, or a postgresql:// URL (DatabaseLocation): then the server's database is
    // opened through QPSQL (openServer).
    bool open(const QString &path, Mode mode = Mode::Create);
    // Opens (creating the file if needed) without checks or upgrade (tests of upgrade steps).
    bool openRaw(const QString &path);
    // Whether this is a PostgreSQL database (a server), not a SQLite file.
    bool isServer() const { return m_server; }

    // Where the PostgreSQL password comes from when the URL names none (it never does): by default
    // nothing, and libpq finds it itself (PGPASSFILE / ~/.pgpass, PGPASSWORD, a client certificate).
    // The app will set the OS credential store here (QtKeychain, issue 13 part 2).
    using PasswordProvider = std::function<QString(const DatabaseLocation &location)>;
    static void setPasswordProvider(PasswordProvider provider);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // For `check`: skip PRAGMA quick_check on open (the caller runs its own) and let ReadOnly open an
    // older schema as it is.
    void setInspectOnly(bool on) { m_inspectOnly = on; }

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The managed evidence store beside the database: <dir>/<basename>-evidence/ (SQLite only; empty for a
    // server database until its evidence lives in the database, issue 13 part 2).
    QString evidenceDir() const;
    int schemaVersion() const;
    QString errorString() const { return m_error; }
    Failure failure() const { return m_failure; }

    // PRAGMA quick_check (or integrity_check when full): empty when the file is sound, else SQLite's report.
    static QString checkIntegrity(const QSqlDatabase &db, bool full);

    // Default database: <AppDataLocation>/cehours.sqlite.
    static QString defaultPath();

private:
    struct FileFacts;
    bool fail(Failure failure, const QString &what);
    bool connect(bool readOnly);
    bool recognise(const FileFacts &facts, Mode mode);
    bool prepareForWriting(bool fresh, int version);
    bool openServer(const QString &url, Mode mode, bool raw);
    bool connectServer(const DatabaseLocation &location, bool readOnly);
    bool recogniseServer(Mode mode, bool *fresh, int *version);
    QString damagedMessage(const QString &report) const;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Failure m_failure = Failure::None;
    bool m_readOnly = false;
    bool m_inspectOnly = false;
    bool m_server = false;
};
