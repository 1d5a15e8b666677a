// The project's benchmark (issue 14, docs/performance.md): drives the real cehours-cli on demo data
// and prints one machine-readable line per figure, each beside its reference measured in the same run
// (the sqlite3 shell doing the same writes; median of three interleaved runs), with peak RSS:
//   job=roster_import_csv staff=10000 rows=10000 seconds=0.31 ref=sqlite3_import ref_seconds=0.097 ratio=3.2
//   peak_rss_mb=45 target=ratio<=3 ok=1
// Usage: bench_cehours [--staff N] [--years Y] [--per-year K] [--runs R] [--cli PATH] [--setup-cli PATH]
//                      [--work DIR] [--jobs a,b,…] [--keep] [--backend sqlite|postgresql]
// --backend postgresql runs our commands against a throw-away local PostgreSQL cluster (PgTestCluster)
// and prints backend=postgresql and the server's CPU beside the client's; the references stay the
// sqlite3 shell on the same rows (the floor for getting rows into a database).
// Not run by CTest (minutes at 100,000 staff). Linux only (fork/wait4).
#include "BenchProcess.h"
#include "BenchReference.h"
#include "BenchStore.h"
#include "PgTestCluster.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {
struct Config
{
    int staff = 10000;
    int years = 5;
    int perYear = 8;
    int runs = 3;
    QString cli, setupCli, work;
    QStringList jobs;
    bool keep = false;
    QString backend = QStringLiteral("sqlite");
};

Config g;
BenchStore *ourStore = nullptr; // where our commands run (SQLite files or the PostgreSQL cluster)
BenchStore *refStore = nullptr; // SQLite files, for the sqlite3 references
QTextStream out(stdout);

struct Figure
{
    double seconds = 0;
    double rss = 0;
    double cpu = 0;
    bool ok = true;
    QString error;
    double serverCpu = 0; // PostgreSQL: the server's CPU during the run
};

QString cliWork(const QString &name)
{
    return QDir(g.work).filePath(name);
}

void note(const QString &line)
{
    QTextStream(stderr) << "# " << line << Qt::endl;
}

// One run of cehours-cli (args after --db DB); ok when it exits 0.
Figure runCli(const QString &cli, const QString &db, const QStringList &args, const QString &stdoutPath = {})
{
    const QString err = cliWork(QStringLiteral("last-stderr.txt"));
    const double serverBefore = ourStore ? ourStore->serverCpuSeconds() : 0;
    const BenchRun r = benchRun(cli, QStringList{QStringLiteral("--db"), db} + args, {}, stdoutPath, err);
    Figure f{r.seconds, r.peakRssMb, r.cpuSeconds, r.exitCode == 0, {}, 0};
    if (ourStore && ourStore->isPostgres()) {
        // A connection's CPU reaches the postmaster's children time once the server has reaped its
        // backend, a moment after the client exits (not timed).
        QThread::msleep(300);
        f.serverCpu = ourStore->serverCpuSeconds() - serverBefore;
    }
    if (!f.ok) {
        QFile e(err);
        e.open(QIODevice::ReadOnly);
        f.error = QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(e.read(300)).simplified());
    }
    return f;
}

