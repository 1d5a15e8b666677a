#include "storage/DeferredChecks.h"

#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/VerdictStore.h"
#include "storage/WriteGate.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct State
{
    bool requested = false;
    bool pending = false; // held in WriteGate by this open
    bool gated = false;   // WriteGate holds or refuses the file for this open
    QString damage;
};
QMutex &stateMutex()
{
    static QMutex mutex;
    return mutex;
}
QHash<const Database *, State> &states()
{
    static QHash<const Database *, State> map;
    return map;
}
State stateOf(const Database *db)
{
    const QMutexLocker lock(&stateMutex());
    return states().value(db);
}
void update(const Database *db, const std::function<void(State &)> &change)
{
    const QMutexLocker lock(&stateMutex());
    change(states()[db]);
}
} // namespace

void DeferredChecks::request(const Database *db, bool on)
{
    update(db, [on](State &s) { s.requested = on; });
}

bool DeferredChecks::takeRequest(const Database *db)
{
    const QMutexLocker lock(&stateMutex());
    const auto found = states().find(db);
    if (found == states().end() || !found->requested)
        return false;
    found->requested = false;
    return true;
}

bool DeferredChecks::pending(const Database *db)
{
    return stateOf(db).pending;
}

QString DeferredChecks::damage(const Database *db)
{
    return stateOf(db).damage;
}

bool DeferredChecks::begin(const Database *db, bool *deferred, QString *error)
{
    *deferred = false;
    // Only a file already in WAL mode: switching the journal mode would write before the check.
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return true;
    q.finish();
    WriteGate::hold(db->path());
    update(db, [](State &s) {
        s.pending = true;
        s.gated = true;
        s.damage.clear();
    });
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA query_only=ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = QLatin1String(pragma) + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    *deferred = true;
    return true;
}

void DeferredChecks::closed(const Database *db)
{
    State s;
    {
        const QMutexLocker lock(&stateMutex());
        s = states().take(db);
    }
    if (s.gated)
        WriteGate::release(db->path()); // held or refused only while this open lasted
}

DeferredChecks::Result DeferredChecks::run(const QString &path)
{
    Result result;
    Database db;
    db.setInspectOnly(true); // the check is ours, below
    if (!db.open(path, Database::Mode::ReadOnly)) {
        result.damage = db.errorString();
        return result;
    }
    result.damage = Database::checkIntegrity(db.connection(), false);
    if (result.damage.isEmpty()) {
        VerdictStore store(db.connection());
        if (store.available())
            result.staleReason = store.staleReason();
    }
    return result;
}

bool DeferredChecks::pass(const Database *db, QString *error)
{
    if (!stateOf(db).pending)
        return true;
    update(db, [](State &s) { s.pending = false; });
    QSqlQuery q(db->connection());
    const bool ok = q.exec(QStringLiteral("PRAGMA query_only=OFF"));
    if (!ok && error)
        *error = q.lastError().text();
    WriteGate::release(db->path());
    return ok;
}

QString DeferredChecks::damageMessage(const QString &path, const QString &report)
{
    // The same text as Database's own refusal of a damaged file (its translation too).
    const QString latest = BackupManager(path).latest();
    const QString offer = latest.isEmpty()
        ? QCoreApplication::translate("Database", "no backup was found beside it")
        : QCoreApplication::translate("Database", "the latest backup is %1 (`cehours-cli restore %1`)").arg(QDir::toNativeSeparators(latest));
    return QCoreApplication::translate("Database", "the database %1 is damaged and was not changed: %2\n%3")
        .arg(path, report.section(QLatin1Char('\n'), 0, 2), offer);
}

QString DeferredChecks::fail(const Database *db, const QString &report)
{
    const QString message = damageMessage(db->path(), report);
    update(db, [&message](State &s) {
        s.pending = false;
        s.damage = message;
    });
    WriteGate::refuse(db->path(), message); // query_only stays on
    return message;
}
