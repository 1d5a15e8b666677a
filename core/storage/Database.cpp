#include "storage/Database.h"

#include "storage/SchemaMigrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>


Database::Database()
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("cehours-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

bool Database::fail(const QString &what)
{
    m_error = what;
    close();
    return false;
}

bool Database::openRaw(const QString &path)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return fail(tr("the Qt SQLite driver (QSQLITE) is not available"));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QLatin1String(pragma)))
                return fail(q.lastError().text());
        }
        // A file that is not a database fails here rather than at the first write.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(tr("%1 is not a CE Hours database: %2").arg(m_path, q.lastError().text()));
    }
    return true;
}

bool Database::open(const QString &path)
{
    if (!openRaw(path))
        return false;
    QSqlDatabase db = connection();
    QString error;
    if (!SchemaMigrator::migrate(db, &error))
        return fail(error);
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
