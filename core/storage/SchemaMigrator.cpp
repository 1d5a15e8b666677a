#include "storage/SchemaMigrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {


// Step N brings the schema from version N-1 to N. Never edit a released step: add a new one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the unit, its staff registry and the audit log.
        {
            QStringLiteral("CREATE TABLE unit ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " credit_code TEXT NOT NULL DEFAULT '',"
                           " nature TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " rule_set TEXT NOT NULL DEFAULT '',"
                           " contact_person TEXT NOT NULL DEFAULT '',"
                           " contact_phone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE staff ("
                           " id INTEGER PRIMARY KEY,"
                           " unit_id INTEGER NOT NULL REFERENCES unit(id),"
                           " id_number TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " gender TEXT NOT NULL DEFAULT '',"
                           " ethnicity TEXT NOT NULL DEFAULT '',"
                           " department TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " title_level TEXT NOT NULL DEFAULT '',"
                           " title_series TEXT NOT NULL DEFAULT '',"
                           " sub_specialty TEXT NOT NULL DEFAULT '',"
                           " title_sought TEXT NOT NULL DEFAULT '',"
                           " education TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " joined_on TEXT,"
                           " birth_date TEXT,"
                           " status TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '离职')),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (unit_id, id_number))"),
            QStringLiteral("CREATE INDEX staff_name ON staff(name)"),
            QStringLiteral("CREATE INDEX staff_department ON staff(department)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id INTEGER,"
                           " action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
                           " before_json TEXT,"
                           " after_json TEXT)"),
            QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
        },
        // 2: activities and their evidence files (stored by SHA-256 in the managed folder).
        {
            QStringLiteral("CREATE TABLE activity ("
                           " id INTEGER PRIMARY KEY,"
                           " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                           " year INTEGER NOT NULL,"
                           " start_date TEXT,"
                           " end_date TEXT,"
                           " kind TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " params TEXT NOT NULL DEFAULT '{}',"
                           " subject TEXT NOT NULL DEFAULT '' CHECK (subject IN ('', 'public', 'professional')),"
                           " status TEXT NOT NULL DEFAULT 'recorded',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX activity_staff_year ON activity(staff_id, year)"),
            QStringLiteral("CREATE TABLE evidence ("
                           " id INTEGER PRIMARY KEY,"
                           " activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,"
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " original_name TEXT NOT NULL,"
                           " size INTEGER NOT NULL,"
                           " mime_type TEXT NOT NULL DEFAULT '',"
                           " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX evidence_activity ON evidence(activity_id)"),
            QStringLiteral("CREATE INDEX evidence_sha256 ON evidence(sha256)"),
        },
        // 3: yearly declarations: a submitted year is locked until an audited reopen.
        {
            QStringLiteral("CREATE TABLE year_declaration ("
                           " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                           " year INTEGER NOT NULL,"
                           " locked INTEGER NOT NULL DEFAULT 1,"
                           " submitted_at TEXT NOT NULL,"
                           " submitted_by TEXT NOT NULL,"
                           " reopened_at TEXT,"
                           " reopened_by TEXT,"
                           " reopen_reason TEXT,"
                           " PRIMARY KEY (staff_id, year))"),
        },
        // 4: the database file and concurrent edits: our application_id (other SQLite files are refused)
        // and a row version on staff and activities, incremented by every update (an edit of a row changed
        // by someone else since it was opened is refused, not overwritten).
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
            QStringLiteral("ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE activity ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        },
    };
    return all;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return int(steps().size());
}

int SchemaMigrator::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SchemaMigrator::migrate(QSqlDatabase db, QString *error, int targetVersion)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const int target = targetVersion < 0 ? latestVersion() : qMin(targetVersion, latestVersion());
    // Versions only go up: a database already at the target needs no lock (readers never wait for one).
    const int seen = version(db);
    if (seen >= target && seen <= latestVersion())
        return true;
    for (;;) {
        // The write lock first, then the version: two processes opening a new database at once cannot
        // both apply the same step (the second one finds it applied).
        Transaction tx(db);
        if (!tx.isActive())
            return fail(tr("cannot start a transaction: %1").arg(tx.errorString()));
        const int current = version(db);
        if (current < 0)
            return fail(tr("cannot read the schema version"));
        if (current > latestVersion())
            return fail(tr("the database has schema version %1, newer than this program supports (%2); update CE Hours")
                            .arg(current)
                            .arg(latestVersion()));
        if (current >= target)
            return true;
        const int next = current + 1;
        QSqlQuery q(db);
        for (const QString &sql : steps().at(next - 1)) {
            if (!q.exec(sql))
                return fail(tr("schema upgrade step %1 failed: %2").arg(next).arg(q.lastError().text()));
        }
        // PRAGMA cannot take bound values; `next` is our own step number, not user text.
        const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(next);
        if (!q.exec(setVersion))
            return fail(tr("schema upgrade step %1 failed: %2").arg(next).arg(q.lastError().text()));
        if (!tx.commit())
            return fail(tr("schema upgrade step %1 could not be committed: %2").arg(next).arg(tx.errorString()));
    }
}
