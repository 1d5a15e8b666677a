#include "storage/WriteLockNote.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

QString WriteLockNote::notePath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-writer.json");
}

void WriteLockNote::publish(const QString &databasePath, const QString &operatorName, const QString &activity)
{
    QJsonObject note;
    note.insert(QStringLiteral("operator"), operatorName);
    note.insert(QStringLiteral("command"), activity);
    note.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    note.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    note.insert(QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate));
    QFile f(notePath(databasePath));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
}

void WriteLockNote::withdraw(const QString &databasePath)
{
    QFile::remove(notePath(databasePath));
}

QString WriteLockNote::describe(const QString &databasePath)
{
    QFile f(notePath(databasePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject note = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    if (note.isEmpty())
        return {};
    return tr("%1 (%2, process %3 on %4, since %5)")
        .arg(note.value(QStringLiteral("operator")).toString(), note.value(QStringLiteral("command")).toString())
        .arg(note.value(QStringLiteral("pid")).toVariant().toLongLong())
        .arg(note.value(QStringLiteral("host")).toString(), note.value(QStringLiteral("since")).toString());
}
