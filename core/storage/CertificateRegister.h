#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The register of issued 学时认定单 (schema step "certificate register"): one number per person
// (身份证号码) and year range, unique across the register. Issuing again for the same person and range
// returns the number and date first issued, so a reprint shows the same number.
// Numbers: "<from>-<to>-NNNN", NNNN counting the certificates of that range (0001, 0002 …).
class CertificateRegister
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRegister)

public:
    struct Entry
    {
        QString number;
        QString idNumber;
        int fromYear = 0;
        int toYear = 0;
        QDate issuedOn;
        QString operatorName;
    };

    explicit CertificateRegister(QSqlDatabase db) : m_db(std::move(db)) {}

    // The entry for the person and range, issuing a new number (one write transaction) when there is
    // none yet. issuedOn: Clock::current() today; operator: AuditLog::operatorName().
    bool issue(const QString &idNumber, int fromYear, int toYear, Entry *out, QString *error);
    // The entry if issued (no write).
    bool find(const QString &idNumber, int fromYear, int toYear, Entry *out) const;

private:
    QSqlDatabase m_db;
};
