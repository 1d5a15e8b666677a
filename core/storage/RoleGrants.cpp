#include "storage/RoleGrants.h"

#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Which rows of a table a clerk or viewer limited to some departments sees (cehours_user_department).
enum class Rows {
    All,         // no row-level security
    Department,  // staff: its department
    ViaStaff,    // a row of a person the session sees (activity, year declaration)
    ViaActivity, // a row of an activity the session sees (evidence)
    Declaration, // ViaStaff, and a clerk may submit but never reopen (locked must stay 1)
    WriterNote,  // cehours_meta: a clerk writes only its "writer:<pid>" note (Transaction)
};
const char *const kAll = "SELECT, INSERT, UPDATE, DELETE";
struct TableRights
{
    const char *table;
    const char *admin;
    const char *clerk;
    const char *viewer;
    Rows rows;
};
// THE map: one line per table. A table a later step adds belongs here (test_roles checks that none is
// missing). The audit log is append-only for everyone but the tables' owner (the login that ran init);
// its head follows through the SECURITY DEFINER trigger function audit_head_follows.
const QList<TableRights> &rightsMap()
{
    static const QList<TableRights> map = {
        {"unit", kAll, "SELECT", "SELECT", Rows::All}, // unit settings and its rule set: the admin's
        {"staff", kAll, kAll, "SELECT", Rows::Department},
        {"activity", kAll, kAll, "SELECT", Rows::ViaStaff},
        {"evidence", kAll, kAll, "SELECT", Rows::ViaActivity},
        {"year_declaration", "SELECT, INSERT, UPDATE, DELETE", "SELECT, INSERT, UPDATE", "SELECT", Rows::Declaration},
        {"training_event", kAll, kAll, "SELECT", Rows::All},
        {"event_participant", kAll, kAll, "SELECT", Rows::All},
        {"event_evidence", kAll, kAll, "SELECT", Rows::All},
        {"certificate_register", kAll, "SELECT, INSERT, UPDATE", "SELECT", Rows::All},
        {"person_year_verdict", kAll, kAll, "SELECT", Rows::All},
        {"person_year_dirty", kAll, kAll, "SELECT", Rows::All},
        {"audit_log", "SELECT, INSERT", "SELECT, INSERT", "SELECT", Rows::All},
        {"audit_head", "SELECT", "SELECT", "SELECT", Rows::All},
        {"cehours_meta", kAll, kAll, "SELECT", Rows::WriterNote},
        {"cehours_user_department", kAll, "SELECT", "SELECT", Rows::All},
        // Evidence bytes by hash (schema step 13): written and released with the evidence rows.
        {"evidence_content", kAll, kAll, "SELECT", Rows::All},
    };
    return map;
}
const TableRights *rightsOf(const QString &table)
{
    for (const TableRights &r : rightsMap())
        if (table == QLatin1String(r.table))
            return &r;
    return nullptr;
}

// The session sees a person when it is not limited to departments, or the person's department is one of its own.
QString departmentVisible(const QString &column)
{
    return QStringLiteral("(NOT EXISTS (SELECT 1 FROM cehours_user_department u WHERE u.user_name = session_user)"
                          " OR %1 IN (SELECT u.department FROM cehours_user_department u WHERE u.user_name = session_user))")
        .arg(column);
}
QString personVisible(const QString &table)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM staff s WHERE s.id = %1.staff_id)").arg(table);
}

class Applier
{
public:
    explicit Applier(QSqlDatabase db) : m_db(std::move(db)), m_q(m_db) {}
    bool run(const QString &sql)
    {
        if (m_q.exec(sql))
            return true;
        m_error = RoleGrants::tr("%1 (statement: %2)").arg(m_q.lastError().text().trimmed(), sql.left(160));
        return false;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlQuery m_q;
    QString m_error;
};

bool ensureGroupRole(QSqlDatabase db, const QString &role, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next())
        return true;
    const QString create = QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(RoleGrants::quoted(role));
    if (q.exec(create))
        return true;
    *error = RoleGrants::tr("the group role %1 does not exist and this login may not create it (%2): run `cehours-cli init` as "
                            "the database's owner with CREATEROLE, or have the server's administrator run %3")
                 .arg(role, q.lastError().text().trimmed(), create);
    return false;
}

QString currentSchema(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT current_schema()")) && q.next() ? q.value(0).toString() : QStringLiteral("public");
}
} // namespace

QString RoleGrants::quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString RoleGrants::groupRole(const QString &databaseName, Role role)
{
    // Identifiers are at most 63 bytes: a long database name is cut so that the suffix stays.
    const QString suffix = role == Role::Admin ? QStringLiteral("_admin") : role == Role::Clerk ? QStringLiteral("_clerk") : QStringLiteral("_viewer");
    QString prefix = databaseName;
    while (prefix.toUtf8().size() > 48)
        prefix.chop(1);
    return prefix + suffix;
}

QString RoleGrants::groupRole(const QSqlDatabase &db, Role role)
{
    QSqlQuery q(db);
    const QString name = q.exec(QStringLiteral("SELECT current_database()")) && q.next() ? q.value(0).toString() : db.databaseName();
    return groupRole(name, role);
}

