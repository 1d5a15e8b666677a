// GUI benchmark (issue 14): the window's figures on a database you pass, offscreen. Not a test: it
// prints one machine-readable line per figure and exits 0 (1 when the database cannot be opened).
//
//   QT_QPA_PLATFORM=offscreen bench_gui --db demo.sqlite [--runs 3] [--verbose] [--search-only]
//
//   job=gui_start staff=10000 ms=… target_ms=300 ok=1 peak_rss_mb=… checked_ms=…   open + window +
//       registry painted (checked_ms: until the deferred quick_check in its worker has passed; rows_painted:
//       the registry's rows then, ok=0 when there were none in a registry with people)
//   job=gui_year_change …   target_ms=100   the year chooser: registry reloaded and painted
//   job=gui_saved_edit …    target_ms=100   one person saved (write + every view reloaded + painted)
//   job=gui_search_key …    target_ms=50    one keystroke in the registry search (worst of a typed name)
// Each figure is the median of --runs runs (default 3). The database should be filled with
// `cehours-cli demo-data --staff 10000 --years 5 --per-year 8` (and 100,000 staff).
#include "AppContext.h"
#include "MainWindow.h"
#include "OpeningCheck.h"
#include "StaffPage.h"
#include "StaffTableModel.h"
#include "domain/Staff.h"
#include "storage/ComplianceTable.h"
#include "storage/Database.h"
#include "storage/DeferredChecks.h"
#include "storage/StaffRepository.h"
#include "util/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace {

double peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kB on Linux
#else
    return -1;
#endif
}

// CPU time of the calling (UI) thread, ms: on a loaded machine the wall time also counts waiting for
// a core; this is what the UI thread itself spent.
qint64 threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
#else
    return -1;
#endif
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// valid: false when the figure measured the wrong thing (a registry painted without its rows).
void print(const char *job, int staff, qint64 ms, int target, const QString &extra = QString(), bool valid = true)
{
    std::printf("job=%s staff=%d ms=%lld target_ms=%d ok=%d peak_rss_mb=%.0f%s\n", job, staff, ms, target, valid && ms <= target ? 1 : 0,
                peakRssMb(), extra.isEmpty() ? "" : qPrintable(QLatin1Char(' ') + extra));
    std::fflush(stdout);
}

// Runs until the registry table has rows and has been painted (grab() paints it synchronously).
void paintRegistry(MainWindow &window)
{
    QCoreApplication::processEvents();
    QTableView *table = window.staffPage()->findChild<QTableView *>(QStringLiteral("staffTable"));
    if (table)
        table->viewport()->grab();
}

