#include "storage/RegistryTableCopy.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>

namespace {
QStringList sortedColumns(const RegistryCatalogue::Table &t)
{
    QStringList columns = t.columns;
    columns.sort();
    return columns;
}

QString selectAll(const RegistryCatalogue::Table &t)
{
    QStringList quoted;
    for (const QString &c : sortedColumns(t))
        quoted << RegistryCatalogue::quoted(c);
    return QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QLatin1String(", ")), RegistryCatalogue::quoted(t.name));
}

QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("n");
    switch (v.metaType().id()) {
    case QMetaType::QByteArray:
        return QByteArrayLiteral("b") + v.toByteArray();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QByteArrayLiteral("i") + QByteArray::number(qint64(d));
        return QByteArrayLiteral("r") + QByteArray::number(d, 'g', 17);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QByteArrayLiteral("i") + QByteArray::number(v.toLongLong());
    default:
        return QByteArrayLiteral("t") + v.toString().toUtf8();
    }
}

quint64 rowHash(const QSqlQuery &q, int columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < columns; ++i) {
        const QByteArray value = canonical(q.value(i));
        const quint64 size = qToLittleEndian(quint64(value.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(value);
    }
    return qFromLittleEndian<quint64>(hash.result().constData());
}
} // namespace

RegistryTableCopy::RegistryTableCopy(QSqlDatabase source, QSqlDatabase target, RegistryCatalogue::Table table)
    : m_source(std::move(source)), m_target(std::move(target)), m_table(std::move(table))
{
}

qint64 RegistryTableCopy::count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(RegistryCatalogue::quoted(table));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool RegistryTableCopy::clearTarget()
{
    QSqlQuery q(m_target);
    const QString sql = QStringLiteral("DELETE FROM %1").arg(RegistryCatalogue::quoted(m_table.name));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool RegistryTableCopy::run()
{
    const QStringList columns = sortedColumns(m_table);
    QList<int> insertIndexes;
    QStringList names, marks;
    for (int i = 0; i < columns.size(); ++i) {
        if (!m_table.writable.contains(columns.at(i)))
            continue;
        insertIndexes << i;
        names << RegistryCatalogue::quoted(columns.at(i));
        marks << QStringLiteral("?");
    }
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    const QString select = selectAll(m_table);
    if (!read.exec(select)) {
        m_error = read.lastError().text();
        return false;
    }
    QSqlQuery write(m_target);
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(RegistryCatalogue::quoted(m_table.name), names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    if (!write.prepare(insert)) {
        m_error = write.lastError().text();
        return false;
    }
    m_digest = {};
    while (read.next()) {
        m_digest.rows += 1;
        m_digest.sum += rowHash(read, int(columns.size()));
        for (int i : std::as_const(insertIndexes))
            write.addBindValue(read.value(i));
        if (!write.exec()) {
            m_error = QStringLiteral("row %1: %2").arg(m_digest.rows).arg(write.lastError().text());
            return false;
        }
    }
    if (read.lastError().isValid()) {
        m_error = read.lastError().text();
        return false;
    }
    return true;
}

bool RegistryTableCopy::digest(const QSqlDatabase &db, const RegistryCatalogue::Table &table, Digest *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString select = selectAll(table);
    if (!q.exec(select)) {
        *error = q.lastError().text();
        return false;
    }
    const int columns = int(table.columns.size());
    *out = {};
    while (q.next()) {
        out->rows += 1;
        out->sum += rowHash(q, columns);
    }
    return true;
}