Figure runSqlite(const QString &db, const QString &script, const QStringList &flags = {}, const QString &stdoutPath = {})
{
    const QString scriptPath = cliWork(QStringLiteral("reference.sql"));
    QFile f(scriptPath);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(script.toUtf8());
    f.close();
    const QString err = cliWork(QStringLiteral("sqlite-stderr.txt"));
    const BenchRun r = benchRun(QStringLiteral("sqlite3"), flags + QStringList{QStringLiteral("-bail"), db}, scriptPath, stdoutPath, err);
    QFile e(err);
    e.open(QIODevice::ReadOnly);
    const QByteArray errText = e.read(300);
    Figure fig{r.seconds, r.peakRssMb, r.cpuSeconds, r.exitCode == 0 && errText.isEmpty(), {}, 0};
    if (!fig.ok)
        fig.error = QStringLiteral("sqlite3 exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(errText).simplified());
    return fig;
}

Figure median(QList<Figure> runs)
{
    for (const Figure &f : runs)
        if (!f.ok)
            return f;
    std::sort(runs.begin(), runs.end(), [](const Figure &a, const Figure &b) { return a.seconds < b.seconds; });
    Figure m = runs.at(runs.size() / 2);
    for (const Figure &f : runs)
        m.rss = std::max(m.rss, f.rss);
    return m;
}

QString num(double v, int precision = 3)
{
    return QString::number(v, 'f', precision);
}

// Time targets are the at 10,000 staff; above that they grow with the size (linear scaling);
// every command must stay under 500 MB at any size.
double scaled(double seconds)
{
    return seconds * std::max(1.0, g.staff / 10000.0);
}

void print(const QString &job, qint64 rows, const Figure &ours, const QString &refName, const Figure *ref, const QString &target,
           bool ok, const QString &extra = {})
{
    QString line = QStringLiteral("job=%1 staff=%2 rows=%3 seconds=%4").arg(job).arg(g.staff).arg(rows).arg(num(ours.seconds));
    if (ref)
        line += QStringLiteral(" ref=%1 ref_seconds=%2 ratio=%3 ref_peak_rss_mb=%4")
                    .arg(refName, num(ref->seconds), num(ours.seconds / std::max(ref->seconds, 1e-6), 2), num(ref->rss, 0));
    // CPU time (user + system) of the same runs: steadier than wall time on a shared machine.
    line += QStringLiteral(" cpu_seconds=%1").arg(num(ours.cpu));
    if (ref)
        line += QStringLiteral(" ref_cpu_seconds=%1 cpu_ratio=%2").arg(num(ref->cpu), num(ours.cpu / std::max(ref->cpu, 1e-6), 2));
    else if (!refName.isEmpty())
        line += QStringLiteral(" ref=%1").arg(refName);
    if (ourStore->isPostgres())
        line += QStringLiteral(" backend=postgresql server_cpu_seconds=%1").arg(num(ours.serverCpu));
    line += QStringLiteral(" peak_rss_mb=%1").arg(num(ours.rss, 0));
    if (!extra.isEmpty())
        line += QLatin1Char(' ') + extra;
    line += QStringLiteral(" target=%1").arg(target);
    if (!ours.ok || (ref && !ref->ok))
        line += QStringLiteral(" ok=0 error=\"%1\"").arg(QString(ours.ok ? ref->error : ours.error).replace(QLatin1Char('"'), QLatin1Char('\'')));
    else
        line += QStringLiteral(" ok=%1").arg(ok ? 1 : 0);
    out << line << Qt::endl;
}

void skip(const QString &job, const QString &reason)
{
    out << QStringLiteral("job=%1 staff=%2%3 ok=skip reason=\"%4\"")
               .arg(job)
               .arg(g.staff)
               .arg(ourStore->isPostgres() ? QStringLiteral(" backend=postgresql") : QString(), reason)
        << Qt::endl;
}

bool wanted(const QString &job)
{
    return g.jobs.isEmpty() || g.jobs.contains(job);
}

qint64 lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        n += chunk.count('\n');
    }
    return n;
}

int headerColumns(const QString &csv)
{
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readLine().count(',')) + 1;
}

bool hasCommand(const QString &name)
{
    QProcess p;
    p.start(g.cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("\n  ") + name);
}

// Steps run one after the other on the same database; their times add up, the peak RSS is the largest.
Figure sequence(const QList<std::function<Figure()>> &steps)
{
    Figure total;
    for (const auto &step : steps) {
        const Figure f = step();
        if (!f.ok)
            return f;
        total.seconds += f.seconds;
        total.cpu += f.cpu;
        total.serverCpu += f.serverCpu;
        total.rss = std::max(total.rss, f.rss);
    }
    return total;
}

