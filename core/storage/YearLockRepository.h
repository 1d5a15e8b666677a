#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

// Yearly declarations (提交年度申报). Submitting locks the person's year: activities of a locked
// year cannot be added, changed or removed until an explicit, audited reopen with a reason
// (皖人社秘〔2025〕109号 art. 21: one declaration a year, no change after submission). Submitting
// seals the year (YearSeal); lock, seal and reopen are recorded in the chained audit log.
class YearLockRepository
{
    Q_DECLARE_TR_FUNCTIONS(YearLockRepository)

public:
    struct State
    {
        bool declared = false;
        bool locked = false;
        QString submittedAt, submittedBy;
        QString reopenedAt, reopenedBy, reopenReason;
        // The seal written on submission (YearSeal): digests and the person as declared.
        QString sealJson, sealDigest, personJson, personDigest;
    };

    explicit YearLockRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool submit(qint64 staffId, int year, QString *error);
    // Submits the year of every listed person in one transaction: all or nothing.
    bool submitMany(const QList<qint64> &staffIds, int year, QString *error);
    bool reopen(qint64 staffId, int year, const QString &reason, QString *error);
    bool isLocked(qint64 staffId, int year) const;
    State state(qint64 staffId, int year) const;
    // Computes the year's seal (YearSeal) now and stores it with the declaration (no audit row).
    bool storeSeal(qint64 staffId, int year, QString *error);
    // The declaration as recorded in the audit log (with the seal's digests and the person).
    static QJsonObject toJson(qint64 staffId, int year, const State &s);

private:
    bool submitRow(qint64 staffId, int year, QString *error);
    QSqlDatabase m_db;
};
