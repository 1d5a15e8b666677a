#include "storage/AuditRowWriter.h"

#include <QSqlError>

namespace {
// Placeholders only; the columns of a VALUES row are column1 … column8.
QString insertSql(const RowValues &values)
{
    return QStringLiteral("INSERT INTO audit_log (id, at, operator, os_user, entity, entity_id, action, before_json, after_json, prev_hash, hash)"
                          " SELECT column1, :at, :operator, :os_user, column2, column3, column4, CAST(column5 AS TEXT),"
                          " CAST(column6 AS TEXT), column7, column8 FROM (VALUES %1) ORDER BY column1")
        .arg(values.sql());
}

QVariant bytesValue(const QByteArray &json)
{
    return json.isNull() ? QVariant() : QVariant(json);
}
} // namespace

void AuditRowWriter::setConstants(const QString &at, const QString &operatorName, const QString &osUser)
{
    m_at = at;
    m_operator = operatorName;
    m_osUser = osUser;
}

AuditRowWriter::Statement *AuditRowWriter::statementFor(int rows, QString *error)
{
    std::unique_ptr<Statement> &slot = rows == RowsPerStatement ? m_full : m_last;
    if (slot && slot->values.rows() == rows)
        return slot.get();
    slot = std::make_unique<Statement>(m_db, rows);
    const QString sql = insertSql(slot->values);
    if (!slot->query.prepare(sql)) {
        if (error)
            *error = slot->query.lastError().text();
        slot.reset();
        return nullptr;
    }
    return slot.get();
}

bool AuditRowWriter::writeSome(int first, int count, QString *error)
{
    Statement *st = statementFor(count, error);
    if (!st)
        return false;
    for (int i = 0; i < count; ++i) {
        const Row &r = m_rows.at(first + i);
        const QVariant values[] = {r.id, r.entity, r.entityId, r.action, bytesValue(r.beforeJson), bytesValue(r.afterJson),
                                   r.prevHash, r.hash};
        for (int c = 0; c < 8; ++c)
            st->values.bind(st->query, i, c, values[c]);
    }
    st->query.bindValue(QStringLiteral(":at"), m_at);
    st->query.bindValue(QStringLiteral(":operator"), m_operator);
    st->query.bindValue(QStringLiteral(":os_user"), m_osUser);
    if (!st->query.exec()) {
        if (error)
            *error = st->query.lastError().text();
        return false;
    }
    return true;
}

bool AuditRowWriter::write(QString *error)
{
    bool ok = true;
    for (int first = 0; ok && first < m_rows.size(); first += RowsPerStatement)
        ok = writeSome(first, std::min<int>(RowsPerStatement, int(m_rows.size()) - first), error);
    m_rows.clear();
    return ok;
}
