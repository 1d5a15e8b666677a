#include "storage/RegistryCatalogue.h"

#include "storage/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

bool sqliteTables(const QSqlDatabase &db, QStringList *names, QString *error)
{
    // table_list types: table, view, shadow (of a virtual table), virtual.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                               " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return failed(q, error);
    while (q.next())
        names->append(q.value(0).toString());
    return true;
}

bool sqliteTable(const QSqlDatabase &db, RegistryCatalogue::Table *t, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?) ORDER BY cid"));
    q.addBindValue(t->name);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        const int hidden = q.value(1).toInt(); // 0 plain, 2/3 generated (virtual/stored)
        t->columns << q.value(0).toString();
        if (hidden == 0)
            t->writable << q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
    q.addBindValue(t->name);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        t->parents << q.value(0).toString();
    return true;
}

bool pgTable(const QSqlDatabase &db, RegistryCatalogue::Table *t, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT column_name, is_generated FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
    q.addBindValue(t->name);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        t->columns << q.value(0).toString();
        if (q.value(1).toString() != QLatin1String("ALWAYS"))
            t->writable << q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT DISTINCT p.relname FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid"
                             " JOIN pg_class p ON p.oid = c.confrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                             " WHERE c.contype = 'f' AND n.nspname = current_schema() AND r.relname = ?"));
    q.addBindValue(t->name);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        t->parents << q.value(0).toString();
    return true;
}
} // namespace

QString RegistryCatalogue::quoted(const QString &identifier)
{
    QString text = identifier;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool RegistryCatalogue::read(const QSqlDatabase &db, QList<Table> *tables, QString *error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    QStringList names;
    if (dialect.isPostgres() ? !dialect.tables(db, &names, error) : !sqliteTables(db, &names, error))
        return false;
    names.removeAll(QStringLiteral("cehours_meta"));
    // PostgreSQL only: which database users (roles, which are not migrated) see which departments.
    names.removeAll(QStringLiteral("cehours_user_department"));
    names.sort();
    for (const QString &name : std::as_const(names)) {
        Table t;
        t.name = name;
        if (dialect.isPostgres() ? !pgTable(db, &t, error) : !sqliteTable(db, &t, error))
            return false;
        t.parents.removeAll(name); // a reference to itself does not order anything
        tables->append(t);
    }
    return true;
}

bool RegistryCatalogue::triggerWritten(const QSqlDatabase &db, QSet<QString> *tables, QString *error)
{
    QSqlQuery q(db);
    const QString sql = SqlDialect::isPostgres(db)
        ? QStringLiteral("SELECT p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal")
        : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger'");
    if (!q.exec(sql))
        return failed(q, error);
    static const QRegularExpression target(QStringLiteral("\\b(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|UPDATE)\\s+\"?(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    while (q.next()) {
        auto it = target.globalMatch(q.value(0).toString());
        while (it.hasNext())
            tables->insert(it.next().captured(1).toLower());
    }
    return true;
}

QList<RegistryCatalogue::Table> RegistryCatalogue::copyOrder(const QList<Table> &tables, const QSet<QString> &triggerWritten)
{
    QList<Table> out;
    QSet<QString> placed;
    for (const bool sinks : {false, true}) {
        QList<Table> pending;
        for (const Table &t : tables)
            if (triggerWritten.contains(t.name.toLower()) == sinks)
                pending << t;
        while (!pending.isEmpty()) {
            int next = 0; // the first table whose parents are all placed (or, in a cycle, the first one)
            for (int i = 0; i < pending.size(); ++i) {
                bool ready = true;
                for (const QString &p : pending.at(i).parents)
                    ready = ready && (placed.contains(p) || std::none_of(pending.begin(), pending.end(), [&](const Table &o) { return o.name == p; }));
                if (ready) {
                    next = i;
                    break;
                }
            }
            placed.insert(pending.at(next).name);
            out << pending.takeAt(next);
        }
    }
    return out;
}

bool RegistryCatalogue::identityColumns(const QSqlDatabase &db, QList<QPair<QString, QString>> *out, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                               " WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1, 2")))
        return failed(q, error);
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString()});
    return true;
}
