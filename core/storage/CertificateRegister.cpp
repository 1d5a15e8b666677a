#include "storage/CertificateRegister.h"

#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

bool CertificateRegister::find(const QString &idNumber, int fromYear, int toYear, Entry *out) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, issued_on, operator FROM certificate_register"
                             " WHERE id_number = ? AND from_year = ? AND to_year = ?"));
    q.addBindValue(idNumber);
    q.addBindValue(fromYear);
    q.addBindValue(toYear);
    if (!q.exec() || !q.next())
        return false;
    out->number = q.value(0).toString();
    out->idNumber = idNumber;
    out->fromYear = fromYear;
    out->toYear = toYear;
    out->issuedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    out->operatorName = q.value(2).toString();
    return true;
}

bool CertificateRegister::issue(const QString &idNumber, int fromYear, int toYear, Entry *out, QString *error)
{
    if (find(idNumber, fromYear, toYear, out))
        return true;
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("Cannot register the certificate for %1: %2").arg(idNumber, q.lastError().text());
        return false; // the transaction rolls back
    };
    // A write transaction (the dialect's write lock): the next number is read and written under it.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("Cannot register the certificate for %1: %2").arg(idNumber, tx.errorString());
        return false;
    }
    QSqlQuery q(m_db);
    if (find(idNumber, fromYear, toYear, out))
        return tx.commit();
    const QString prefix = QStringLiteral("%1-%2-").arg(fromYear).arg(toYear);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(number, ?) AS INTEGER)), 0) FROM certificate_register"
                             " WHERE from_year = ? AND to_year = ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(fromYear);
    q.addBindValue(toYear);
    if (!q.exec() || !q.next())
        return fail(q);
    Entry e;
    e.number = prefix + QStringLiteral("%1").arg(q.value(0).toInt() + 1, 4, 10, QLatin1Char('0'));
    e.idNumber = idNumber;
    e.fromYear = fromYear;
    e.toYear = toYear;
    e.issuedOn = Clock::current().today();
    e.operatorName = AuditLog::operatorLabel(); // the name given, else the OS user (a claim); may be empty
    q.prepare(QStringLiteral("INSERT INTO certificate_register (number, id_number, from_year, to_year, issued_on, operator)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.number);
    q.addBindValue(e.idNumber);
    q.addBindValue(e.fromYear);
    q.addBindValue(e.toYear);
    q.addBindValue(e.issuedOn.toString(Qt::ISODate));
    q.addBindValue(e.operatorName);
    if (!q.exec())
        return fail(q);
    if (!tx.commit()) {
        if (error)
            *error = tr("Cannot register the certificate for %1: %2").arg(idNumber, tx.errorString());
        return false;
    }
    *out = e;
    return true;
}
