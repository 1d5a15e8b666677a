#include "BenchStore.h"

#include "PgTestCluster.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

BenchStore::BenchStore(const QString &workDir, PgTestCluster *cluster)
    : m_work(workDir)
    , m_cluster(cluster)
{
}

QString BenchStore::location(const QString &name) const
{
    return isPostgres() ? m_cluster->url(name) : QDir(m_work).filePath(name + QStringLiteral(".sqlite"));
}

bool BenchStore::create(const QString &name)
{
    if (isPostgres())
        return dropAndCreate(name, QStringLiteral("template0"));
    QFile::remove(location(name));
    return true;
}

bool BenchStore::copy(const QString &from, const QString &to)
{
    if (isPostgres())
        return dropAndCreate(to, from);
    QFile::remove(location(to));
    if (QFile::copy(location(from), location(to)))
        return true;
    m_error = QStringLiteral("cannot copy %1 to %2").arg(location(from), location(to));
    return false;
}

bool BenchStore::dropAndCreate(const QString &name, const QString &templateName)
{
    // Names are the benchmark's own identifiers (letters only), never user input.
    // Two commands (psql -c runs one text as one transaction, and DROP DATABASE refuses a transaction).
    const QString drop = QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name);
    const QString create = QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE \"%2\"")
                               .arg(name, templateName);
    if (m_cluster->psql(QStringLiteral("postgres"), drop) && m_cluster->psql(QStringLiteral("postgres"), create))
        return true;
    m_error = m_cluster->errorString();
    return false;
}

double BenchStore::serverCpuSeconds() const
{
    if (!isPostgres())
        return 0;
    QFile pidFile(QDir(m_cluster->socketDir()).filePath(QStringLiteral("../data/postmaster.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray pid = pidFile.readLine().trimmed();
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis: state is field 3; utime, stime, cutime, cstime are 14–17.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    double ticks = 0;
    for (int i = 11; i <= 14; ++i)
        ticks += fields.at(i).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}
