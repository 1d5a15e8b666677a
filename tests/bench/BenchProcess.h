#pragma once
#include <QString>
#include <QStringList>

// Runs a child process for the benchmark (Linux/POSIX only: fork, exec, wait4) and measures its wall
// time and peak resident memory (rusage ru_maxrss of the child).
struct BenchRun
{
    int exitCode = -1;
    double seconds = 0;
    double peakRssMb = 0;
};

// stdinPath / stdoutPath: files to redirect from / to (empty: /dev/null). stderr goes to stderrPath
// (empty: /dev/null).
BenchRun benchRun(const QString &program, const QStringList &args, const QString &stdinPath = {}, const QString &stdoutPath = {},
                  const QString &stderrPath = {});
