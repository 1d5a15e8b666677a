#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Audit log: every insert/update/delete of staff and activities with time, operator and
// before/after values (JSON). Written inside the caller's transaction.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString operatorName;
        QString entity;
        qint64 entityId = 0;
        QString action; // insert / update / delete
        QJsonObject before;
        QJsonObject after;
    };

    static bool record(QSqlDatabase db, const QString &entity, qint64 entityId, const QString &action,
                       const QJsonObject &before, const QJsonObject &after, QString *error);
    static QList<Entry> entries(QSqlDatabase db, const QString &entity = {}, qint64 entityId = 0);

    // Who is recorded as the operator: set by the app (settings) or the OS user name.
    static QString operatorName();
    static void setOperatorName(const QString &name);
};
