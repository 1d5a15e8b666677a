#pragma once
#include "domain/Staff.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

// The seal of a submitted (locked) year: a digest of that person's activities of the year (every
// stored field) with their evidence hashes, and a snapshot of the person as declared. Stored with the
// declaration (year_declaration.seal_json / seal_digest / person_json) and, as digests, in the
// chained audit row that locked the year — the audit log is the reference the checks compare with.
class YearSeal
{
    Q_DECLARE_TR_FUNCTIONS(YearSeal)

public:
    struct Seal
    {
        QString sealJson;     // {"v":1,"activities":[[id,digest],...]}
        QString digest;       // SHA-256 of sealJson
        QString personJson;   // Staff::toJson() as declared
        QString personDigest; // SHA-256 of personJson
    };

    struct Problem
    {
        qint64 staffId = 0;
        int year = 0;
        QString text;
    };

    // The seal of the person's year as the tables are now.
    static bool compute(QSqlDatabase db, qint64 staffId, int year, Seal *out, QString *error);
    // What is wrong with one person's year: a lock state or seal that disagrees with the audit log,
    // changed / inserted / deleted activities of a locked year. Empty when all is as declared.
    static QStringList check(QSqlDatabase db, qint64 staffId, int year);
    // check() for every declaration, and every year the audit log says is locked.
    static QList<Problem> verifyAll(QSqlDatabase db);

    // Person snapshots of the locked declarations in [fromYear, toYear], keyed by key(staffId, year).
    static QHash<qint64, Staff> declaredPeople(QSqlDatabase db, int fromYear, int toYear);
    static qint64 key(qint64 staffId, int year) { return staffId * 10000 + year; }
    static Staff staffFromSnapshot(const QJsonObject &o);

    // Schema upgrade: seals the years that are locked already and records the seal in the audit log.
    static bool sealExisting(QSqlDatabase db, QString *error);
};
