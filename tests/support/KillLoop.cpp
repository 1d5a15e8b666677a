#include "KillLoop.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <sys/types.h>
#endif

namespace KillLoop {

bool copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

namespace {

// Starts the job and kills it after delayMs unless it finished; true when the kill landed.
bool runAndKill(const QStringList &args, int delayMs, QString *error)
{
    QProcess process;
    process.start(TestSupport::cliPath(), args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cehours-cli did not start: ") + process.errorString();
        return false;
    }
    if (process.waitForFinished(delayMs))
        return false;
#ifdef Q_OS_UNIX
    ::kill(pid_t(process.processId()), SIGKILL);
#else
    process.kill();
#endif
    if (!process.waitForFinished(30000))
        *error = QStringLiteral("cehours-cli did not end after SIGKILL");
    return true;
}

} // namespace

Result run(const Spec &spec)
{
    Result result;
    QRandomGenerator random(spec.seed);
    while (result.killed < spec.kills && result.rounds < spec.maxRounds) {
        ++result.rounds;
        const int delayMs = int(random.bounded(quint32(spec.fullMs * 11 / 10 + 1)));
        const QString where = QStringLiteral("round %1 (kill at %2 ms)").arg(result.rounds).arg(delayMs);
        if (!copyDatabase(spec.pristine, spec.work)) {
            result.failure = where + QStringLiteral(": cannot copy the database");
            return result;
        }
        QString error;
        if (runAndKill(spec.cliArgs, delayMs, &error))
            ++result.killed;
        if (!error.isEmpty()) {
            result.failure = where + QStringLiteral(": ") + error;
            return result;
        }
        QString problem;
        switch (spec.inspect(&problem)) {
        case Outcome::Whole:
            ++result.whole;
            break;
        case Outcome::Absent:
            ++result.absent;
            break;
        case Outcome::Broken:
            result.failure = where + QStringLiteral(": ") + problem;
            return result;
        }
        if (result.rounds % 20 == 0)
            qInfo("round %d: %d killed, %d whole, %d absent", result.rounds, result.killed, result.whole, result.absent);
    }
    return result;
}

} // namespace KillLoop
