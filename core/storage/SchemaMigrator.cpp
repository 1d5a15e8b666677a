#include "storage/SchemaMigrator.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/PostgresDialect.h"
#include "storage/RoleGrants.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "storage/VerdictStore.h"
#include "util/ChineseName.h"
#include "storage/YearSeal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Fill staff.name_key / name_initials from the names (C++), for the rows already there.
bool backfillStaffNameKeys(QSqlDatabase db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, name FROM staff"))) {
        *error = read.lastError().text();
        return false;
    }
    QList<QPair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString()});
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE staff SET name_key = ?, name_initials = ? WHERE id = ?"));
    for (const auto &row : rows) {
        write.addBindValue(ChineseName::sortKey(row.second));
        write.addBindValue(ChineseName::initials(row.second));
        write.addBindValue(row.first);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

// A step entry starting with '@' names a C++ upgrade action run inside the step's transaction.
bool runCodeStep(const QString &name, QSqlDatabase db, QString *error)
{
    if (name == QLatin1String("@chain-audit-log"))
        return AuditChain::chainExisting(db, error);
    if (name == QLatin1String("@seal-locked-years"))
        return YearSeal::sealExisting(db, error);
    if (name == QLatin1String("@backfill-staff-name-keys"))
        return backfillStaffNameKeys(db, error);
    if (name == QLatin1String("@backfill-person-year-verdicts"))
        return VerdictStore(db).recomputeHere(0, error);
    if (error)
        *error = QStringLiteral("unknown upgrade action %1").arg(name);
    return false;
}

// One statement of a step: the SQLite text, and the PostgreSQL text when it is not the same statement in
// PostgreSQL's types (SqlDialect::ddl). A plain string is both; '@' names a C++ action (both dialects).
struct StepSql
{
    StepSql(const QString &text) : sqlite(text) {} // NOLINT: a plain string is the common case
    StepSql(const QString &sqliteText, const QString &postgresText) : sqlite(sqliteText), postgres(postgresText), own(true) {}
    QString textFor(const SqlDialect &dialect) const
    {
        if (!dialect.isPostgres())
            return sqlite;
        return own ? postgres : dialect.ddl(sqlite);
    }
    QString sqlite;
    QString postgres; // empty with `own`: nothing to run on PostgreSQL
    bool own = false;
};
StepSql sqliteOnly(const QString &text)
{
    return StepSql(text, QString());
}
// PostgreSQL's "INSERT OR IGNORE INTO person_year_dirty" of the verdict triggers (step 9).
QString pgMarkDirty(const char *row)
{
    return QStringLiteral("INSERT INTO person_year_dirty (staff_id, year) VALUES (%1.staff_id, %1.year) ON CONFLICT DO NOTHING;")
        .arg(QLatin1String(row));
}
// A PL/pgSQL trigger function (PostgreSQL's triggers run a function, not a statement list).
QString pgTriggerFunction(const char *name, const QString &body)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN %2 RETURN NULL; END $f$")
        .arg(QLatin1String(name), body);
}

