#include "storage/AuditBatch.h"
#include "storage/SqlDialect.h"

#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "util/Clock.h"
#include "util/JsonWriter.h"

#include <QCryptographicHash>
#include <charconv>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>

namespace {
// Connection name -> its batch. Connections are per thread; the mutex only guards the map.
QHash<QString, AuditBatch *> &batches()
{
    static QHash<QString, AuditBatch *> map;
    return map;
}
QMutex &batchesMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray toJson(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : JsonWriter::object(o); // = QJsonDocument(o).toJson(Compact)
}

// AuditChain::hashOf over the row's UTF-8 texts as they are (the JSON is UTF-8 already): the same
// fields, in the same <byte length>:<bytes>; framing ("~;" for NULL), without a QVariant per field.
// The framed fields are collected in one buffer and hashed once (an addData per piece cost more than
// the hashing of short rows).
class RowHash
{
public:
    RowHash() { m_input.reserve(1024); }
    void add(QByteArrayView bytes, bool isNull = false)
    {
        if (isNull) {
            m_input += "~;";
            return;
        }
        char length[24];
        const auto [end, ec] = std::to_chars(length, length + sizeof length, static_cast<long long>(bytes.size()));
        Q_UNUSED(ec);
        m_input.append(length, end - length);
        m_input += ':';
        m_input.append(bytes);
        m_input += ';';
    }
    QString hex() const { return QString::fromLatin1(QCryptographicHash::hash(m_input, QCryptographicHash::Sha256).toHex()); }

private:
    QByteArray m_input;
};

QVariant textValue(const QByteArray &json)
{
    return json.isNull() ? QVariant() : QVariant(QString::fromUtf8(json));
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

AuditBatch::AuditBatch(QSqlDatabase db) : m_db(std::move(db)), m_insert(m_db), m_rows(m_db)
{
    QMutexLocker lock(&batchesMutex());
    if (batches().contains(m_db.connectionName()))
        return; // an outer batch on this connection does the work
    m_owner = true;
    batches().insert(m_db.connectionName(), this);
    m_at = Clock::current().now().toString(Qt::ISODate);
    m_operator = nonNull(AuditLog::operatorName());
    m_osUser = nonNull(AuditLog::osUser());
    m_dbUser = AuditChain::databaseUser(m_db);
}

AuditBatch::~AuditBatch()
{
    if (!m_owner)
        return;
    QMutexLocker lock(&batchesMutex());
    batches().remove(m_db.connectionName());
}

AuditBatch *AuditBatch::active(const QSqlDatabase &db)
{
    QMutexLocker lock(&batchesMutex());
    return batches().value(db.connectionName(), nullptr);
}

bool AuditBatch::append(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &before,
                        const QJsonObject &after, QString *error)
{
    return appendJson(entity, entityId, action, toJson(before), toJson(after), error);
}

bool AuditBatch::appendJson(const QString &entity, qint64 entityId, const QString &action, const QByteArray &beforeJson,
                            const QByteArray &afterJson, QString *error)
{
    if (!m_owner) { // an outer batch on this connection keeps the chain's head: write through it
        if (AuditBatch *owner = active(m_db); owner && owner != this)
            return owner->appendJson(entity, entityId, action, beforeJson, afterJson, error);
    }
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_headRead) {
        if (!AuditChain::head(m_db, &m_lastId, &m_lastHash, error))
            return false;
        // db_user only when there is one (PostgreSQL from schema step 11), as AuditLog::record.
        if (!m_insert.prepare(m_dbUser.isEmpty() ? QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action,"
                                                                  " before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                                 : QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action,"
                                                                  " before_json, after_json, prev_hash, hash, db_user)"
                                                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return fail(m_insert.lastError().text());
        m_headRead = true;
        // The batch's constants, bound once (a prepared query keeps its values between executions).
        m_insert.bindValue(1, m_at);
        m_insert.bindValue(2, m_operator);
        m_insert.bindValue(3, m_osUser);
        if (!m_dbUser.isEmpty())
            m_insert.bindValue(11, m_dbUser);
        m_atUtf8 = m_at.toUtf8();
        m_operatorUtf8 = m_operator.toUtf8();
        m_osUserUtf8 = m_osUser.toUtf8();
    }
    const qint64 id = m_lastId + 1;
    const QByteArray entityUtf8 = entity.toUtf8(), actionUtf8 = action.toUtf8();
    const QString prevHash = nonNull(m_lastHash);
    RowHash hash; // = AuditChain::hashOf of the row; test_audit_batch and the tamper tests verify it
    hash.add("cehours-audit-1");
    hash.add(QByteArray::number(id));
    hash.add(m_atUtf8);
    hash.add(m_operatorUtf8);
    hash.add(m_osUserUtf8);
    hash.add(entityUtf8);
    hash.add(QByteArray::number(entityId));
    hash.add(actionUtf8);
    hash.add(beforeJson, beforeJson.isNull());
    hash.add(afterJson, afterJson.isNull());
    hash.add(prevHash.toLatin1());
    if (!m_dbUser.isEmpty())
        hash.add(m_dbUser.toUtf8());
    const QString rowHash = hash.hex();
    if (m_buffered) {
        m_rows.add({id, entity, entityId, action, beforeJson, afterJson, prevHash, rowHash});
    } else {
        m_insert.bindValue(0, id);
        m_insert.bindValue(4, entity);
        m_insert.bindValue(5, entityId);
        m_insert.bindValue(6, action);
        m_insert.bindValue(7, textValue(beforeJson));
        m_insert.bindValue(8, textValue(afterJson));
        m_insert.bindValue(9, prevHash);
        m_insert.bindValue(10, rowHash);
        if (!m_insert.exec())
            return fail(m_insert.lastError().text());
    }
    m_lastId = id;
    m_lastHash = rowHash;
    return true;
}

void AuditBatch::setBuffered(bool buffered)
{
    // An inner batch writes through the outer one, unbuffered; PostgreSQL writes row by row (no json_each).
    m_buffered = buffered && m_owner && SqlDialect::of(m_db).hasJsonEach();
}

bool AuditBatch::flush(QString *error)
{
    if (m_rows.isEmpty())
        return true;
    m_rows.setConstants(m_at, m_operator, m_osUser);
    return m_rows.write(error); // the trigger audit_head_follows moves the head row by row, in id order
}
