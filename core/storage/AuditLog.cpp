#include "storage/AuditLog.h"

#include "storage/AuditBatch.h"
#include "storage/AuditChain.h"
#include "util/Clock.h"
#include "util/JsonWriter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString s_operator;

QString toText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(JsonWriter::object(o)); // = QJsonDocument(o).toJson(Compact)
}

// Bound as '' rather than NULL (the columns are NOT NULL; hashing treats both alike anyway).
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}
}

bool AuditLog::record(QSqlDatabase db, const QString &entity, qint64 entityId, const QString &action,
                      const QJsonObject &before, const QJsonObject &after, QString *error)
{
    if (AuditBatch *batch = AuditBatch::active(db))
        return batch->append(entity, entityId, action, before, after, error);
    AuditChain::Row row;
    QString prev;
    if (!AuditChain::head(db, &row.id, &prev, error))
        return false;
    row.id += 1;
    row.at = Clock::current().now().toString(Qt::ISODate);
    row.operatorName = nonNull(operatorName());
    row.osUser = nonNull(osUser());
    row.entity = entity;
    row.entityId = entityId;
    row.action = action;
    const QString b = toText(before), a = toText(after);
    row.beforeJson = b.isNull() ? QVariant() : QVariant(b);
    row.afterJson = a.isNull() ? QVariant() : QVariant(a);
    row.prevHash = nonNull(prev);
    row.dbUser = AuditChain::databaseUser(db);
    row.hash = AuditChain::hashOf(row);
    QSqlQuery q(db);
    // db_user (PostgreSQL, schema step 11) only when there is one: SQLite and the steps before 11 write as before.
    q.prepare(row.dbUser.isEmpty() ? QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action, before_json,"
                                                    " after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   : QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action, before_json,"
                                                    " after_json, prev_hash, hash, db_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(row.id), QVariant(row.at), QVariant(row.operatorName), QVariant(row.osUser), QVariant(row.entity),
                              row.entityId, QVariant(row.action), row.beforeJson, row.afterJson, QVariant(row.prevHash), QVariant(row.hash)})
        q.addBindValue(v);
    if (!row.dbUser.isEmpty())
        q.addBindValue(row.dbUser);
    if (!q.exec())
        return fail(q.lastError().text(), error);
    // The trigger audit_head_follows moves the head to this row; a removed head row is not recreated
    // here (verify reports it), but writing goes on.
    return true;
}

QList<AuditLog::Entry> AuditLog::entries(QSqlDatabase db, const QString &entity, qint64 entityId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash"
                             " FROM audit_log WHERE (? = '' OR entity = ?) AND (? = 0 OR entity_id = ?) ORDER BY id"));
    q.addBindValue(nonNull(entity));
    q.addBindValue(nonNull(entity));
    q.addBindValue(entityId);
    q.addBindValue(entityId);
    QList<Entry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.operatorName = q.value(2).toString();
        e.osUser = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.before = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        out << e;
    }
    return out;
}

QString AuditLog::operatorName()
{
    return s_operator;
}

void AuditLog::setOperatorName(const QString &name)
{
    s_operator = name.trimmed();
}

QString AuditLog::osUser()
{
    const QString user = qEnvironmentVariable("USERNAME"); // Windows
    return (user.isEmpty() ? qEnvironmentVariable("USER") : user).trimmed();
}

QString AuditLog::operatorLabel()
{
    return operatorLabel(operatorName(), osUser());
}

QString AuditLog::operatorLabel(const QString &name, const QString &osUser)
{
    if (osUser.isEmpty() || osUser == name)
        return name.isEmpty() ? (osUser.isEmpty() ? QStringLiteral("") : QStringLiteral("os_user: ") + osUser) : name;
    return name.isEmpty() ? QStringLiteral("os_user: ") + osUser : QStringLiteral("%1 (os_user: %2)").arg(name, osUser);
}
