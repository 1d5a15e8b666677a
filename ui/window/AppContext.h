#pragma once
#include "domain/Unit.h"
#include "storage/SessionRole.h"

#include <QObject>
#include <QSqlDatabase>

class ChangeListener;
class Database;
class RuleSet;

// What every section shares: the open registry, its unit, the chosen year and the display
// settings. Sections listen to its signals instead of to each other.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(Database *db, QObject *parent = nullptr);

    Database *database() const { return m_db; }
    QSqlDatabase connection() const;
    QString evidenceDir() const;
    // Other seats' commits on a server database (LISTEN/NOTIFY): they reload the lists like our own
    // writes, coalesced, and not under an open modal dialog (its typed input stays as it is).
    ChangeListener *changeListener() const { return m_changes; }

    // The unit: id 0 until the first-start setup saved one.
    const Unit &unit() const { return m_unit; }
    qint64 unitId() const { return m_unit.id; }
    bool hasUnit() const { return m_unit.id > 0; }
    void reloadUnit();

    // The unit's rule set in force for a year (nullptr when the unit chose none or it is unknown).
    const RuleSet *ruleSet(int year) const;
    const RuleSet *ruleSet() const { return ruleSet(m_year); }

    int year() const { return m_year; }
    void setYear(int year);

    // ID numbers masked in lists (3401**********123X) unless turned off in the settings.
    bool maskIds() const { return m_maskIds; }
    void setMaskIds(bool mask);
    QString displayId(const QString &idNumber) const;

    // The connected user's role (issue 13): read from the server on opening (SessionRole::read); on
    // SQLite not enforced. The window gates its actions by it (RoleGate).
    const SessionRole &role() const { return m_role; }
    void setRole(const SessionRole &role);

signals:
    void unitChanged();
    void yearChanged(int year);
    void maskIdsChanged(bool mask);
    // Staff rows or activities changed (any section may have written): views reload.
    void dataChanged();
    void roleChanged();

public slots:
    void notifyDataChanged() { emit dataChanged(); }

private:
    void othersChanged();
    Database *m_db;
    ChangeListener *m_changes;
    Unit m_unit;
    int m_year;
    bool m_maskIds;
    SessionRole m_role;
};
