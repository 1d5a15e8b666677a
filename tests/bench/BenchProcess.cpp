#include "BenchProcess.h"

#include <QFile>

#include <chrono>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

BenchRun benchRun(const QString &program, const QStringList &args, const QString &stdinPath, const QString &stdoutPath,
                  const QString &stderrPath)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : args)
        storage.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray in = QFile::encodeName(stdinPath.isEmpty() ? QStringLiteral("/dev/null") : stdinPath);
    const QByteArray out = QFile::encodeName(stdoutPath.isEmpty() ? QStringLiteral("/dev/null") : stdoutPath);
    const QByteArray err = QFile::encodeName(stderrPath.isEmpty() ? QStringLiteral("/dev/null") : stderrPath);

    BenchRun run;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int fin = open(in.constData(), O_RDONLY);
        const int fout = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int ferr = open(err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fin < 0 || fout < 0 || ferr < 0)
            _exit(126);
        dup2(fin, 0);
        dup2(fout, 1);
        dup2(ferr, 2);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    return run;
}
