#include "storage/AuditLog.h"

#include "util/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString s_operator;

QString toText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
}

bool AuditLog::record(QSqlDatabase db, const QString &entity, qint64 entityId, const QString &action,
                      const QJsonObject &before, const QJsonObject &after, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, entity, entity_id, action, before_json, after_json)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Clock::current().now().toString(Qt::ISODate));
    q.addBindValue(operatorName());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    const QString b = toText(before), a = toText(after);
    q.addBindValue(b.isNull() ? QVariant() : b);
    q.addBindValue(a.isNull() ? QVariant() : a);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<AuditLog::Entry> AuditLog::entries(QSqlDatabase db, const QString &entity, qint64 entityId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, operator, entity, entity_id, action, before_json, after_json FROM audit_log"
                             " WHERE (? = '' OR entity = ?) AND (? = 0 OR entity_id = ?) ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(entity);
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
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

QString AuditLog::operatorName()
{
    if (!s_operator.isEmpty())
        return s_operator;
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void AuditLog::setOperatorName(const QString &name)
{
    s_operator = name;
}