// Interleaved runs of ours and the reference, each on a fresh copy of the database `base` (copying is
// not timed). Each of ours is one cehours-cli command per step, each reference one sqlite3 script per step.
void compareWrites(const QString &job, qint64 rows, const QString &base, const QList<QStringList> &ourSteps, const QStringList &refScripts,
                   const QString &refName, const QString &target, double maxRatio)
{
    QList<Figure> ours, refs;
    const QString db = ourStore->location(QStringLiteral("run")), refDb = refStore->location(QStringLiteral("run"));
    QList<std::function<Figure()>> ourRuns, refRuns;
    for (const QStringList &args : ourSteps)
        ourRuns << [db, args] { return runCli(g.cli, db, args); };
    for (const QString &script : refScripts)
        refRuns << [refDb, script] { return runSqlite(refDb, script); };
    for (int i = 0; i < g.runs; ++i) {
        ourStore->copy(base, QStringLiteral("run"));
        ours << sequence(ourRuns);
        refStore->copy(base, QStringLiteral("run"));
        refs << sequence(refRuns);
    }
    const Figure o = median(ours), r = median(refs);
    print(job, rows, o, refName, &r, target, o.seconds / r.seconds <= maxRatio && o.rss < 500,
          ourSteps.size() > 1 ? QStringLiteral("files=%1").arg(ourSteps.size()) : QString());
}

struct Data
{
    QString files, small;
    int lastYear = 0;
};
// The databases, by name (BenchStore): "empty" (the unit only), "roster" (the demo roster imported),
// "demo" (five years of activities; on SQLite written by demo-data, on PostgreSQL imported from the
// demo files, since demo-data writes SQLite files only).

bool setupStep(const QString &what, const Figure &f)
{
    note(QStringLiteral("setup %1: %2 s, %3 MB%4").arg(what, num(f.seconds), num(f.rss, 0), f.ok ? QString() : QStringLiteral(" FAILED ") + f.error));
    return f.ok;
}

// "empty" and "roster" in `store`.
bool setupRoster(BenchStore *store, const Data &d, const QString &rules)
{
    const QString label = store->backendName();
    if (!store->create(QStringLiteral("empty")))
        return setupStep(label + QStringLiteral(" empty database"), Figure{0, 0, 0, false, store->errorString(), 0});
    if (!setupStep(label + QStringLiteral(" init"), runCli(g.setupCli, store->location(QStringLiteral("empty")),
                                                          {QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("基准医院"),
                                                           QStringLiteral("--rules"), rules})))
        return false;
    store->copy(QStringLiteral("empty"), QStringLiteral("roster"));
    return setupStep(label + QStringLiteral(" roster"), runCli(g.setupCli, store->location(QStringLiteral("roster")),
                                                              {QStringLiteral("import-staff"), QDir(d.files).filePath(QStringLiteral("roster.csv"))}));
}

// "demo" on PostgreSQL: the roster plus every activity file of the demo data.
bool setupServerDemo(const Data &d)
{
    ourStore->copy(QStringLiteral("roster"), QStringLiteral("demo"));
    QList<std::function<Figure()>> steps;
    const QString db = ourStore->location(QStringLiteral("demo"));
    for (const QString &name : QDir(d.files).entryList({QStringLiteral("activities-*.csv")}, QDir::Files, QDir::Name)) {
        const QString file = QDir(d.files).filePath(name);
        steps << [db, file] { return runCli(g.setupCli, db, {QStringLiteral("import-activities"), file}); };
    }
    return setupStep(QStringLiteral("postgresql demo database (the activity files imported)"), sequence(steps));
}

