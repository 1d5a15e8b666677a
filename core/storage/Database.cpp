#include "storage/Database.h"

#include "storage/BackupManager.h"
#include "storage/DatabaseLocation.h"
#include "storage/SqlDialect.h"
#include "storage/SchemaMigrator.h"
#include "storage/VerdictRecompute.h"
#include "storage/DeferredChecks.h"
#include "storage/OverlappedCheck.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QStringList>

struct Database::FileFacts
{
    bool readable = false;
    QString sqliteError;
    int applicationId = 0;
    int userVersion = 0;
    QStringList tables;
};

namespace {
constexpr const char *kBusyTimeout = "QSQLITE_BUSY_TIMEOUT=5000";

// Only reads: application_id, user_version and the table names.
void readFacts(const QSqlDatabase &db, int *appId, int *version, QStringList *tables, bool *ok, QString *error)
{
    QSqlQuery q(db);
    // One read transaction: one consistent snapshot even while another process is creating the file.
    q.exec(QStringLiteral("BEGIN"));
    *ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
    if (*ok)
        *appId = q.value(0).toInt();
    *ok = *ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (*ok)
        *version = q.value(0).toInt();
    *ok = *ok && q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (*ok && q.next())
        tables->append(q.value(0).toString());
    if (!*ok)
        *error = q.lastError().text();
    q.finish();
    q.exec(QStringLiteral("COMMIT"));
}

bool runPragmas(const QSqlDatabase &db, const QStringList &pragmas, QString *error)
{
    QSqlQuery q(db);
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = pragma + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}
bool isWal(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

// WAL mode needs the file to itself for a moment. Two processes opening a new file at once can each
// hold a read lock while asking for it, and SQLite then refuses one at once (no busy wait, to avoid a
// deadlock): retry that refusal for as long as the busy timeout, instead of failing the open.
bool enableWal(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return true;
        const QString why = q.lastError().text();
        q.finish();
        if (!why.contains(QLatin1String("locked")) && !why.contains(QLatin1String("busy")))
            break;
        if (waited.elapsed() > 5000) {
            *error = QStringLiteral("PRAGMA journal_mode=WAL: ") + why;
            return false;
        }
        QThread::msleep(20);
    }
    *error = QStringLiteral("PRAGMA journal_mode=WAL: ") + q.lastError().text();
    return false;
}
} // namespace

Database::Database()
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("cehours-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

bool Database::fail(Failure failure, const QString &what)
{
    // A file whose overlapped check found damage is refused for that, as a sequential check would have.
    const QString damage = OverlappedCheck::await(this);
    m_failure = damage.isEmpty() ? failure : Failure::Damaged;
    m_error = damage.isEmpty() ? what : damage;
    close();
    return false;
}

bool Database::connect(bool readOnly)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            error = tr("the Qt SQLite driver (QSQLITE) is not available");
        db.setDatabaseName(m_path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;%1").arg(QLatin1String(kBusyTimeout))
                                      : QLatin1String(kBusyTimeout));
        if (error.isEmpty() && !db.open())
            error = db.lastError().text();
    }
    m_readOnly = readOnly;
    return error.isEmpty() || fail(Failure::Other, error);
}