QStringList RoleGrants::tablesMissingFromMap(const QSqlDatabase &db)
{
    QStringList tables, missing;
    QString error;
    if (!SqlDialect::of(db).tables(db, &tables, &error))
        return {error};
    for (const QString &t : tables)
        if (!rightsOf(t))
            missing << t;
    return missing;
}

bool RoleGrants::apply(QSqlDatabase db, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("cannot apply the role grants: %1").arg(why);
        return false;
    };
    if (!SqlDialect::isPostgres(db))
        return true; // a SQLite file has one user: nothing to grant
    const QString admin = groupRole(db, Role::Admin), clerk = groupRole(db, Role::Clerk), viewer = groupRole(db, Role::Viewer);
    QString why;
    for (const QString &role : {admin, clerk, viewer})
        if (!ensureGroupRole(db, role, &why))
            return fail(why);
    const QString qa = quoted(admin), qc = quoted(clerk), qv = quoted(viewer);
    const QString all3 = QStringList{qa, qc, qv}.join(QStringLiteral(", "));
    QSqlQuery dbName(db);
    if (!dbName.exec(QStringLiteral("SELECT current_database()")) || !dbName.next())
        return fail(dbName.lastError().text());
    const QString schema = quoted(currentSchema(db));
    Applier a(db);
    const QStringList common = {
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quoted(dbName.value(0).toString()), all3),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, all3),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3").arg(schema, qa, qc),
        // Triggers run with the invoker's rights: the audit head is written by the owner's function only.
        QStringLiteral("ALTER FUNCTION audit_head_follows() SECURITY DEFINER SET search_path = %1, pg_temp").arg(schema),
    };
    for (const QString &sql : common)
        if (!a.run(sql))
            return fail(a.error());
    QStringList tables;
    if (!SqlDialect::postgres().tables(db, &tables, &why))
        return fail(why);
    for (const QString &table : tables) {
        const TableRights *rights = rightsOf(table);
        const QString t = quoted(table);
        QStringList sql = {QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(t, all3),
                           QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(rights ? rights->admin : kAll), t, qa),
                           QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(rights ? rights->clerk : "SELECT"), t, qc),
                           QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(rights ? rights->viewer : "SELECT"), t, qv)};
        QSqlQuery policies(db);
        policies.prepare(QStringLiteral("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = ?"
                                        " AND policyname LIKE 'cehours\\_%'"));
        policies.addBindValue(table);
        if (!policies.exec())
            return fail(policies.lastError().text());
        while (policies.next())
            sql << QStringLiteral("DROP POLICY %1 ON %2").arg(quoted(policies.value(0).toString()), t);
        const Rows rows = rights ? rights->rows : Rows::All;
        if (rows != Rows::All) {
            sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
                << QStringLiteral("CREATE POLICY cehours_admin ON %1 TO %2 USING (true) WITH CHECK (true)").arg(t, qa);
        }
        const QString readers = qc + QStringLiteral(", ") + qv;
        switch (rows) {
        case Rows::All:
            break;
        case Rows::Department:
            sql << QStringLiteral("CREATE POLICY cehours_departments ON %1 TO %2 USING %3 WITH CHECK %3").arg(t, readers, departmentVisible(QStringLiteral("department")));
            break;
        case Rows::ViaStaff:
            sql << QStringLiteral("CREATE POLICY cehours_departments ON %1 TO %2 USING (%3) WITH CHECK (%3)").arg(t, readers, personVisible(table));
            break;
        case Rows::ViaActivity:
            sql << QStringLiteral("CREATE POLICY cehours_departments ON %1 TO %2 USING (EXISTS (SELECT 1 FROM activity a WHERE a.id = %3.activity_id))"
                                  " WITH CHECK (EXISTS (SELECT 1 FROM activity a WHERE a.id = %3.activity_id))")
                       .arg(t, readers, table);
            break;
        case Rows::Declaration:
            sql << QStringLiteral("CREATE POLICY cehours_departments ON %1 FOR SELECT TO %2 USING (%3)").arg(t, readers, personVisible(table))
                << QStringLiteral("CREATE POLICY cehours_submit ON %1 FOR INSERT TO %2 WITH CHECK (locked = 1 AND %3)").arg(t, qc, personVisible(table))
                << QStringLiteral("CREATE POLICY cehours_keep_locked ON %1 FOR UPDATE TO %2 USING (%3) WITH CHECK (locked = 1)").arg(t, qc, personVisible(table));
            break;
        case Rows::WriterNote:
            sql << QStringLiteral("CREATE POLICY cehours_read ON %1 FOR SELECT TO %2 USING (true)").arg(t, readers)
                << QStringLiteral("CREATE POLICY cehours_writer_note ON %1 TO %2 USING (key LIKE 'writer:%') WITH CHECK (key LIKE 'writer:%')").arg(t, qc);
            break;
        }
        for (const QString &statement : sql)
            if (!a.run(statement))
                return fail(a.error());
    }
    return true;
}
