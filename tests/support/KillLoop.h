#pragma once
#include <QString>
#include <QStringList>
#include <functional>

// The crash tests' loop (issue 11): run cehours-cli on a fresh copy of a database and SIGKILL it at a
// seeded random point, again and again until enough kills have landed while it ran; after every
// round the caller inspects the copy and says whether the job is there whole, absent, or (a failure)
// partial or damaged. POSIX kill(): the crash tests run on Linux; product code stays portable.
namespace KillLoop {

enum class Outcome { Whole, Absent, Broken };

struct Spec
{
    QString pristine;        // the database before the job (copied afresh each round)
    QString work;            // the copy the job runs on
    QStringList cliArgs;     // cehours-cli arguments (include --db work)
    qint64 fullMs = 0;       // how long an unkilled run takes: kill points spread over 110 % of it
    quint32 seed = 0;
    int kills = 100;         // kills that must land while the job runs
    int maxRounds = 300;
    // Inspects `work` after a round; on Outcome::Broken fills *problem.
    std::function<Outcome(QString *problem)> inspect;
};

struct Result
{
    int rounds = 0;
    int killed = 0;
    int whole = 0;
    int absent = 0;
    QString failure; // the first broken round, with its kill point; empty when none
};

// Removes `to` and its -wal/-shm/-journal files, then copies `from` there.
bool copyDatabase(const QString &from, const QString &to);
Result run(const Spec &spec);

} // namespace KillLoop
