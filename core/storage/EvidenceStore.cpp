#include "storage/EvidenceStore.h"
#include "storage/EvidenceContent.h"
#include "storage/SqlDialect.h"

#include "storage/ActivityRepository.h"
#include "storage/Transaction.h"
#include "storage/YearLockRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>


EvidenceStore::EvidenceStore(QSqlDatabase db, QString storeDir)
    : m_db(std::move(db)), m_dir(std::move(storeDir)), m_content(EvidenceContent::of(m_db, m_dir))
{
}

bool EvidenceStore::inDatabase() const
{
    return m_content->inDatabase();
}

bool EvidenceStore::referencedHashes(QStringList *hashes, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256 FROM evidence UNION SELECT sha256 FROM event_evidence ORDER BY 1"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        hashes->append(q.value(0).toString());
    return true;
}

bool EvidenceStore::readContent(const QString &sha256, QIODevice *out, QString *error) const
{
    if (!isHash(sha256)) {
        if (error)
            *error = tr("%1 is not a SHA-256 hash").arg(sha256);
        return false;
    }
    return m_content->read(sha256, out, error);
}

bool EvidenceStore::isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString EvidenceStore::filePath(const QString &sha256) const
{
    if (!isHash(sha256))
        return {};
    return m_content->localPath(sha256);
}

QString EvidenceStore::openPath(const Item &item, QString *error) const
{
    if (!isHash(item.sha256)) {
        if (error)
            *error = tr("The evidence record of %1 has an invalid hash; it was altered outside CE Hours").arg(item.originalName);
        return {};
    }
    if (inDatabase())
        return exportForOpening(item, error);
    const QString path = filePath(item.sha256);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("The stored copy of %1 is missing from the evidence folder (%2)").arg(item.originalName, QDir::toNativeSeparators(path));
        return {};
    }
    return path;
}

QString EvidenceStore::exportForOpening(const Item &item, QString *error) const
{
    // The original name keeps its extension (the desktop picks the program by it); characters a file
    // name cannot hold on Windows become '_'.
    QString name = QFileInfo(item.originalName).fileName();
    for (QChar &c : name)
        if (QStringLiteral("<>:\"/\\|?*").contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = item.sha256;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("cehours-evidence/") + item.sha256.left(16));
    const QString path = QDir(folder).filePath(name);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return {};
    }
    QString why;
    if (!m_content->read(item.sha256, &out, &why)) {
        out.cancelWriting();
        if (error)
            *error = tr("The stored copy of %1 cannot be read from the database: %2").arg(item.originalName, why);
        return {};
    }
    if (!out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return {};
    }
    if (sha256Of(path, nullptr) != item.sha256) {
        QFile::remove(path);
        if (error)
            *error = tr("The stored copy of %1 in the database has been altered (its hash differs); run the evidence check")
                         .arg(item.originalName);
        return {};
    }
    return path;
}

QString EvidenceStore::sha256Of(const QString &filePath, QString *error)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(filePath, f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(filePath, f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool EvidenceStore::activityWritable(qint64 activityId, QString *error) const
{
    Activity a;
    if (!ActivityRepository(m_db).byId(activityId, &a)) {
        if (error)
            *error = tr("Activity %1 does not exist").arg(activityId);
        return false;
    }
    if (YearLockRepository(m_db).isLocked(a.staffId, a.year)) {
        if (error)
            *error = tr("The year %1 has been submitted and is locked; reopen it before changing its evidence").arg(a.year);
        return false;
    }
    return true;
}

bool EvidenceStore::storeCopy(const QString &sourcePath, const QString &sha, QString *error) const
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot copy %1 into the evidence store: %2").arg(sourcePath, in.errorString());
        return false;
    }
    if (!m_content->inDatabase())
        return m_content->write(sha, &in, error);
    // The database's chunks are written in one transaction: all of them or none.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!m_content->write(sha, &in, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

bool EvidenceStore::storeFile(const QString &sourcePath, Item *item, QString *error) const
{
    const QFileInfo source(sourcePath);
    if (!source.isFile()) {
        if (error)
            *error = tr("%1 is not a file").arg(sourcePath);
        return false;
    }
    if (source.size() > kMaxFileBytes) {
        if (error)
            *error = tr("%1 is %2 MB, larger than the %3 MB an evidence file may have; it was not added")
                         .arg(QDir::toNativeSeparators(sourcePath))
                         .arg(double(source.size()) / (1 << 20), 0, 'f', 1)
                         .arg(kMaxFileBytes >> 20);
        return false;
    }
    const QString sha = sha256Of(sourcePath, error);
    if (sha.isEmpty())
        return false;
    // A stored copy that no longer has its hash (altered or damaged) is replaced by this genuine file.
    if (m_content->state(sha) != EvidenceContent::State::Intact) {
        if (!storeCopy(sourcePath, sha, error))
            return false;
    }
    item->sha256 = sha;
    item->originalName = source.fileName();
    item->size = source.size();
    item->mimeType = QMimeDatabase().mimeTypeForFile(source).name();
    item->addedAt = Clock::current().now().toString(Qt::ISODate);
    return true;
}

void EvidenceStore::releaseFile(const QString &sha) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM evidence WHERE sha256 = ?"
                             " UNION ALL SELECT 1 FROM event_evidence WHERE sha256 = ?) AS refs"));
    q.addBindValue(sha);
    q.addBindValue(sha);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 0 || !isHash(sha))
        return;
    if (!m_content->inDatabase()) {
        m_content->erase(sha, nullptr);
        return;
    }
    Transaction tx(m_db);
    if (tx.isActive() && m_content->erase(sha, nullptr))
        tx.commit();
}

