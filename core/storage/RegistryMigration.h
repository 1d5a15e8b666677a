#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// cehours-cli migrate (issue 13): copies a whole registry between a SQLite file and a PostgreSQL
// database, either way. The source is opened read-only and read in one snapshot; the target must be
// empty (a new file, an empty server database, or a database holding only what a fresh schema holds)
// and have the same schema (version, tables, columns, from the catalogues: RegistryCatalogue). Every
// table is copied in ONE write transaction on the target, the evidence content moved between the
// backends (files <-> evidence_content), PostgreSQL's identity sequences moved on. Before COMMIT the
// target is verified: per table the row count and an order-independent digest of every row equal the
// source's, every evidence hash re-computed from the target's bytes, the audit chain intact with the
// source's head. Any difference rolls everything back (and removes evidence files written).
class RegistryMigration
{
    Q_DECLARE_TR_FUNCTIONS(RegistryMigration)

public:
    struct TableFigure
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        bool ok = false;
        bool internal = false; // an unexpected failure (exit 1), not a refusal or a mismatch (exit 2)
        QString error;
        QList<TableFigure> tables;
        qint64 evidenceFiles = 0;
        qint64 evidenceBytes = 0;
        qint64 chainRows = 0;
        qint64 chainHeadId = 0;
        QString chainHeadHash;
    };
    // Called before each stage: what it does, the stage's number from 0 and the number of stages.
    using Progress = std::function<void(const QString &what, int stage, int stages)>;

    static Result run(const QString &from, const QString &to, const Progress &progress = {});
};