bool setup(Data *d)
{
    const QString rules = QStringLiteral("anhui-2025");
    const QStringList demoArgs = {QStringLiteral("--staff"), QString::number(g.staff), QStringLiteral("--years"), QString::number(g.years),
                                  QStringLiteral("--per-year"), QString::number(g.perYear), QStringLiteral("--seed"), QStringLiteral("1"),
                                  QStringLiteral("--events"), QStringLiteral("2"), QStringLiteral("--event-size"),
                                  QString::number(std::min(1000, g.staff))};
    d->files = cliWork(QStringLiteral("files"));
    d->small = cliWork(QStringLiteral("files-quarter"));
    d->lastYear = QDate::currentDate().year();
    if (!setupStep(QStringLiteral("demo files"), runCli(g.setupCli, QStringLiteral("-"),
                                                       QStringList{QStringLiteral("demo-data"), QStringLiteral("--files"), d->files,
                                                                   QStringLiteral("--rules"), rules} + demoArgs)))
        return false;
    QStringList quarter = demoArgs;
    quarter[1] = QString::number(std::max(1, g.staff / 4));
    if (!setupStep(QStringLiteral("demo files (a quarter)"), runCli(g.setupCli, QStringLiteral("-"),
                                                                   QStringList{QStringLiteral("demo-data"), QStringLiteral("--files"), d->small,
                                                                               QStringLiteral("--rules"), rules} + quarter)))
        return false;
    if (!setupRoster(refStore, *d, rules) || (ourStore->isPostgres() && !setupRoster(ourStore, *d, rules)))
        return false;
    // The demo database (the slowest step) only when a job reads it.
    bool needsDemo = g.jobs.isEmpty();
    for (const QString &job : {QStringLiteral("recompute"), QStringLiteral("recompute_stale"), QStringLiteral("export_year"), QStringLiteral("export_five_years"),
                               QStringLiteral("summary_sheet")})
        needsDemo = needsDemo || g.jobs.contains(job);
    if (!needsDemo)
        return true;
    refStore->copy(QStringLiteral("empty"), QStringLiteral("demo"));
    if (!setupStep(QStringLiteral("demo database"),
                   runCli(g.setupCli, refStore->location(QStringLiteral("demo")), QStringList{QStringLiteral("demo-data")} + demoArgs)))
        return false;
    return !ourStore->isPostgres() || setupServerDemo(*d);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString here = QCoreApplication::applicationDirPath();
    g.cli = QDir(here).filePath(QStringLiteral("../../app/cehours-cli"));
    auto value = [&](const QString &name, QString *v) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return false;
        *v = args.at(i + 1);
        args.remove(i, 2);
        return true;
    };
    QString v;
    if (value(QStringLiteral("--staff"), &v))
        g.staff = v.toInt();
    if (value(QStringLiteral("--years"), &v))
        g.years = v.toInt();
    if (value(QStringLiteral("--per-year"), &v))
        g.perYear = v.toInt();
    if (value(QStringLiteral("--runs"), &v))
        g.runs = std::max(1, v.toInt());
    if (value(QStringLiteral("--cli"), &v))
        g.cli = v;
    g.setupCli = g.cli;
    if (value(QStringLiteral("--setup-cli"), &v))
        g.setupCli = v;
    if (value(QStringLiteral("--jobs"), &v))
        g.jobs = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    value(QStringLiteral("--work"), &g.work);
    value(QStringLiteral("--backend"), &g.backend);
    g.keep = args.removeAll(QStringLiteral("--keep")) > 0;
    if (!args.isEmpty() || g.staff < 4 || (g.backend != QLatin1String("sqlite") && g.backend != QLatin1String("postgresql"))) {
        QTextStream(stderr) << "usage: bench_cehours [--staff N] [--years Y] [--per-year K] [--runs R] [--cli PATH] [--setup-cli PATH]"
                               " [--work DIR] [--jobs a,b] [--keep] [--backend sqlite|postgresql]\n";
        return 2;
    }
    g.cli = QFileInfo(g.cli).absoluteFilePath();
    g.setupCli = QFileInfo(g.setupCli).absoluteFilePath();
    QTemporaryDir tmp;
    if (g.work.isEmpty())
        g.work = tmp.path();
    tmp.setAutoRemove(!g.keep);
    QDir().mkpath(g.work);
    note(QStringLiteral("cehours-cli %1, work folder %2").arg(g.cli, g.work));
    if (QProcess::execute(QStringLiteral("sqlite3"), {QStringLiteral("-version")}) != 0) {
        QTextStream(stderr) << "bench_cehours needs the sqlite3 shell (apt-get install sqlite3; tools/dev.sh installs it)\n";
        return 2;
    }
    PgTestCluster cluster;
    if (g.backend == QLatin1String("postgresql")) {
        if (!cluster.start()) {
            QTextStream(stderr) << "bench_cehours --backend postgresql: " << cluster.errorString() << "\n";
            return 2;
        }
        note(QStringLiteral("PostgreSQL cluster on port %1").arg(cluster.port()));
    }
    BenchStore sqliteFiles(g.work, nullptr), server(g.work, &cluster);
    refStore = &sqliteFiles;
    ourStore = cluster.isRunning() ? &server : &sqliteFiles;
    Data d;
    if (!setup(&d))
        return 1;
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QString rosterCsv = QDir(d.files).filePath(QStringLiteral("roster.csv"));
    const QString changedCsv = QDir(d.files).filePath(QStringLiteral("roster-changed.csv"));
    QList<QStringList> activitySteps;
    QStringList activityScripts;
    qint64 activityRows = 0;
    for (const QString &name : QDir(d.files).entryList({QStringLiteral("activities-*.csv")}, QDir::Files, QDir::Name)) {
        const QString file = QDir(d.files).filePath(name);
        activitySteps << QStringList{QStringLiteral("import-activities"), file};
        activityScripts << BenchReference::activityImport(file, headerColumns(file), now);
        activityRows += lineCount(file) - 1;
    }
    const QString importRef = BenchReference::rosterImport(rosterCsv, now);

    if (wanted(QStringLiteral("roster_import_csv")))
        compareWrites(QStringLiteral("roster_import_csv"), g.staff, QStringLiteral("empty"), {{QStringLiteral("import-staff"), rosterCsv}}, {importRef},
                      QStringLiteral("sqlite3_import"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("roster_import_xlsx")))
        compareWrites(QStringLiteral("roster_import_xlsx"), g.staff, QStringLiteral("empty"),
                      {{QStringLiteral("import-staff"), QDir(d.files).filePath(QStringLiteral("roster.xlsx"))}}, {importRef},
                      QStringLiteral("sqlite3_import_csv"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("roster_reimport")))
        compareWrites(QStringLiteral("roster_reimport"), g.staff, QStringLiteral("roster"), {{QStringLiteral("import-staff"), changedCsv}},
                      {BenchReference::rosterReimport(changedCsv, now)}, QStringLiteral("sqlite3_update_from"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("activity_import")))
        compareWrites(QStringLiteral("activity_import"), activityRows, QStringLiteral("roster"), activitySteps, activityScripts,
                      QStringLiteral("sqlite3_import"), QStringLiteral("ratio<=3"), 3);

    const qint64 personYears = qint64(g.staff) * g.years;
    // recompute: the demo database's stored verdicts are current. recompute_stale: every stored verdict
    // made to differ first (not timed), as after a change of the rules: each row is rewritten (SQLite only).
    auto recomputeJob = [&](const QString &job, bool stale) {
        if (!hasCommand(QStringLiteral("recompute")) || (stale && ourStore->isPostgres())) {
            skip(job, QStringLiteral("needs the recompute command (and, made stale, a SQLite file)"));
            return;
        }
        QList<Figure> ours, refs;
        const QString db = ourStore->location(QStringLiteral("run"));
        const QString demo = refStore->location(QStringLiteral("demo"));
        for (int i = 0; i < g.runs; ++i) {
            ourStore->copy(QStringLiteral("demo"), QStringLiteral("run"));
            if (stale)
                runSqlite(db, QStringLiteral("UPDATE person_year_verdict SET total_hours = -1;\n"));
            ours << runCli(g.cli, db, {QStringLiteral("recompute")});
            refs << runSqlite(demo, BenchReference::recompute());
        }
        const Figure o = median(ours), r = median(refs);
        print(job, personYears, o, QStringLiteral("sqlite3_json_group_by"), &r, QStringLiteral("seconds<%1,rss<300").arg(num(scaled(1), 0)),
              o.seconds < scaled(1) && o.rss < 300);
    };
    if (wanted(QStringLiteral("recompute")))
        recomputeJob(QStringLiteral("recompute"), false);
    if (wanted(QStringLiteral("recompute_stale")))
        recomputeJob(QStringLiteral("recompute_stale"), true);
    auto exportJob = [&](const QString &job, int from, int to, double maxSeconds, double maxRatio) {
        QList<Figure> ours, refs;
        for (int i = 0; i < g.runs; ++i) {
            QStringList a = {QStringLiteral("export"), QStringLiteral("--year"), QString::number(from), QStringLiteral("--profile"),
                             QStringLiteral("anhui-2025"), QStringLiteral("--out"), cliWork(QStringLiteral("export.xlsx")),
                             QStringLiteral("--skip-errors")};
            if (to != from)
                a << QStringLiteral("--to-year") << QString::number(to);
            ours << runCli(g.cli, ourStore->location(QStringLiteral("demo")), a);
            refs << runSqlite(refStore->location(QStringLiteral("demo")), BenchReference::exportRows(from, to), {QStringLiteral("-csv")},
                              cliWork(QStringLiteral("export.csv")));
        }
        const Figure o = median(ours), r = median(refs);
        const bool ok = o.seconds < scaled(maxSeconds) && (maxRatio <= 0 || o.seconds / r.seconds <= maxRatio) && o.rss < 500;
        print(job, qint64(g.staff) * g.perYear * (to - from + 1), o, QStringLiteral("sqlite3_csv"), &r,
              QStringLiteral("seconds<%1%2").arg(num(scaled(maxSeconds), 0), maxRatio > 0 ? QStringLiteral(",ratio<=10") : QString()), ok);
    };
    if (wanted(QStringLiteral("export_year")))
        exportJob(QStringLiteral("export_year"), d.lastYear, d.lastYear, 2, 10);
    if (wanted(QStringLiteral("export_five_years")))
        exportJob(QStringLiteral("export_five_years"), d.lastYear - std::min(5, g.years) + 1, d.lastYear, 5, 0);

    if (wanted(QStringLiteral("credits_json")) && ourStore->isPostgres()) {
        skip(QStringLiteral("credits_json"), QStringLiteral("credits reads no database: the SQLite run's figure holds"));
    } else if (wanted(QStringLiteral("credits_json"))) {
        QList<Figure> full, quarter;
        for (int i = 0; i < g.runs; ++i) {
            quarter << runCli(g.cli, QStringLiteral("-"),
                              {QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"), QStringLiteral("--input"),
                               QDir(d.small).filePath(QStringLiteral("credits.csv")), QStringLiteral("--json")},
                              cliWork(QStringLiteral("credits.json")));
            full << runCli(g.cli, QStringLiteral("-"),
                           {QStringLiteral("credits"), QStringLiteral("--rules"), QStringLiteral("anhui-2025"), QStringLiteral("--input"),
                            QDir(d.files).filePath(QStringLiteral("credits.csv")), QStringLiteral("--json")},
                           cliWork(QStringLiteral("credits.json")));
        }
        // credits exits 2 when a row has an error; the demo rows have none, so any non-zero exit is a failure.
        const Figure o = median(full), q = median(quarter);
        const double ratio = o.seconds / std::max(q.seconds, 1e-6);
        print(QStringLiteral("credits_json"), lineCount(QDir(d.files).filePath(QStringLiteral("credits.csv"))) - 1, o,
              QStringLiteral("credits_json_quarter"), &q, QStringLiteral("ratio<=4.4,rss<500"), ratio <= 4.4 && o.rss < 500,
              QStringLiteral("quarter_rows=%1 exponent=%2")
                  .arg(lineCount(QDir(d.small).filePath(QStringLiteral("credits.csv"))) - 1)
                  .arg(num(std::log(ratio) / std::log(4.0), 2)));
    }
    if (wanted(QStringLiteral("summary_sheet")) && ourStore->isPostgres()) {
        skip(QStringLiteral("summary_sheet"), QStringLiteral("the server's demo database has no events (demo-data writes SQLite files only)"));
    } else if (wanted(QStringLiteral("summary_sheet"))) {
        QList<Figure> ours;
        for (int i = 0; i < g.runs; ++i)
            ours << runCli(g.cli, ourStore->location(QStringLiteral("demo")), {QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QStringLiteral("1"),
                                           QStringLiteral("--pdf"), cliWork(QStringLiteral("summary.pdf"))});
        const Figure o = median(ours);
        print(QStringLiteral("summary_sheet"), std::min(1000, g.staff), o, QStringLiteral("none"), nullptr, QStringLiteral("seconds<1,rss<500"),
              o.seconds < 1 && o.rss < 500);
    }
    return 0;
}