// Step N brings the schema from version N-1 to N. Never edit a released step: add a new one.
// Both dialects run the same steps; a statement whose PostgreSQL text differs has it beside it.
const QList<QList<StepSql>> &steps()
{
    static const QList<QList<StepSql>> all = {
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
        // 4: training events (培训班): the event, its participants with their exam results, the event's
        //    evidence (shared by every participant's activity), and the activities the event owns.
        {
            QStringLiteral("CREATE TABLE training_event ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " organizer TEXT NOT NULL DEFAULT '',"
                           " host TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL DEFAULT 'training',"
                           " subject TEXT NOT NULL DEFAULT '' CHECK (subject IN ('', 'public', 'professional')),"
                           " start_date TEXT NOT NULL,"
                           " end_date TEXT NOT NULL,"
                           " params TEXT NOT NULL DEFAULT '{}',"
                           " mode TEXT NOT NULL DEFAULT '' CHECK (mode IN ('', '线下', '线上')),"
                           " place TEXT NOT NULL DEFAULT '',"
                           " filing_number TEXT NOT NULL DEFAULT '',"
                           " filing_date TEXT,"
                           " filing_authority TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX training_event_start ON training_event(start_date)"),
            QStringLiteral("CREATE TABLE event_participant ("
                           " id INTEGER PRIMARY KEY,"
                           " event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,"
                           " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                           " position INTEGER NOT NULL,"
                           " result TEXT NOT NULL DEFAULT '合格' CHECK (result IN ('合格', '不合格', '缺考', '无需考核')),"
                           " days_attended REAL,"
                           " remark TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (event_id, staff_id))"),
            QStringLiteral("CREATE TABLE event_evidence ("
                           " id INTEGER PRIMARY KEY,"
                           " event_id INTEGER NOT NULL REFERENCES training_event(id) ON DELETE CASCADE,"
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " original_name TEXT NOT NULL,"
                           " size INTEGER NOT NULL,"
                           " mime_type TEXT NOT NULL DEFAULT '',"
                           " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX event_evidence_event ON event_evidence(event_id)"),
            QStringLiteral("ALTER TABLE activity ADD COLUMN event_id INTEGER REFERENCES training_event(id)"),
            QStringLiteral("CREATE INDEX activity_event ON activity(event_id)"),
        },
        // 5: staff names in pinyin order and searchable by pinyin initials (keys computed in C++,
        // util/ChineseName; the @backfill action fills them for the rows already there).
        {
            QStringLiteral("ALTER TABLE staff ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE staff ADD COLUMN name_initials TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX staff_name_key ON staff(unit_id, name_key)"),
            QStringLiteral("@backfill-staff-name-keys"),
        },
        // 6: tamper evidence: audit rows chained by SHA-256 (and the chain's head), the OS user
        //    recorded as a claim beside the operator's name, and the seal of every submitted year.
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN os_user TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), last_id INTEGER NOT NULL,"
                           " last_hash TEXT NOT NULL)"),
            // The head follows every appended row inside SQLite (cheaper than a second statement per row).
            {QStringLiteral("CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log BEGIN"
                            " UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1; END"),
             pgTriggerFunction("audit_head_follows", QStringLiteral("UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;"))
                 + QStringLiteral("; CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_head_follows()")},
            QStringLiteral("ALTER TABLE year_declaration ADD COLUMN seal_json TEXT"),
            QStringLiteral("ALTER TABLE year_declaration ADD COLUMN seal_digest TEXT"),
            QStringLiteral("ALTER TABLE year_declaration ADD COLUMN person_json TEXT"),
            QStringLiteral("@chain-audit-log"),
            QStringLiteral("@seal-locked-years"),
        },
        // 7: certificate register: the 学时认定单 issued (number unique; a reprint of the same person
        // and year range shows the same number).
        {
            QStringLiteral("CREATE TABLE certificate_register ("
                           " number TEXT NOT NULL PRIMARY KEY,"
                           " id_number TEXT NOT NULL,"
                           " from_year INTEGER NOT NULL,"
                           " to_year INTEGER NOT NULL,"
                           " issued_on TEXT NOT NULL,"
                           " operator TEXT NOT NULL,"
                           " UNIQUE (id_number, from_year, to_year))"),
        },
        // 8: the database file and concurrent edits: our application_id (other SQLite files are refused)
        // and a row version on staff and activities, incremented by every update (an edit of a row changed
        // by someone else since it was opened is refused, not overwritten).
        {
            {SqlDialect::sqlite().setApplicationIdStatement(Database::kApplicationId),
             SqlDialect::postgres().setApplicationIdStatement(Database::kApplicationId)},
            QStringLiteral("ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE activity ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        },
        // 9: stored person-year verdicts: hours per subject, verdict and shortfalls of every person-year
        // with activities under the unit's rule set in force (its id and a fingerprint of its data), kept
        // in the same transaction as every write through the dirty marks the triggers leave
        // (VerdictStore::flushDirty before COMMIT); docs/verdicts.md.
        {
            {QStringLiteral("CREATE TABLE person_year_verdict ("
                           " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                           " year INTEGER NOT NULL,"
                           " rule_set TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " public_hours REAL NOT NULL,"
                           " professional_hours REAL NOT NULL,"
                           " total_hours REAL NOT NULL,"
                           " full_year INTEGER NOT NULL,"
                           " compliant INTEGER NOT NULL,"
                           " shortfall_total REAL NOT NULL,"
                           " shortfall_public REAL NOT NULL,"
                           " shortfall_professional REAL NOT NULL,"
                           " shortfall REAL GENERATED ALWAYS AS (max(shortfall_total, shortfall_public + shortfall_professional)) VIRTUAL,"
                           " PRIMARY KEY (staff_id, year)) WITHOUT ROWID"),
             SqlDialect::postgres().ddl(QStringLiteral("CREATE TABLE person_year_verdict ("
                           " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                           " year INTEGER NOT NULL,"
                           " rule_set TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL,"
                           " public_hours REAL NOT NULL,"
                           " professional_hours REAL NOT NULL,"
                           " total_hours REAL NOT NULL,"
                           " full_year INTEGER NOT NULL,"
                           " compliant INTEGER NOT NULL,"
                           " shortfall_total REAL NOT NULL,"
                           " shortfall_public REAL NOT NULL,"
                           " shortfall_professional REAL NOT NULL,"
                           " shortfall DOUBLE PRECISION GENERATED ALWAYS AS (GREATEST(shortfall_total, shortfall_public + shortfall_professional)) STORED,"
                           " PRIMARY KEY (staff_id, year))"))},
            QStringLiteral("CREATE INDEX person_year_verdict_compliant ON person_year_verdict(year, compliant, total_hours)"),
            QStringLiteral("CREATE INDEX person_year_verdict_hours ON person_year_verdict(year, total_hours)"),
            QStringLiteral("CREATE TABLE person_year_dirty (staff_id INTEGER NOT NULL, year INTEGER NOT NULL,"
                           " PRIMARY KEY (staff_id, year)) WITHOUT ROWID"),
            {QStringLiteral("CREATE TRIGGER activity_insert_marks_verdict AFTER INSERT ON activity BEGIN"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year) VALUES (NEW.staff_id, NEW.year); END"),
             pgTriggerFunction("activity_insert_marks_verdict", pgMarkDirty("NEW"))
                 + QStringLiteral("; CREATE TRIGGER activity_insert_marks_verdict AFTER INSERT ON activity FOR EACH ROW EXECUTE FUNCTION activity_insert_marks_verdict()")},
            {QStringLiteral("CREATE TRIGGER activity_delete_marks_verdict AFTER DELETE ON activity BEGIN"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year) VALUES (OLD.staff_id, OLD.year); END"),
             pgTriggerFunction("activity_delete_marks_verdict", pgMarkDirty("OLD"))
                 + QStringLiteral("; CREATE TRIGGER activity_delete_marks_verdict AFTER DELETE ON activity FOR EACH ROW EXECUTE FUNCTION activity_delete_marks_verdict()")},
            {QStringLiteral("CREATE TRIGGER activity_update_marks_verdict"
                            " AFTER UPDATE OF staff_id, year, start_date, end_date, kind, title, params, subject ON activity BEGIN"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year) VALUES (OLD.staff_id, OLD.year);"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year) VALUES (NEW.staff_id, NEW.year); END"),
             pgTriggerFunction("activity_update_marks_verdict", pgMarkDirty("OLD") + pgMarkDirty("NEW"))
                 + QStringLiteral("; CREATE TRIGGER activity_update_marks_verdict AFTER UPDATE OF staff_id, year, start_date, end_date, kind, title, params, subject ON activity FOR EACH ROW EXECUTE FUNCTION activity_update_marks_verdict()")},
            {QStringLiteral("CREATE TRIGGER unit_rule_set_marks_verdicts AFTER UPDATE OF rule_set ON unit"
                            " WHEN OLD.rule_set IS NOT NEW.rule_set BEGIN"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year)"
                            " SELECT DISTINCT a.staff_id, a.year FROM activity a JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = NEW.id; END"),
             pgTriggerFunction("unit_rule_set_marks_verdicts", QStringLiteral("INSERT INTO person_year_dirty (staff_id, year) SELECT DISTINCT a.staff_id, a.year FROM activity a"
                                                                 " JOIN staff s ON s.id = a.staff_id WHERE s.unit_id = NEW.id ON CONFLICT DO NOTHING;"))
                 + QStringLiteral("; CREATE TRIGGER unit_rule_set_marks_verdicts AFTER UPDATE OF rule_set ON unit FOR EACH ROW WHEN (OLD.rule_set IS DISTINCT FROM NEW.rule_set) EXECUTE FUNCTION unit_rule_set_marks_verdicts()")},
            {QStringLiteral("CREATE TRIGGER staff_unit_marks_verdicts AFTER UPDATE OF unit_id ON staff"
                            " WHEN OLD.unit_id IS NOT NEW.unit_id BEGIN"
                            " INSERT OR IGNORE INTO person_year_dirty (staff_id, year)"
                            " SELECT DISTINCT staff_id, year FROM activity WHERE staff_id = NEW.id; END"),
             pgTriggerFunction("staff_unit_marks_verdicts", QStringLiteral("INSERT INTO person_year_dirty (staff_id, year) SELECT DISTINCT staff_id, year FROM activity"
                                                              " WHERE staff_id = NEW.id ON CONFLICT DO NOTHING;"))
                 + QStringLiteral("; CREATE TRIGGER staff_unit_marks_verdicts AFTER UPDATE OF unit_id ON staff FOR EACH ROW WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id) EXECUTE FUNCTION staff_unit_marks_verdicts()")},
            QStringLiteral("@backfill-person-year-verdicts"),
        },
        // 10: search indexes: the registry's search box through an index at 100,000 staff (StaffQuery).
        // Three characters or more: FTS5 trigram (substring, any case) over name, department and ID
        // number, kept by triggers; shorter text and pinyin initials: prefixes through B-tree indexes.
        {
            // PostgreSQL: pg_trgm (trusted, created by the database's owner) and one GIN trigram index over the
            // three columns; StaffQuery searches them with ILIKE (docs/postgresql.md). No triggers needed.
            {QStringLiteral("CREATE VIRTUAL TABLE staff_search USING fts5(name, department, id_number,"
                           " content='staff', content_rowid='id', tokenize='trigram')"),
             QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX staff_search ON staff"
                            " USING gin (name gin_trgm_ops, department gin_trgm_ops, id_number gin_trgm_ops)")},
            sqliteOnly(QStringLiteral("INSERT INTO staff_search(staff_search) VALUES ('rebuild')")),
            sqliteOnly(QStringLiteral("CREATE TRIGGER staff_search_insert AFTER INSERT ON staff BEGIN"
                           " INSERT INTO staff_search (rowid, name, department, id_number)"
                           " VALUES (NEW.id, NEW.name, NEW.department, NEW.id_number); END")),
            sqliteOnly(QStringLiteral("CREATE TRIGGER staff_search_delete AFTER DELETE ON staff BEGIN"
                           " INSERT INTO staff_search (staff_search, rowid, name, department, id_number)"
                           " VALUES ('delete', OLD.id, OLD.name, OLD.department, OLD.id_number); END")),
            sqliteOnly(QStringLiteral("CREATE TRIGGER staff_search_update AFTER UPDATE OF name, department, id_number ON staff BEGIN"
                           " INSERT INTO staff_search (staff_search, rowid, name, department, id_number)"
                           " VALUES ('delete', OLD.id, OLD.name, OLD.department, OLD.id_number);"
                           " INSERT INTO staff_search (rowid, name, department, id_number)"
                           " VALUES (NEW.id, NEW.name, NEW.department, NEW.id_number); END")),
            QStringLiteral("CREATE INDEX staff_unit_initials ON staff(unit_id, name_initials)"),
            QStringLiteral("CREATE INDEX staff_unit_name ON staff(unit_id, name)"),
            QStringLiteral("CREATE INDEX staff_unit_department ON staff(unit_id, department)"),
        },
        // 11: the stored verdicts' rule sets by year: the check on every opening for writing whether
        // they were computed under the rules in force (VerdictStore::staleReason) seeks once per
        // year and rule set instead of grouping every verdict (1.4 s at 100,000 staff).
        {
            QStringLiteral("CREATE INDEX person_year_verdict_rules ON person_year_verdict(year, rule_set, fingerprint)"),
        },
        // 12: roles at the server (issue 13): the audit log records the database user (db_user, in the
        // hash when not empty, so older rows hash as before); on PostgreSQL the server stamps it
        // (session_user) on every row a non-owner appends, and the table of departments a limited user
        // sees. The grants and policies themselves are RoleGrants' map, applied after every upgrade.
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT ''"),
            {QString(), QStringLiteral("CREATE TABLE cehours_user_department (user_name TEXT NOT NULL, department TEXT NOT NULL,"
                                       " PRIMARY KEY (user_name, department))")},
            {QString(), QStringLiteral("CREATE FUNCTION audit_log_stamps_db_user() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN"
                                       " IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')"
                                       " THEN NEW.db_user := session_user; END IF; RETURN NEW; END $f$;"
                                       " CREATE TRIGGER audit_log_stamps_db_user BEFORE INSERT ON audit_log FOR EACH ROW"
                                       " EXECUTE FUNCTION audit_log_stamps_db_user()")},
        },
        // 13: evidence in the database (PostgreSQL): the bytes of each evidence file by its SHA-256, in chunks
        // of 1 MiB (DatabaseEvidenceContent). Created on SQLite too, where it stays empty (the files stay in
        // the folder beside the database): both dialects then have the same tables (cehours-cli migrate).
        {
            QStringLiteral("CREATE TABLE evidence_content ("
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " chunk_no INTEGER NOT NULL CHECK (chunk_no >= 0),"
                           " data BLOB NOT NULL,"
                           " PRIMARY KEY (sha256, chunk_no))"),
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
    return SqlDialect::of(db).schemaVersion(db);
}