bool EvidenceStore::add(qint64 activityId, const QString &sourcePath, Item *item, QString *error)
{
    if (!activityWritable(activityId, error))
        return false;
    Item it;
    if (!storeFile(sourcePath, &it, error))
        return false;
    it.activityId = activityId;
    QSqlQuery q(m_db);
    const QString insert = QStringLiteral("INSERT INTO evidence (activity_id, sha256, original_name, size, mime_type, added_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?)")
        + SqlDialect::of(m_db).returningId();
    q.prepare(insert);
    for (const QVariant &v : {QVariant(it.activityId), QVariant(it.sha256), QVariant(it.originalName), QVariant(it.size),
                              QVariant(it.mimeType), QVariant(it.addedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    it.id = SqlDialect::of(m_db).insertedId(q);
    if (item)
        *item = it;
    return true;
}

bool EvidenceStore::remove(qint64 evidenceId, QString *error)
{
    if (evidenceId < 0) {
        if (error)
            *error = tr("This file belongs to the training event; remove it from the event");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT activity_id, sha256 FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Evidence %1 does not exist").arg(evidenceId);
        return false;
    }
    const qint64 activityId = q.value(0).toLongLong();
    const QString sha = q.value(1).toString();
    if (!isHash(sha)) {
        if (error)
            *error = tr("Evidence %1 has an invalid hash (altered outside CE Hours); nothing was removed. Run the evidence check.")
                         .arg(evidenceId);
        return false;
    }
    if (!activityWritable(activityId, error))
        return false;
    Transaction tx(m_db);
    q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !tx.commit()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    releaseFile(sha);
    return true;
}

QList<EvidenceStore::Item> EvidenceStore::list(qint64 activityId) const
{
    QList<Item> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, activity_id, sha256, original_name, size, mime_type, added_at FROM evidence"
                             " WHERE activity_id = ? ORDER BY id"));
    q.addBindValue(activityId);
    if (q.exec()) {
        while (q.next()) {
            Item it;
            it.id = q.value(0).toLongLong();
            it.activityId = q.value(1).toLongLong();
            it.sha256 = q.value(2).toString();
            it.originalName = q.value(3).toString();
            it.size = q.value(4).toLongLong();
            it.mimeType = q.value(5).toString();
            it.addedAt = q.value(6).toString();
            out << it;
        }
    }
    // The training event's evidence belongs to every participant's activity (stored once).
    q.prepare(QStringLiteral("SELECT e.id, e.event_id, e.sha256, e.original_name, e.size, e.mime_type, e.added_at"
                             " FROM event_evidence e JOIN activity a ON a.event_id = e.event_id WHERE a.id = ? ORDER BY e.id"));
    q.addBindValue(activityId);
    if (q.exec()) {
        while (q.next()) {
            Item it;
            it.id = -q.value(0).toLongLong();
            it.eventId = q.value(1).toLongLong();
            it.activityId = activityId;
            it.sha256 = q.value(2).toString();
            it.originalName = q.value(3).toString();
            it.size = q.value(4).toLongLong();
            it.mimeType = q.value(5).toString();
            it.addedAt = q.value(6).toString();
            out << it;
        }
    }
    return out;
}

bool EvidenceStore::verify(QList<Problem> *problems, int *filesChecked, QString *error) const
{
    // Not forward-only: the content is read (more queries on this connection) while the rows are walked,
    // which would discard a forward-only PostgreSQL result. One small row per evidence row.
    QSqlQuery q(m_db);
    // An activity's evidence, and a training event's (negative ids, as list() gives them).
    if (!q.exec(QStringLiteral("SELECT sha256, id FROM evidence UNION ALL SELECT sha256, -id FROM event_evidence ORDER BY 1, 2"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QList<Problem> found;
    int checked = 0;
    QString current;
    QList<qint64> ids;
    auto flush = [&] {
        if (current.isNull())
            return;
        ++checked;
        if (!isHash(current)) {
            found.append({Problem::InvalidHash, current, QString(), ids});
            return;
        }
        const EvidenceContent::State state = m_content->state(current);
        if (state != EvidenceContent::State::Intact)
            found.append({state == EvidenceContent::State::Missing ? Problem::Missing : Problem::Altered, current,
                          m_content->where(current), ids});
    };
    while (q.next()) {
        const QString sha = q.value(0).toString();
        if (sha != current) {
            flush();
            current = sha;
            ids.clear();
        }
        ids << q.value(1).toLongLong();
    }
    flush();
    *problems = found;
    if (filesChecked)
        *filesChecked = checked;
    return true;
}
