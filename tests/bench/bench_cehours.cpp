// The project's benchmark (issue 14, docs/performance.md): drives the real cehours-cli on demo data
// and prints one machine-readable line per figure, each beside its reference measured in the same run
// (the sqlite3 shell doing the same writes; median of three interleaved runs), with peak RSS:
//   job=roster_import_csv staff=10000 rows=10000 seconds=0.31 ref=sqlite3_import ref_seconds=0.097 ratio=3.2
//   peak_rss_mb=45 target=ratio<=3 ok=1
// Usage: bench_cehours [--staff N] [--years Y] [--per-year K] [--runs R] [--cli PATH] [--setup-cli PATH]
//                      [--work DIR] [--jobs a,b,…] [--keep]
// Not run by CTest (minutes at 100,000 staff). Linux only (fork/wait4).
#include "BenchProcess.h"
#include "BenchReference.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
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
};

Config g;
QTextStream out(stdout);

struct Figure
{
    double seconds = 0;
    double rss = 0;
    bool ok = true;
    QString error;
};

QString cliWork(const QString &name)
{
    return QDir(g.work).filePath(name);
}

void note(const QString &line)
{
    QTextStream(stderr) << "# " << line << Qt::endl;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// One run of cehours-cli (args after --db DB); ok when it exits 0.
Figure runCli(const QString &cli, const QString &db, const QStringList &args, const QString &stdoutPath = {})
{
    const QString err = cliWork(QStringLiteral("last-stderr.txt"));
    const BenchRun r = benchRun(cli, QStringList{QStringLiteral("--db"), db} + args, {}, stdoutPath, err);
    Figure f{r.seconds, r.peakRssMb, r.exitCode == 0, {}};
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
    Figure fig{r.seconds, r.peakRssMb, r.exitCode == 0 && errText.isEmpty(), {}};
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
    else if (!refName.isEmpty())
        line += QStringLiteral(" ref=%1").arg(refName);
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
    out << QStringLiteral("job=%1 staff=%2 ok=skip reason=\"%3\"").arg(job).arg(g.staff).arg(reason) << Qt::endl;
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

// Interleaved runs of ours and the reference, each on a fresh copy of `base` (copying is not timed).
void compareWrites(const QString &job, qint64 rows, const QString &base, const QStringList &ourArgs, const QString &refScript,
                   const QString &refName, const QString &target, double maxRatio)
{
    QList<Figure> ours, refs;
    const QString db = cliWork(QStringLiteral("run.sqlite"));
    for (int i = 0; i < g.runs; ++i) {
        copyFile(base, db);
        ours << runCli(g.cli, db, ourArgs);
        copyFile(base, db);
        refs << runSqlite(db, refScript);
    }
    const Figure o = median(ours), r = median(refs);
    print(job, rows, o, refName, &r, target, o.seconds / r.seconds <= maxRatio && o.rss < 500);
}

struct Data
{
    QString files, empty, roster, demo, small;
    int lastYear = 0;
};

bool setup(Data *d)
{
    const QString rules = QStringLiteral("anhui-2025");
    const QStringList demoArgs = {QStringLiteral("--staff"), QString::number(g.staff), QStringLiteral("--years"), QString::number(g.years),
                                  QStringLiteral("--per-year"), QString::number(g.perYear), QStringLiteral("--seed"), QStringLiteral("1"),
                                  QStringLiteral("--events"), QStringLiteral("2"), QStringLiteral("--event-size"),
                                  QString::number(std::min(1000, g.staff))};
    d->files = cliWork(QStringLiteral("files"));
    d->small = cliWork(QStringLiteral("files-quarter"));
    d->empty = cliWork(QStringLiteral("empty.sqlite"));
    d->roster = cliWork(QStringLiteral("roster.sqlite"));
    d->demo = cliWork(QStringLiteral("demo.sqlite"));
    d->lastYear = QDate::currentDate().year();
    auto step = [](const QString &what, const Figure &f) {
        note(QStringLiteral("setup %1: %2 s, %3 MB%4").arg(what, num(f.seconds), num(f.rss, 0), f.ok ? QString() : QStringLiteral(" FAILED ") + f.error));
        return f.ok;
    };
    if (!step(QStringLiteral("init"), runCli(g.setupCli, d->empty, {QStringLiteral("init"), QStringLiteral("--unit-name"), QStringLiteral("基准医院"),
                                                                   QStringLiteral("--rules"), rules})))
        return false;
    if (!step(QStringLiteral("demo files"), runCli(g.setupCli, QStringLiteral("-"),
                                                  QStringList{QStringLiteral("demo-data"), QStringLiteral("--files"), d->files,
                                                              QStringLiteral("--rules"), rules} + demoArgs)))
        return false;
    QStringList quarter = demoArgs;
    quarter[1] = QString::number(std::max(1, g.staff / 4));
    if (!step(QStringLiteral("demo files (a quarter)"), runCli(g.setupCli, QStringLiteral("-"),
                                                              QStringList{QStringLiteral("demo-data"), QStringLiteral("--files"), d->small,
                                                                          QStringLiteral("--rules"), rules} + quarter)))
        return false;
    copyFile(d->empty, d->roster);
    if (!step(QStringLiteral("roster"), runCli(g.setupCli, d->roster, {QStringLiteral("import-staff"), QDir(d->files).filePath(QStringLiteral("roster.csv"))})))
        return false;
    copyFile(d->empty, d->demo);
    return step(QStringLiteral("demo database"), runCli(g.setupCli, d->demo, QStringList{QStringLiteral("demo-data")} + demoArgs));
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
    g.keep = args.removeAll(QStringLiteral("--keep")) > 0;
    if (!args.isEmpty() || g.staff < 4) {
        QTextStream(stderr) << "usage: bench_cehours [--staff N] [--years Y] [--per-year K] [--runs R] [--cli PATH] [--setup-cli PATH]"
                               " [--work DIR] [--jobs a,b] [--keep]\n";
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
    Data d;
    if (!setup(&d))
        return 1;
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QString rosterCsv = QDir(d.files).filePath(QStringLiteral("roster.csv"));
    const QString changedCsv = QDir(d.files).filePath(QStringLiteral("roster-changed.csv"));
    const QString activitiesCsv = QDir(d.files).filePath(QStringLiteral("activities.csv"));
    const QString importRef = BenchReference::rosterImport(rosterCsv, now);

    if (wanted(QStringLiteral("roster_import_csv")))
        compareWrites(QStringLiteral("roster_import_csv"), g.staff, d.empty, {QStringLiteral("import-staff"), rosterCsv}, importRef,
                      QStringLiteral("sqlite3_import"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("roster_import_xlsx")))
        compareWrites(QStringLiteral("roster_import_xlsx"), g.staff, d.empty,
                      {QStringLiteral("import-staff"), QDir(d.files).filePath(QStringLiteral("roster.xlsx"))}, importRef,
                      QStringLiteral("sqlite3_import_csv"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("roster_reimport")))
        compareWrites(QStringLiteral("roster_reimport"), g.staff, d.roster, {QStringLiteral("import-staff"), changedCsv},
                      BenchReference::rosterReimport(changedCsv, now), QStringLiteral("sqlite3_update_from"), QStringLiteral("ratio<=3"), 3);
    if (wanted(QStringLiteral("activity_import")))
        compareWrites(QStringLiteral("activity_import"), lineCount(activitiesCsv) - 1, d.roster,
                      {QStringLiteral("import-activities"), activitiesCsv},
                      BenchReference::activityImport(activitiesCsv, headerColumns(activitiesCsv), now), QStringLiteral("sqlite3_import"),
                      QStringLiteral("ratio<=3"), 3);

    const qint64 personYears = qint64(g.staff) * g.years;
    if (wanted(QStringLiteral("recompute"))) {
        if (!hasCommand(QStringLiteral("recompute"))) {
            skip(QStringLiteral("recompute"), QStringLiteral("cehours-cli has no recompute command"));
        } else {
            QList<Figure> ours, refs;
            const QString db = cliWork(QStringLiteral("run.sqlite"));
            for (int i = 0; i < g.runs; ++i) {
                copyFile(d.demo, db);
                ours << runCli(g.cli, db, {QStringLiteral("recompute")});
                refs << runSqlite(d.demo, BenchReference::recompute());
            }
            const Figure o = median(ours), r = median(refs);
            print(QStringLiteral("recompute"), personYears, o, QStringLiteral("sqlite3_json_group_by"), &r,
                  QStringLiteral("seconds<%1,rss<300").arg(num(scaled(1), 0)), o.seconds < scaled(1) && o.rss < 300);
        }
    }
    auto exportJob = [&](const QString &job, int from, int to, double maxSeconds, double maxRatio) {
        QList<Figure> ours, refs;
        for (int i = 0; i < g.runs; ++i) {
            QStringList a = {QStringLiteral("export"), QStringLiteral("--year"), QString::number(from), QStringLiteral("--profile"),
                             QStringLiteral("anhui-2025"), QStringLiteral("--out"), cliWork(QStringLiteral("export.xlsx")),
                             QStringLiteral("--skip-errors")};
            if (to != from)
                a << QStringLiteral("--to-year") << QString::number(to);
            ours << runCli(g.cli, d.demo, a);
            refs << runSqlite(d.demo, BenchReference::exportRows(from, to), {QStringLiteral("-csv")}, cliWork(QStringLiteral("export.csv")));
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

    if (wanted(QStringLiteral("credits_json"))) {
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
    if (wanted(QStringLiteral("summary_sheet"))) {
        QList<Figure> ours;
        for (int i = 0; i < g.runs; ++i)
            ours << runCli(g.cli, d.demo, {QStringLiteral("print"), QStringLiteral("summary-sheet"), QStringLiteral("--event"), QStringLiteral("1"),
                                           QStringLiteral("--pdf"), cliWork(QStringLiteral("summary.pdf"))});
        const Figure o = median(ours);
        print(QStringLiteral("summary_sheet"), std::min(1000, g.staff), o, QStringLiteral("none"), nullptr, QStringLiteral("seconds<1,rss<500"),
              o.seconds < 1 && o.rss < 500);
    }
    return 0;
}
