#include "storage/RegistryMigration.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/EvidenceContent.h"
#include "storage/EvidenceStore.h"
#include "storage/RegistryCatalogue.h"
#include "storage/RegistryTableCopy.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

namespace {
using Table = RegistryCatalogue::Table;
const QString kEvidenceContent = QStringLiteral("evidence_content"); // moved by the evidence backends

QString describe(const QString &location)
{
    return DatabaseLocation::isUrl(location) ? location : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

// Rows per table of a freshly made schema (audit_head's empty head): what an "empty" target may hold.
bool freshCounts(QHash<QString, qint64> *counts, QString *error)
{
    QTemporaryDir dir;
    Database fresh;
    if (!dir.isValid() || !fresh.open(dir.filePath(QStringLiteral("fresh.sqlite")), Database::Mode::Create)) {
        *error = fresh.errorString();
        return false;
    }
    QList<Table> tables;
    if (!RegistryCatalogue::read(fresh.connection(), &tables, error))
        return false;
    for (const Table &t : tables)
        counts->insert(t.name, RegistryTableCopy::count(fresh.connection(), t.name));
    return true;
}

class Run
{
    Q_DECLARE_TR_FUNCTIONS(RegistryMigration)

public:
    Run(const QString &from, const QString &to, const RegistryMigration::Progress &progress) : m_from(from), m_to(to), m_progress(progress) {}
    RegistryMigration::Result result;

    bool execute()
    {
        if (!openBoth() || !compareSchemas() || !checkTargetEmpty() || !checkSourceChain())
            return false;
        QSqlDatabase src = m_source.connection();
        QSqlQuery snapshot(src); // one consistent view of the source for the whole copy
        if (!snapshot.exec(SqlDialect::isPostgres(src) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                       : QStringLiteral("BEGIN")))
            return internal(snapshot.lastError().text());
        const bool ok = copyAndVerify();
        snapshot.exec(QStringLiteral("ROLLBACK")); // nothing was written there
        if (!ok)
            removeWrittenFiles();
        return ok;
    }

private:
    bool refuse(const QString &why)
    {
        result.error = why;
        return false;
    }
    bool internal(const QString &why)
    {
        result.internal = true;
        return refuse(why);
    }
    void stage(const QString &what)
    {
        if (m_progress)
            m_progress(what, m_stage++, int(m_tables.size()) + 1); // the tables (not evidence_content), evidence, verification
    }

    bool openBoth()
    {
        if (describe(m_from) == describe(m_to))
            return refuse(tr("The source and the target are the same database (%1)").arg(describe(m_from)));
        if (!m_source.open(m_from, Database::Mode::ReadOnly))
            return refuse(tr("Cannot open the source %1: %2").arg(describe(m_from), m_source.errorString()));
        if (!m_target.open(m_to, Database::Mode::Create))
            return refuse(tr("Cannot open the target %1: %2").arg(describe(m_to), m_target.errorString()));
        const int from = SchemaMigrator::version(m_source.connection());
        const int to = SchemaMigrator::version(m_target.connection());
        if (from != to)
            return refuse(tr("The source has schema version %1 and the target %2; nothing was copied").arg(from).arg(to));
        return true;
    }

    bool compareSchemas()
    {
        QString error;
        QList<Table> targetTables;
        if (!RegistryCatalogue::read(m_source.connection(), &m_tables, &error)
            || !RegistryCatalogue::read(m_target.connection(), &targetTables, &error))
            return internal(error);
        QHash<QString, QStringList> columns;
        for (const Table &t : targetTables)
            columns.insert(t.name, t.columns);
        QStringList differences;
        for (const Table &t : std::as_const(m_tables)) {
            if (!columns.contains(t.name)) {
                differences << tr("table %1 is missing in the target").arg(t.name);
                continue;
            }
            QStringList a = t.columns, b = columns.take(t.name);
            a.sort();
            b.sort();
            if (a != b)
                differences << tr("table %1 has the columns (%2) in the source but (%3) in the target").arg(t.name, a.join(QLatin1String(", ")), b.join(QLatin1String(", ")));
        }
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            differences << tr("table %1 is only in the target").arg(it.key());
        if (!differences.isEmpty())
            return refuse(tr("The schemas differ; nothing was copied: %1").arg(differences.join(QLatin1String("; "))));
        QSet<QString> sinks;
        if (!RegistryCatalogue::triggerWritten(m_target.connection(), &sinks, &error))
            return internal(error);
        m_tables = RegistryCatalogue::copyOrder(m_tables, sinks);
        return true;
    }

    bool checkTargetEmpty()
    {
        QString error;
        if (!freshCounts(&m_fresh, &error))
            return internal(error);
        QStringList filled;
        for (const Table &t : std::as_const(m_tables)) {
            const qint64 n = RegistryTableCopy::count(m_target.connection(), t.name);
            if (n < 0)
                return internal(tr("Cannot count the rows of %1 in the target").arg(t.name));
            if (n > m_fresh.value(t.name))
                filled << tr("%1 (%2 rows)").arg(t.name).arg(n);
        }
        if (!filled.isEmpty())
            return refuse(tr("The target %1 is not empty: %2. Migrate into a new file or an empty database; nothing was copied")
                              .arg(describe(m_to), filled.join(QLatin1String(", "))));
        return true;
    }

    bool checkSourceChain()
    {
        m_sourceChain = AuditChain::verify(m_source.connection());
        if (!m_sourceChain.intact)
            return refuse(tr("The source's audit log is broken at row %1 (%2); nothing was copied").arg(m_sourceChain.firstBadId).arg(m_sourceChain.problem));
        return true;
    }

    bool copyAndVerify()
    {
        QSqlDatabase dst = m_target.connection();
        Transaction tx(dst);
        if (!tx.isActive())
            return internal(tx.errorString());
        QHash<QString, RegistryTableCopy::Digest> digests;
        for (const Table &t : std::as_const(m_tables)) {
            if (t.name == kEvidenceContent)
                continue;
            stage(tr("Copying %1").arg(t.name));
            RegistryTableCopy copy(m_source.connection(), dst, t);
            // What a fresh schema or an earlier table's triggers put there is replaced by the source's rows.
            const bool quiet = pauseTriggers(t.name, true);
            if (!copy.clearTarget() || !copy.run()) {
                return refuse(tr("Copying the table %1 failed: %2; the target was left without data").arg(t.name, copy.errorString()));
            }
            if (quiet && !pauseTriggers(t.name, false))
                return internal(tr("Cannot enable the triggers of %1 again").arg(t.name));
            digests.insert(t.name, copy.sourceDigest());
        }
        stage(tr("Copying the evidence files"));
        if (!copyEvidence() || !moveSequences())
            return false;
        stage(tr("Verifying the target"));
        if (!verifyTables(digests) || !verifyEvidence() || !verifyChain())
            return false;
        if (!tx.commit())
            return internal(tr("The target could not be committed: %1").arg(tx.errorString()));
        std::sort(result.tables.begin(), result.tables.end(), [](const auto &a, const auto &b) { return a.table < b.table; });
        result.ok = true;
        return true;
    }

    // PostgreSQL: the table's own triggers (not the foreign keys') off while its rows are copied, inside the
    // transaction: their effects (the audit head, dirty marks) are copied from the source anyway, and
    // audit_log's trigger would update audit_head once per row (a chain of row versions in one
    // transaction: quadratic). Only the table's owner may; otherwise the copy goes on with the triggers
    // (a savepoint keeps the transaction usable). SQLite keeps its triggers (its FTS index needs them).
    bool pauseTriggers(const QString &table, bool pause)
    {
        QSqlDatabase dst = m_target.connection();
        if (!SqlDialect::isPostgres(dst))
            return false;
        QSqlQuery q(dst);
        const QString alter = QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER").arg(RegistryCatalogue::quoted(table), pause ? QStringLiteral("DISABLE") : QStringLiteral("ENABLE"));
        if (!q.exec(QStringLiteral("SAVEPOINT pause_triggers")))
            return false;
        if (q.exec(alter)) {
            q.exec(QStringLiteral("RELEASE SAVEPOINT pause_triggers"));
            return true;
        }
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT pause_triggers"));
        return false;
    }

    bool copyEvidence()
    {
        EvidenceStore source(m_source.connection(), m_source.evidenceDir());
        EvidenceStore target(m_target.connection(), m_target.evidenceDir());
        QString error;
        if (!source.referencedHashes(&m_hashes, &error))
            return internal(error);
        for (const QString &sha : std::as_const(m_hashes)) {
            if (!EvidenceStore::isHash(sha))
                return refuse(tr("The source has an evidence row with the invalid hash \"%1\"; run `cehours-cli evidence verify` on it").arg(sha));
            QTemporaryFile buffer;
            QFile file(source.content()->localPath(sha));
            QIODevice *bytes = &file;
            if (file.fileName().isEmpty()) { // in the database: through a temporary file, chunk by chunk
                if (!buffer.open() || !source.readContent(sha, &buffer, &error))
                    return refuse(tr("The evidence %1 cannot be read from the source: %2").arg(sha, error));
                buffer.seek(0);
                bytes = &buffer;
            } else if (!file.open(QIODevice::ReadOnly)) {
                return refuse(tr("The evidence %1 is missing from the source (%2)").arg(sha, QDir::toNativeSeparators(file.fileName())));
            }
            if (EvidenceStore::sha256Of(bytes == &file ? file.fileName() : buffer.fileName(), nullptr) != sha)
                return refuse(tr("The evidence %1 of the source has been altered (its bytes have another hash); run `cehours-cli evidence verify` on it").arg(sha));
            const QString written = target.content()->localPath(sha);
            if (!written.isEmpty() && !QFileInfo::exists(written))
                m_written << written;
            if (!target.content()->write(sha, bytes, &error))
                return refuse(tr("The evidence %1 cannot be written to the target: %2").arg(sha, error));
            result.evidenceBytes += bytes->size();
        }
        result.evidenceFiles = m_hashes.size();
        return true;
    }

    bool moveSequences()
    {
        QSqlDatabase dst = m_target.connection();
        if (!SqlDialect::isPostgres(dst))
            return true; // SQLite's rowid follows the largest id by itself
        QList<QPair<QString, QString>> identities;
        QString error;
        if (!RegistryCatalogue::identityColumns(dst, &identities, &error))
            return internal(error);
        for (const auto &[table, column] : std::as_const(identities)) {
            QSqlQuery q(dst);
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT max(%2) FROM %1), 0) + 1, false)")
                                    .arg(RegistryCatalogue::quoted(table), RegistryCatalogue::quoted(column));
            q.prepare(sql);
            q.addBindValue(RegistryCatalogue::quoted(table));
            q.addBindValue(column);
            if (!q.exec())
                return internal(tr("Cannot move the id sequence of %1: %2").arg(table, q.lastError().text()));
        }
        return true;
    }

    bool verifyTables(const QHash<QString, RegistryTableCopy::Digest> &digests)
    {
        for (const Table &t : std::as_const(m_tables)) {
            if (t.name == kEvidenceContent)
                continue;
            const RegistryTableCopy::Digest expected = digests.value(t.name);
            RegistryTableCopy::Digest got;
            QString error;
            if (!RegistryTableCopy::digest(m_target.connection(), t, &got, &error))
                return internal(error);
            if (got.rows != expected.rows)
                return refuse(tr("Verification failed: the table %1 has %2 rows in the source but %3 in the target; nothing was kept")
                                  .arg(t.name).arg(expected.rows).arg(got.rows));
            if (got.sum != expected.sum)
                return refuse(tr("Verification failed: the rows of %1 differ between the source and the target; nothing was kept").arg(t.name));
            result.tables.append({t.name, got.rows});
        }
        return true;
    }

    bool verifyEvidence()
    {
        EvidenceStore target(m_target.connection(), m_target.evidenceDir());
        QStringList hashes;
        QString error;
        if (!target.referencedHashes(&hashes, &error))
            return internal(error);
        if (hashes != m_hashes)
            return refuse(tr("Verification failed: the target's evidence rows reference %1 contents, the source's %2; nothing was kept")
                              .arg(hashes.size()).arg(m_hashes.size()));
        for (const QString &sha : std::as_const(hashes))
            if (target.content()->hashOfStored(sha, &error) != sha)
                return refuse(tr("Verification failed: the evidence %1 read back from the target has another hash%2; nothing was kept")
                                  .arg(sha, error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')));
        return true;
    }

    bool verifyChain()
    {
        const AuditChain::Report chain = AuditChain::verify(m_target.connection());
        if (!chain.intact)
            return refuse(tr("Verification failed: the target's audit log is broken at row %1 (%2); nothing was kept").arg(chain.firstBadId).arg(chain.problem));
        if (chain.headId != m_sourceChain.headId || chain.headHash != m_sourceChain.headHash)
            return refuse(tr("Verification failed: the target's audit chain ends at row %1, the source's at row %2; nothing was kept")
                              .arg(chain.headId).arg(m_sourceChain.headId));
        result.chainRows = chain.rows;
        result.chainHeadId = chain.headId;
        result.chainHeadHash = chain.headHash;
        return true;
    }

    void removeWrittenFiles()
    {
        for (const QString &path : std::as_const(m_written))
            QFile::remove(path);
    }

    QString m_from, m_to;
    RegistryMigration::Progress m_progress;
    Database m_source, m_target;
    QList<Table> m_tables;
    QHash<QString, qint64> m_fresh;
    AuditChain::Report m_sourceChain;
    QStringList m_hashes;
    QStringList m_written;
    int m_stage = 0;
};
} // namespace

RegistryMigration::Result RegistryMigration::run(const QString &from, const QString &to, const Progress &progress)
{
    Run run(from, to, progress);
    run.execute();
    return run.result;
}
