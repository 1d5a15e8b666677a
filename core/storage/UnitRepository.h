#pragma once
#include <QCoreApplication>
#include "domain/Unit.h"

#include <QSqlDatabase>

// The employer unit(s). A registry normally has one unit; its id owns the staff rows.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The first unit, if any (false and empty error when there is none yet).
    bool first(Unit *unit, QString *error = nullptr) const;
    bool byId(qint64 id, Unit *unit, QString *error = nullptr) const;
    // Validates (name required; credit code checked per GB 32100 when given) and inserts or updates.
    bool save(Unit &unit, QString *error);
    // The first unit, created with a placeholder name when the registry has none.
    qint64 ensureDefault(QString *error);
    static bool validate(const Unit &unit, QString *error);

private:
    QSqlDatabase m_db;
};