bool SchemaMigrator::migrate(QSqlDatabase db, QString *error, int targetVersion)
{
    bool upgraded = false;
    if (!migrateSteps(db, error, targetVersion, &upgraded))
        return false;
    if (!upgraded || !SqlDialect::isPostgres(db) || version(db) != latestVersion())
        return true;
    // PostgreSQL: the roles' grants and policies follow the tables the steps made (RoleGrants' map).
    Transaction tx(db);
    QString why;
    if (!tx.isActive() || !RoleGrants::apply(db, &why) || !tx.commit()) {
        if (error)
            *error = why.isEmpty() ? tx.errorString() : why;
        return false;
    }
    return true;
}

bool SchemaMigrator::migrateSteps(QSqlDatabase db, QString *error, int targetVersion, bool *upgraded)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const SqlDialect &dialect = SqlDialect::of(db);
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
        for (const StepSql &step : steps().at(next - 1)) {
            const QString sql = step.textFor(dialect);
            if (sql.isEmpty())
                continue; // not needed in this dialect
            QString why;
            if (sql.startsWith(QLatin1Char('@')) ? !runCodeStep(sql, db, &why) : !q.exec(sql))
                return fail(tr("schema upgrade step %1 failed: %2").arg(next).arg(why.isEmpty() ? q.lastError().text() : why));
        }
        QString why;
        if (!dialect.setSchemaVersion(db, next, &why))
            return fail(tr("schema upgrade step %1 failed: %2").arg(next).arg(why));
        if (!tx.commit())
            return fail(tr("schema upgrade step %1 could not be committed: %2").arg(next).arg(tx.errorString()));
        *upgraded = true;
    }
}
