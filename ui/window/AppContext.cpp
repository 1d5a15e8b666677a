#include "AppContext.h"

#include "domain/IdNumber.h"
#include "rules/RuleSetRegistry.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QApplication>
#include <QSettings>

AppContext::AppContext(Database *db, QObject *parent)
    : QObject(parent), m_db(db), m_changes(new ChangeListener(db->connection(), this))
{
    m_changes->setHold([] { return QApplication::activeModalWidget() != nullptr; });
    connect(m_changes, &ChangeListener::othersChanged, this, &AppContext::othersChanged);
    QSettings settings;
    m_year = settings.value(QStringLiteral("ui/lastYear"), Clock::current().today().year()).toInt();
    m_maskIds = settings.value(QStringLiteral("ui/maskIds"), true).toBool();
    reloadUnit();
    if (db && db->isOpen())
        m_role = SessionRole::read(db->connection());
}

void AppContext::setRole(const SessionRole &role)
{
    m_role = role;
    emit roleChanged();
}

QSqlDatabase AppContext::connection() const
{
    return m_db->connection();
}

QString AppContext::evidenceDir() const
{
    return m_db->evidenceDir();
}

void AppContext::reloadUnit()
{
    Unit unit;
    if (!UnitRepository(connection()).first(&unit))
        unit = Unit();
    m_unit = unit;
    emit unitChanged();
}

void AppContext::othersChanged()
{
    // Another seat may have changed the unit itself (its name, its rule set): then it is read again.
    Unit unit;
    if (UnitRepository(connection()).first(&unit)
        && (unit.id != m_unit.id || unit.name != m_unit.name || unit.ruleSet != m_unit.ruleSet || unit.creditCode != m_unit.creditCode
            || unit.nature != m_unit.nature || unit.region != m_unit.region || unit.contactPerson != m_unit.contactPerson
            || unit.contactPhone != m_unit.contactPhone)) {
        m_unit = unit;
        emit unitChanged();
    }
    emit dataChanged();
}

void AppContext::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    QSettings().setValue(QStringLiteral("ui/lastYear"), year);
    emit yearChanged(year);
}

void AppContext::setMaskIds(bool mask)
{
    if (mask == m_maskIds)
        return;
    m_maskIds = mask;
    QSettings().setValue(QStringLiteral("ui/maskIds"), mask);
    emit maskIdsChanged(mask);
}

QString AppContext::displayId(const QString &idNumber) const
{
    return m_maskIds ? IdNumber::masked(idNumber) : idNumber;
}

const RuleSet *AppContext::ruleSet(int year) const
{
    // As ComplianceTable::ruleSetFor, without touching the database (called on every keystroke).
    const RuleSetRegistry &registry = RuleSetRegistry::embedded();
    const RuleSet *chosen = registry.find(m_unit.ruleSet);
    if (!chosen)
        return nullptr;
    const RuleSet *inForce = registry.resolve(chosen->family(), year);
    return inForce ? inForce : chosen;
}
