#include "CliContext.h"

#include "storage/Database.h"
#include "storage/DatabaseRelocator.h"
#include "storage/OverlappedCheck.h"
#include "util/OutputBarrier.h"

#include <QCoreApplication>

CliContext::CliContext(QStringList args, QString dbPath, QTextStream &out, QTextStream &err)
    : m_args(std::move(args)), m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{
}

CliContext::~CliContext()
{
    if (m_checkAlongside)
        OutputBarrier::install({});
}

bool CliContext::takeFlag(const QString &flag)
{
    return m_args.removeAll(flag) > 0;
}

QString CliContext::takeOption(const QString &name)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == name && i + 1 < m_args.size()) {
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString value = a.mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return {};
}

QStringList CliContext::unknownOptions() const
{
    QStringList unknown;
    for (const QString &a : m_args)
        if (a.startsWith(QLatin1String("--")))
            unknown << a;
    return unknown;
}

Database *CliContext::database(Database::Mode mode)
{
    if (m_db)
        return m_db.get();
    auto db = std::make_unique<Database>();
    // Without --db: the database the app uses (moved from settings, else the default).
    const QString path = m_dbPath.isEmpty() ? DatabaseRelocator::configuredPath() : m_dbPath;
    m_openedPath = path;
    if (m_checkAlongside) {
        OverlappedCheck::request(db.get(), m_wholeCheckOnlyToWrite);
        // Nothing made from the file is put in place before the check has passed.
        const Database *checked = db.get();
        OutputBarrier::install([checked] { return OverlappedCheck::await(checked); });
    }
    if (!db->open(path, mode)) {
        m_err << QCoreApplication::translate("cli", "Cannot open database %1: %2").arg(path, db->errorString()) << Qt::endl;
        m_dbExit = db->failure() == Database::Failure::Other ? 1 : 2;
        return nullptr;
    }
    m_db = std::move(db);
    return m_db.get();
}

QString CliContext::awaitCheck()
{
    const QString damage = m_db ? OverlappedCheck::await(m_db.get()) : QString();
    if (damage.isEmpty())
        return QString();
    return QCoreApplication::translate("cli", "Cannot open database %1: %2").arg(m_openedPath, damage);
}
