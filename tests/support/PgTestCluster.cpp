#include "PgTestCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

QString systemUserFor(const QString &candidate)
{
#ifdef Q_OS_UNIX
    return getpwnam(candidate.toLocal8Bit().constData()) ? candidate : QString();
#else
    Q_UNUSED(candidate);
    return {};
#endif
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

PgTestCluster::PgTestCluster() = default;

PgTestCluster::~PgTestCluster()
{
    stop();
}

bool PgTestCluster::required()
{
    return qEnvironmentVariableIntValue("CEHOURS_REQUIRE_PG") == 1 || !qEnvironmentVariableIsEmpty("CI");
}

QString PgTestCluster::findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("CEHOURS_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &v : found) {
        const QString dir = versions.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

QString PgTestCluster::socketDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("socket")) : QString();
}

QString PgTestCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable").arg(superuser(), host()).arg(m_port).arg(database);
}

bool PgTestCluster::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QString executable = QDir(m_binDir).filePath(program);
    QStringList arguments = args;
    if (!m_runAs.isEmpty()) {
        arguments.prepend(executable);
        arguments.prepend(QStringLiteral("--"));
        arguments.prepend(m_runAs);
        arguments.prepend(QStringLiteral("-u"));
        executable = QStringLiteral("runuser");
    }
    process.setWorkingDirectory(m_dir->path());
    process.start(executable, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 could not be started: %2").arg(executable, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3): %4").arg(program, args.join(QLatin1Char(' '))).arg(process.exitCode()).arg(text.trimmed());
        return false;
    }
    return true;
}

bool PgTestCluster::prepareDirectory()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cehours-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    QDir().mkpath(socketDir());
    if (runningAsRoot()) {
        m_runAs = systemUserFor(QStringLiteral("postgres"));
        if (m_runAs.isEmpty())
            m_runAs = systemUserFor(QStringLiteral("nobody"));
        if (m_runAs.isEmpty()) {
            m_error = QStringLiteral("running as root and neither the user postgres nor nobody exists");
            return false;
        }
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), m_runAs, m_dir->path()});
        if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
            m_error = QStringLiteral("cannot give %1 to %2").arg(m_dir->path(), m_runAs);
            return false;
        }
    }
    return true;
}

bool PgTestCluster::start()
{
    if (m_running)
        return true;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found (install the Debian package postgresql, "
                                 "or set CEHOURS_PG_BINDIR)");
        return false;
    }
    if (!prepareDirectory())
        return false;
    const QStringList initArgs = {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                                  QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
                                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                  QStringLiteral("--no-sync")};
    if (!run(QStringLiteral("initdb"), initArgs))
        return false;
    return startOnFreePort();
}

bool PgTestCluster::startOnFreePort()
{
    // A port in the dynamic range; another server already on it makes pg_ctl fail, so try others.
    for (int attempt = 0; attempt < 8; ++attempt) {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port).arg(socketDir());
        const QStringList args = {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
                                  m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")};
        if (run(QStringLiteral("pg_ctl"), args)) {
            m_running = true;
            return true;
        }
    }
    return false;
}

void PgTestCluster::stop()
{
    if (!m_running)
        return;
    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                   QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

bool PgTestCluster::psql(const QString &database, const QString &sql, QString *output)
{
    const QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(),
                              QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser(),
                              QStringLiteral("-d"), database, QStringLiteral("-c"), sql};
    return run(QStringLiteral("psql"), args, output);
}

bool PgTestCluster::createDatabase(const QString &name)
{
    return psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name));
}
