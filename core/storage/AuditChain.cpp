#include "storage/AuditChain.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const char *const kFormat = "cehours-audit-1";

bool fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}

// Before schema step 11 the log has no db_user column (the step-6 chaining reads it without).
QString selectAll(const QSqlDatabase &db)
{
    const bool hasDbUser = db.record(QStringLiteral("audit_log")).contains(QStringLiteral("db_user"));
    return hasDbUser ? QStringLiteral("SELECT id, at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash,"
                                      " db_user FROM audit_log ORDER BY id")
                     : QStringLiteral("SELECT id, at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash,"
                                      " '' FROM audit_log ORDER BY id");
}

AuditChain::Row rowFrom(const QSqlQuery &q)
{
    AuditChain::Row r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.operatorName = q.value(2).toString();
    r.osUser = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5);
    r.action = q.value(6).toString();
    r.beforeJson = q.value(7);
    r.afterJson = q.value(8);
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    r.dbUser = q.value(11).toString();
    return r;
}
}

QString AuditChain::hashOf(const Row &r)
{
    // Each field as <UTF-8 byte length>:<bytes>; (NULL as ~;): unambiguous boundaries, byte-exact texts,
    // no re-escaping of the JSON values.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto field = [&hash](const QVariant &v) {
        if (v.isNull()) {
            hash.addData(QByteArrayView("~;"));
            return;
        }
        const QByteArray bytes = v.toString().toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
        hash.addData(QByteArrayView(";"));
    };
    field(QString::fromLatin1(kFormat));
    field(QString::number(r.id));
    field(r.at);
    field(r.operatorName);
    field(r.osUser);
    field(r.entity);
    field(r.entityId.isNull() ? QVariant() : QVariant(QString::number(r.entityId.toLongLong())));
    field(r.action);
    field(r.beforeJson);
    field(r.afterJson);
    field(r.prevHash);
    if (!r.dbUser.isEmpty())
        field(r.dbUser);
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditChain::databaseUser(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return QStringLiteral("");
    // "" before schema step 11 (no column to record it in: the upgrade steps before it audit too).
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT session_user FROM pg_attribute WHERE attrelid = to_regclass('audit_log') AND attname = 'db_user'"
                                 " AND NOT attisdropped"))
            && q.next()
        ? q.value(0).toString()
        : QStringLiteral("");
}

bool AuditChain::head(QSqlDatabase db, qint64 *id, QString *hash, QString *error, bool *recorded)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")))
        return fail(q.lastError().text(), error);
    const bool present = q.next();
    if (recorded)
        *recorded = present;
    if (!present && !q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return fail(q.lastError().text(), error);
    const bool found = present || q.next();
    *id = found ? q.value(0).toLongLong() : 0;
    *hash = found ? q.value(1).toString() : QStringLiteral(""); // never null: prev_hash is NOT NULL
    return true;
}

bool AuditChain::setHead(QSqlDatabase db, qint64 id, const QString &hash, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash"));
    q.addBindValue(id);
    q.addBindValue(hash.isNull() ? QStringLiteral("") : hash);
    return q.exec() || fail(q.lastError().text(), error);
}

AuditChain::Report AuditChain::verify(QSqlDatabase db)
{
    Report report;
    auto broken = [&report](qint64 id, const QString &why) {
        report.intact = false;
        report.firstBadId = id;
        report.problem = why;
        return report;
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectAll(db)))
        return broken(0, tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    QString prevHash;
    qint64 prevId = 0;
    while (q.next()) {
        const Row r = rowFrom(q);
        ++report.rows;
        if (r.prevHash != prevHash) {
            return broken(r.id, prevId ? tr("Audit row %1 does not follow row %2: a row between them is missing, or row %2 "
                                            "was inserted or replaced")
                                             .arg(r.id)
                                             .arg(prevId)
                                       : tr("Audit row %1 is not the start of the log: the rows before it are missing").arg(r.id));
        }
        if (r.hash != hashOf(r))
            return broken(r.id, r.hash.isEmpty() ? tr("Audit row %1 has no hash: it was inserted outside CE Hours").arg(r.id)
                                                 : tr("Audit row %1 was changed after it was written").arg(r.id));
        prevHash = r.hash;
        prevId = r.id;
    }
    qint64 headId = 0;
    QString headHash, error;
    bool recorded = false;
    if (!head(db, &headId, &headHash, &error, &recorded))
        return broken(0, error);
    report.headId = prevId;
    report.headHash = prevHash;
    if (!recorded)
        return broken(prevId, tr("The audit log's end marker (table audit_head) was removed"));
    if (headId != prevId || headHash != prevHash) {
        if (headId > prevId)
            return broken(prevId + 1, tr("Audit rows after row %1 are missing (the log ended at row %2)").arg(prevId).arg(headId));
        return broken(headId + 1, tr("The audit log's recorded end (row %1) does not match its last row %2").arg(headId).arg(prevId));
    }
    return report;
}

bool AuditChain::chainExisting(QSqlDatabase db, QString *error)
{
    QList<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(selectAll(db)))
            return fail(q.lastError().text(), error);
        while (q.next())
            rows << rowFrom(q);
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    QString prev = QStringLiteral("");
    for (Row &r : rows) {
        r.prevHash = prev;
        r.hash = hashOf(r);
        update.addBindValue(r.prevHash);
        update.addBindValue(r.hash);
        update.addBindValue(r.id);
        if (!update.exec())
            return fail(update.lastError().text(), error);
        prev = r.hash;
    }
    return setHead(db, rows.isEmpty() ? 0 : rows.last().id, prev, error);
}