bool Database::openRaw(const QString &path)
{
    close();
    m_error.clear();
    m_failure = Failure::None;
    if (DatabaseLocation::isUrl(path))
        return openServer(path, Mode::Create, true);
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(Failure::Other, tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
    if (!connect(false))
        return false;
    QString error;
    if (!enableWal(connection(), &error)
        || !runPragmas(connection(), {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL")}, &error))
        return fail(Failure::Other, error);
    // A file that is not a database fails here rather than at the first write.
    if (!runPragmas(connection(), {QStringLiteral("SELECT count(*) FROM sqlite_master")}, &error))
        return fail(Failure::NotOurs, tr("%1 is not a CE Hours database: %2").arg(m_path, error));
    return true;
}

bool Database::open(const QString &path, Mode mode)
{
    const bool deferRequested = DeferredChecks::takeRequest(this); // the app's (DeferredChecks::request)
    const bool overlapRequested = OverlappedCheck::takeRequest(this); // the CLI's (OverlappedCheck::request)
    close();
    m_error.clear();
    m_failure = Failure::None;
    if (DatabaseLocation::isUrl(path))
        return openServer(path, mode, false);
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo fi(m_path);
    if (fi.isDir())
        return fail(Failure::Other, tr("%1 is a folder, not a database file").arg(m_path));
    if (!fi.exists() && mode != Mode::Create)
        return fail(Failure::Missing, tr("the database %1 does not exist (check the --db path, or create it with `cehours-cli init`); nothing was created")
                                          .arg(m_path));
    if (fi.exists() && fi.size() == 0 && mode != Mode::Create)
        return fail(Failure::NotOurs, tr("%1 is an empty file (0 bytes), not a CE Hours database (`cehours-cli init` makes it one)").arg(m_path));
    const bool readOnly = mode == Mode::ReadOnly;
    if (fi.exists() && !readOnly && !fi.isWritable())
        return fail(Failure::ReadOnlyFile, tr("the database %1 is read-only: it can be listed and exported, not changed").arg(m_path));
    if (!fi.exists() && !QDir().mkpath(fi.absolutePath()))
        return fail(Failure::Other, tr("cannot create the folder %1").arg(fi.absolutePath()));
    // A read-only open of a file we could write connects read-write under PRAGMA query_only: SQLite then
    // refuses every write, and closing removes the -wal/-shm files it made, so the folder is left exactly as
    // it was. Only a file we cannot write is opened with SQLITE_OPEN_READONLY (which leaves -shm behind).
    const bool writable = fi.exists() && fi.isWritable() && QFileInfo(fi.absolutePath()).isWritable();
    if (!connect(readOnly && !writable))
        return false;
    m_readOnly = readOnly;

    FileFacts facts;
    readFacts(connection(), &facts.applicationId, &facts.userVersion, &facts.tables, &facts.readable, &facts.sqliteError);
    if (!recognise(facts, mode))
        return false;
    const bool fresh = facts.tables.isEmpty() && facts.userVersion == 0;
    if (!fresh && !readOnly && facts.userVersion == SchemaMigrator::latestVersion() && deferRequested) {
        // The app: checked in a worker after the window is painted, writes held until then.
        bool deferred = false;
        QString error;
        if (!DeferredChecks::begin(this, &deferred, &error))
            return fail(Failure::Other, error);
        if (deferred)
            return true;
    }
    if (!fresh && !m_inspectOnly && overlapRequested && facts.userVersion == SchemaMigrator::latestVersion()
        && (readOnly || isWal(connection()))) {
        // The CLI: checked alongside the command, every write waits for it (a non-WAL file would be
        // written by the switch to WAL below, so it is checked first).
        OverlappedCheck::start(this, !readOnly);
    } else if (!fresh && !m_inspectOnly) {
        const QString report = checkIntegrity(connection(), false);
        if (!report.isEmpty())
            return fail(Failure::Damaged, damagedMessage(report));
    }
    if (readOnly) {
        if (facts.userVersion < SchemaMigrator::latestVersion() && !m_inspectOnly)
            return fail(Failure::NeedsUpgrade,
                        tr("the database %1 has schema version %2 and needs an upgrade to %3, which a read-only open cannot do; "
                           "open it once in the app or run `cehours-cli init`")
                            .arg(m_path)
                            .arg(facts.userVersion)
                            .arg(SchemaMigrator::latestVersion()));
        QString error;
        if (!runPragmas(connection(), {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA query_only=ON")}, &error))
            return fail(Failure::Other, error);
        return true;
    }
    return prepareForWriting(fresh, facts.userVersion);
}

bool Database::recognise(const FileFacts &facts, Mode mode)
{
    if (!facts.readable && facts.sqliteError.contains(QLatin1String("malformed")))
        return fail(Failure::Damaged, damagedMessage(facts.sqliteError));
    if (!facts.readable)
        return fail(Failure::NotOurs, tr("%1 is not a CE Hours database: %2").arg(m_path, facts.sqliteError));
    const bool fresh = facts.tables.isEmpty() && facts.userVersion == 0 && facts.applicationId == 0;
    const bool legacy = facts.applicationId == 0 && facts.userVersion >= 1 && facts.tables.contains(QLatin1String("unit"))
        && facts.tables.contains(QLatin1String("staff")) && facts.tables.contains(QLatin1String("audit_log"));
    if (fresh && mode != Mode::Create)
        return fail(Failure::NotOurs, tr("%1 is an empty SQLite database, not a CE Hours database (`cehours-cli init` makes it one)").arg(m_path));
    if (!fresh && !legacy && facts.applicationId != kApplicationId)
        return fail(Failure::NotOurs, tr("%1 is another program's SQLite file (application id %2, tables: %3), not a CE Hours database; "
                                         "it was not changed")
                                          .arg(m_path)
                                          .arg(facts.applicationId)
                                          .arg(facts.tables.mid(0, 8).join(QStringLiteral(", "))));
    if (facts.userVersion > SchemaMigrator::latestVersion())
        return fail(Failure::TooNew, tr("the database %1 has schema version %2, newer than this program supports (%3); update CE Hours. "
                                        "The file was not changed.")
                                         .arg(m_path)
                                         .arg(facts.userVersion)
                                         .arg(SchemaMigrator::latestVersion()));
    return true;
}

bool Database::prepareForWriting(bool fresh, int version)
{
    QString error;
    if (!enableWal(connection(), &error)
        || !runPragmas(connection(), {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL")}, &error))
        return fail(Failure::Other, error);
    if (!fresh && version < SchemaMigrator::latestVersion()) {
        BackupManager backups(m_path);
        if (!backups.backup(connection(), QStringLiteral("before-upgrade-v%1").arg(version), nullptr, &error))
            return fail(Failure::Other, tr("cannot back up %1 before upgrading its schema: %2").arg(m_path, error));
    }
    if (!SchemaMigrator::migrate(connection(), &error))
        return fail(Failure::Other, error);
    // Stored verdicts computed under other rules (a rule set's data changed with this program) are
    // recomputed in full once, here (docs/verdicts.md).
    if (!VerdictRecompute::ensureCurrent(connection(), &error))
        return fail(Failure::Other, tr("cannot bring the stored verdicts up to date: %1").arg(error));
    return true;
}

QString Database::checkIntegrity(const QSqlDatabase &db, bool full)
{
    // PostgreSQL keeps its own files consistent (WAL, page checksums); quick_check has no equivalent a
    // database owner may run (amcheck needs a superuser), so a server database is taken as sound.
    if (SqlDialect::isPostgres(db))
        return {};
    QSqlQuery q(db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList report;
    while (q.next())
        report << q.value(0).toString();
    if (report == QStringList{QStringLiteral("ok")})
        return {};
    return report.mid(0, 20).join(QLatin1Char('\n'));
}

QString Database::damagedMessage(const QString &report) const
{
    return DeferredChecks::damageMessage(m_path, report);
}

void Database::close()
{
    DeferredChecks::closed(this);
    OverlappedCheck::closed(this);
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_readOnly = false;
    m_server = false;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::evidenceDir() const
{
    if (m_server)
        return {};
    const QFileInfo fi(m_path);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-evidence"));
}

int Database::schemaVersion() const
{
    return SchemaMigrator::version(connection());
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cehours.sqlite"));
}
