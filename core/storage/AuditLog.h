#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Audit log: every insert/update/delete of staff, activities and declarations with time, operator
// and before/after values (JSON). Written inside the caller's transaction. Each row is chained to
// the previous one by a SHA-256 hash (AuditChain); rows are only ever appended through record().
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString operatorName; // the name the operator gave the app (settings, --operator); may be empty
        QString osUser;       // what the OS claimed (USERNAME / USER); may be empty, never verified
        QString entity;
        qint64 entityId = 0;
        QString action; // insert / update / delete
        QJsonObject before;
        QJsonObject after;
        QString prevHash, hash;
    };

    static bool record(QSqlDatabase db, const QString &entity, qint64 entityId, const QString &action,
                       const QJsonObject &before, const QJsonObject &after, QString *error);
    static QList<Entry> entries(QSqlDatabase db, const QString &entity = {}, qint64 entityId = 0);

    // The operator's name as given to the app (first-start question / settings / --operator);
    // empty when none was given.
    static QString operatorName();
    static void setOperatorName(const QString &name);
    // The OS user name (USERNAME on Windows, else USER): a claim, recorded as os_user. Empty if none.
    static QString osUser();
    // Who did it, for display and the declaration's submitted_by: "name", "name (os_user: x)",
    // "os_user: x", or "" when neither is known.
    static QString operatorLabel();
    static QString operatorLabel(const QString &name, const QString &osUser);
};
