#include "storage/AuditBatch.h"

#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "util/Clock.h"
#include "util/JsonWriter.h"

#include <QCryptographicHash>
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
class RowHash
{
public:
    RowHash() : m_hash(QCryptographicHash::Sha256) {}
    void add(QByteArrayView bytes, bool isNull = false)
    {
        if (isNull) {
            m_hash.addData(QByteArrayView("~;"));
            return;
        }
        char length[24];
        const int n = std::snprintf(length, sizeof length, "%lld:", static_cast<long long>(bytes.size()));
        m_hash.addData(QByteArrayView(length, n));
        m_hash.addData(bytes);
        m_hash.addData(QByteArrayView(";"));
    }
    QString hex() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash;
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

AuditBatch::AuditBatch(QSqlDatabase db) : m_db(std::move(db)), m_insert(m_db)
{
    QMutexLocker lock(&batchesMutex());
    if (batches().contains(m_db.connectionName()))
        return; // an outer batch on this connection does the work
    m_owner = true;
    batches().insert(m_db.connectionName(), this);
    m_at = Clock::current().now().toString(Qt::ISODate);
    m_operator = nonNull(AuditLog::operatorName());
    m_osUser = nonNull(AuditLog::osUser());
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
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_headRead) {
        if (!AuditChain::head(m_db, &m_lastId, &m_lastHash, error))
            return false;
        if (!m_insert.prepare(QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action, before_json,"
                                             " after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return fail(m_insert.lastError().text());
        m_headRead = true;
        // The batch's constants, bound once (a prepared query keeps its values between executions).
        m_insert.bindValue(1, m_at);
        m_insert.bindValue(2, m_operator);
        m_insert.bindValue(3, m_osUser);
    }
    AuditChain::Row row;
    row.id = m_lastId + 1;
    row.at = m_at;
    row.operatorName = m_operator;
    row.osUser = m_osUser;
    row.entity = entity;
    row.entityId = entityId;
    row.action = action;
    row.beforeJson = textValue(beforeJson);
    row.afterJson = textValue(afterJson);
    row.prevHash = nonNull(m_lastHash);
    if (m_atUtf8.isNull()) {
        m_atUtf8 = m_at.toUtf8();
        m_operatorUtf8 = m_operator.toUtf8();
        m_osUserUtf8 = m_osUser.toUtf8();
    }
    RowHash hash; // = AuditChain::hashOf(row); test_audit_batch and the tamper tests verify it
    hash.add("cehours-audit-1");
    hash.add(QByteArray::number(row.id));
    hash.add(m_atUtf8);
    hash.add(m_operatorUtf8);
    hash.add(m_osUserUtf8);
    hash.add(entity.toUtf8());
    hash.add(QByteArray::number(entityId));
    hash.add(action.toUtf8());
    hash.add(beforeJson, beforeJson.isNull());
    hash.add(afterJson, afterJson.isNull());
    hash.add(row.prevHash.toLatin1());
    row.hash = hash.hex();
    m_insert.bindValue(0, row.id);
    m_insert.bindValue(4, row.entity);
    m_insert.bindValue(5, row.entityId);
    m_insert.bindValue(6, row.action);
    m_insert.bindValue(7, row.beforeJson);
    m_insert.bindValue(8, row.afterJson);
    m_insert.bindValue(9, row.prevHash);
    m_insert.bindValue(10, row.hash);
    if (!m_insert.exec())
        return fail(m_insert.lastError().text());
    m_lastId = row.id;
    m_lastHash = row.hash;
    return true;
}
