// cehours-cli audit verify / evidence verify: read-only checks of the tamper evidence.
#include "CliCommand.h"
#include "CliContext.h"
#include "Commands.h"
#include "storage/DatabaseLocation.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/YearSeal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {
// The checks only read: a missing file is reported, never created.
Database *existingDatabase(CliContext &ctx, const QString &usage)
{
    if (!ctx.unknownOptions().isEmpty() || ctx.args() != QStringList{QStringLiteral("verify")}) {
        ctx.err() << usage << Qt::endl;
        return nullptr;
    }
    if (!ctx.dbPath().isEmpty() && !DatabaseLocation::isUrl(ctx.dbPath()) && !QFileInfo(ctx.dbPath()).isFile()) {
        ctx.err() << QCoreApplication::translate("cli", "No database at %1").arg(QDir::toNativeSeparators(ctx.dbPath())) << Qt::endl;
        return nullptr;
    }
    return ctx.database(Database::Mode::ReadOnly);
}

QString personOf(QSqlDatabase db, qint64 staffId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, id_number FROM staff WHERE id = ?"));
    q.addBindValue(staffId);
    if (q.exec() && q.next())
        return QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString());
    return QCoreApplication::translate("cli", "person #%1").arg(staffId);
}
}

int runAudit(CliContext &ctx)
{
    Database *db = existingDatabase(ctx, QCoreApplication::translate("cli", "Usage: cehours-cli audit verify"));
    if (!db)
        return ExitBadInput;
    const AuditChain::Report chain = AuditChain::verify(db->connection());
    int broken = 0;
    if (chain.intact) {
        ctx.out() << QCoreApplication::translate("cli", "Audit log: %1 rows, chain intact. Last row %2, hash %3").arg(chain.rows).arg(chain.headId).arg(chain.headHash)
                  << Qt::endl;
    } else {
        ++broken;
        ctx.out() << QCoreApplication::translate("cli", "Audit log BROKEN at row %1: %2").arg(chain.firstBadId).arg(chain.problem) << Qt::endl;
    }
    const QList<YearSeal::Problem> seals = YearSeal::verifyAll(db->connection());
    for (const YearSeal::Problem &p : seals)
        ctx.out() << QCoreApplication::translate("cli", "Declaration %1 %2: %3").arg(personOf(db->connection(), p.staffId)).arg(p.year).arg(p.text) << Qt::endl;
    broken += int(seals.size());
    ctx.out() << (seals.isEmpty() ? QCoreApplication::translate("cli", "Submitted years: all as declared.") : QCoreApplication::translate("cli", "Submitted years: %1 problem(s).").arg(seals.size()))
              << Qt::endl;
    return broken ? ExitBadInput : ExitOk;
}

int runEvidence(CliContext &ctx)
{
    Database *db = existingDatabase(ctx, QCoreApplication::translate("cli", "Usage: cehours-cli evidence verify"));
    if (!db)
        return ExitBadInput;
    EvidenceStore store(db->connection(), db->evidenceDir());
    QList<EvidenceStore::Problem> problems;
    int checked = 0;
    QString error;
    if (!store.verify(&problems, &checked, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitInternal;
    }
    for (const EvidenceStore::Problem &p : problems) {
        QStringList ids;
        for (qint64 id : p.evidenceIds)
            ids << QString::number(id);
        const QString kind = p.kind == EvidenceStore::Problem::Missing ? QCoreApplication::translate("cli", "missing")
            : p.kind == EvidenceStore::Problem::Altered               ? QCoreApplication::translate("cli", "altered")
                                                                      : QCoreApplication::translate("cli", "invalid hash");
        ctx.out() << kind << '\t' << p.sha256 << '\t' << QDir::toNativeSeparators(p.path) << '\t' << QCoreApplication::translate("cli", "evidence %1").arg(ids.join(QLatin1Char(',')))
                  << '\n';
    }
    ctx.out() << QCoreApplication::translate("cli", "Evidence: %1 stored file(s) checked, %2 problem(s).").arg(checked).arg(problems.size()) << Qt::endl;
    return problems.isEmpty() ? ExitOk : ExitBadInput;
}