int staffCount(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the benchmark's settings never touch the clerk's
    QApplication::setOrganizationName(QStringLiteral("cehours-bench"));
    QStringList args = app.arguments();
    const int dbAt = int(args.indexOf(QStringLiteral("--db")));
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_gui --db FILE [--runs N]\n");
        return 2;
    }
    const QString path = args.at(dbAt + 1);
    const bool verbose = args.contains(QStringLiteral("--verbose")); // each keystroke on stderr
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? qMax(1, args.at(runsAt + 1).toInt()) : 3;
    const bool searchOnly = args.contains(QStringLiteral("--search-only")); // the keystrokes alone, for profiling

    // Start: open the file as the app does, build the window, show it, registry painted.
    QList<qint64> start;
    QList<qint64> startCpu;
    QList<qint64> checked;
    int staff = 0;
    int painted = 0; // rows in the registry when it was painted: a start without them measured nothing
    for (int r = 0; r < (searchOnly ? 0 : runs); ++r) {
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = threadCpuMs();
        Database db;
        DeferredChecks::request(&db); // as the app: quick_check in a worker after the first paint
        if (!db.open(path, Database::Mode::Existing)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        MainWindow window(&db);
        window.resize(1280, 800);
        window.show();
        paintRegistry(window);
        start << clock.elapsed();
        startCpu << threadCpuMs() - cpu0;
        painted = window.staffPage()->model()->rowCount();
        // Then until the deferred check has passed (writes are held until then).
        if (OpeningCheck *check = window.openingCheck()) {
            while (check->state() == OpeningCheck::State::Checking || check->state() == OpeningCheck::State::Recomputing)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            checked << clock.elapsed();
        }
        staff = staffCount(db);
    }
    // What dominates until the stored verdict lands: the year's compliance computed on the UI thread.
    qint64 fillMs = -1;
    {
        Database db;
        if (db.open(path, Database::Mode::Existing)) {
            AppContext context(&db);
            if (const RuleSet *set = context.hasUnit() ? context.ruleSet() : nullptr) {
                QElapsedTimer clock;
                clock.start();
                ComplianceTable(db.connection()).fill(*set, context.unitId(), context.year());
                fillMs = clock.elapsed();
            }
        }
    }
    const QString fill = QStringLiteral("compliance_fill_ms=%1").arg(fillMs);
    print("gui_start", staff, median(start), staff > 50000 ? 1000 : 300,
          fill + QStringLiteral(" checked_ms=%1 ui_cpu_ms=%2 rows_painted=%3").arg(median(checked)).arg(median(startCpu)).arg(painted),
          painted > 0 || staff == 0);

    Database db;
    DeferredChecks::request(&db);
    if (!db.open(path, Database::Mode::Existing))
        return 1;
    MainWindow window(&db);
    window.resize(1280, 800);
    window.show();
    paintRegistry(window);
    if (OpeningCheck *check = window.openingCheck()) { // the figures below after the check, as a clerk's day
        while (check->state() == OpeningCheck::State::Checking || check->state() == OpeningCheck::State::Recomputing)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    AppContext *context = window.context();

    // Changing the year (and back): the UI thread is busy for all of it.
    QList<qint64> year;
    QList<qint64> yearCpu;
    const int baseYear = context->year();
    for (int r = 0; r < (searchOnly ? 0 : runs); ++r) {
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = threadCpuMs();
        context->setYear(r % 2 == 0 ? baseYear - 1 : baseYear);
        paintRegistry(window);
        year << clock.elapsed();
        yearCpu << threadCpuMs() - cpu0;
    }
    context->setYear(baseYear);
    paintRegistry(window);
    print("gui_year_change", staff, median(year), 100, fill + QStringLiteral(" ui_cpu_ms=%1").arg(median(yearCpu)));

    // A saved edit: one person's phone changed and saved, every view told.
    QList<qint64> edit;
    QList<qint64> editCpu;
    StaffTableModel *model = window.staffPage()->model();
    const qint64 personId = model->staffId(0);
    for (int r = 0; r < (searchOnly ? 0 : runs); ++r) {
        Staff person;
        if (!StaffRepository(context->connection()).byId(personId, &person))
            break;
        person.phone = QStringLiteral("1390000%1").arg(r, 4, 10, QLatin1Char('0'));
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = threadCpuMs();
        QString error;
        if (!StaffRepository(context->connection()).update(person, &error)) {
            std::fprintf(stderr, "edit: %s\n", qPrintable(error));
            break;
        }
        context->notifyDataChanged();
        paintRegistry(window);
        edit << clock.elapsed();
        editCpu << threadCpuMs() - cpu0;
    }
    print("gui_saved_edit", staff, median(edit), 100, fill + QStringLiteral(" ui_cpu_ms=%1").arg(median(editCpu)));

    // Search keystrokes: a name from the registry typed one character at a time (the filter the
    // search box applies after its 150 ms pause), then its ID number's first 8 digits; worst keystroke.
    QList<qint64> keys;
    Staff person;
    StaffRepository(context->connection()).byId(model->staffId(model->rowCount() / 2), &person);
    QStringList typed;
    for (int i = 1; i <= person.name.size(); ++i)
        typed << person.name.left(i);
    for (int i = 4; i <= 8; i += 2)
        typed << person.idNumber.left(i);
    typed << QStringLiteral("zz"); // initials, nobody
    qint64 worst = 0;
    qint64 worstCpu = 0;
    QString worstText;
    for (int r = 0; r < runs; ++r) {
        for (const QString &text : typed) {
            StaffQuery::Filter f;
            f.text = text;
            QElapsedTimer clock;
            clock.start();
            const qint64 cpu0 = threadCpuMs();
            model->setFilter(f);
            const qint64 filterMs = clock.elapsed();
            paintRegistry(window);
            const qint64 ms = clock.elapsed();
            worstCpu = qMax(worstCpu, threadCpuMs() - cpu0);
            if (verbose) { // and what the two queries alone take, run again outside the model
                const StaffQuery query(context->connection(), context->unitId());
                QElapsedTimer part;
                part.start();
                const int matches = query.count(f);
                const qint64 countMs = part.restart();
                query.page(f, StaffQuery::Name, Qt::AscendingOrder, 0, 200, nullptr, matches);
                std::fprintf(stderr, "key %s: %lld ms (model %lld ms, paint %lld ms), ui cpu %lld ms, %d matches (count %lld ms, page %lld ms)\n",
                             qPrintable(text), ms, filterMs, ms - filterMs, threadCpuMs() - cpu0, model->totalCount(), countMs, part.elapsed());
            }
            keys << ms;
            if (ms > worst) {
                worst = ms;
                worstText = text;
            }
        }
        model->reload(); // next run: counts not cached
    }
    print("gui_search_key", staff, worst, 50,
          QStringLiteral("median_ms=%1 keystrokes=%2 worst_text=%3 worst_ui_cpu_ms=%4").arg(median(keys)).arg(keys.size()).arg(worstText).arg(worstCpu));
    return 0;
}
