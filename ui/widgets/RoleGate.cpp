#include "RoleGate.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace {
constexpr const char *kGated = "cehoursRoleGated";      // disabled by the gate
constexpr const char *kOwnTip = "cehoursRoleOwnToolTip"; // the tooltip before the gate's
constexpr const char *kWatched = "cehoursRoleWatched";   // an action whose changes the gate follows
} // namespace

RoleGate::RoleGate(QObject *parent) : QObject(parent) {}

RoleGate::~RoleGate()
{
    if (m_filtering && qApp)
        qApp->removeEventFilter(this);
}

const QStringList &RoleGate::writeActions()
{
    static const QStringList names = {
        // menus
        QStringLiteral("actionAddPerson"), QStringLiteral("actionAddActivity"), QStringLiteral("actionImportRoster"), QStringLiteral("actionImportActivities"),
        // registry and a person's page
        QStringLiteral("addStaffButton"), QStringLiteral("editStaffButton"), QStringLiteral("removeStaffButton"), QStringLiteral("importRosterButton"),
        QStringLiteral("emptyAddButton"), QStringLiteral("emptyImportButton"), QStringLiteral("batchForSelectionButton"), QStringLiteral("personEdit"),
        QStringLiteral("personAddActivity"), QStringLiteral("personRemoveActivity"), QStringLiteral("personSubmitYear"),
        // activities
        QStringLiteral("activityAddButton"), QStringLiteral("activityBatchButton"), QStringLiteral("activityImportButton"), QStringLiteral("activityRemoveButton"),
        QStringLiteral("activitySameEntryButton"),
        // training events
        QStringLiteral("eventNew"), QStringLiteral("eventDelete"), QStringLiteral("eventSave"), QStringLiteral("participantAdd"),
        QStringLiteral("participantAddDepartment"), QStringLiteral("participantImport"), QStringLiteral("participantRemove"), QStringLiteral("eventAddEvidence"),
        // declarations; a 学时认定单 is numbered in the certificate register when printed (a write)
        QStringLiteral("overviewSubmitCompliant"), QStringLiteral("certificatePreview"), QStringLiteral("certificatePdf"),
    };
    return names;
}

const QStringList &RoleGate::adminActions()
{
    static const QStringList names = {QStringLiteral("editUnitButton"), QStringLiteral("personReopenYear"), QStringLiteral("backupRestore")};
    return names;
}

QString RoleGate::refusal(const QString &objectName) const
{
    if (objectName.isEmpty())
        return {};
    if (!m_role.mayWrite() && (writeActions().contains(objectName) || adminActions().contains(objectName)))
        return m_role.whyNoWrite();
    if (!m_role.mayAdminister() && adminActions().contains(objectName))
        return m_role.whyNoAdmin();
    return {};
}

void RoleGate::setRole(const SessionRole &role)
{
    m_role = role;
    const bool restricts = !role.mayWrite() || !role.mayAdminister();
    if (restricts && !m_filtering)
        qApp->installEventFilter(this);
    else if (!restricts && m_filtering)
        qApp->removeEventFilter(this);
    m_filtering = restricts;
    for (QWidget *top : QApplication::topLevelWidgets())
        applyTo(top);
}

void RoleGate::applyTo(QObject *root)
{
    if (auto *w = qobject_cast<QWidget *>(root))
        gate(w);
    for (QWidget *w : root->findChildren<QWidget *>())
        gate(w);
    for (QAction *a : root->findChildren<QAction *>())
        gate(a);
}

void RoleGate::gate(QWidget *widget)
{
    const QString why = refusal(widget->objectName());
    if (why.isEmpty()) {
        if (widget->property(kGated).toBool()) { // a role that allows it now
            widget->setProperty(kGated, false);
            widget->setToolTip(widget->property(kOwnTip).toString());
            widget->setEnabled(true);
        }
        return;
    }
    if (!widget->property(kGated).toBool()) {
        widget->setProperty(kOwnTip, widget->toolTip());
        widget->setProperty(kGated, true);
    }
    widget->setToolTip(why);
    if (widget->isEnabled())
        widget->setEnabled(false);
}

void RoleGate::gate(QAction *action)
{
    if (!action->property(kWatched).toBool() && (writeActions().contains(action->objectName()) || adminActions().contains(action->objectName()))) {
        action->setProperty(kWatched, true);
        QPointer<QAction> guard(action);
        connect(action, &QAction::changed, this, [this, guard] {
            if (guard && guard->isEnabled() && !refusal(guard->objectName()).isEmpty())
                gate(guard.data());
        });
    }
    const QString why = refusal(action->objectName());
    if (why.isEmpty()) {
        if (action->property(kGated).toBool()) {
            action->setProperty(kGated, false);
            action->setToolTip(action->property(kOwnTip).toString());
            action->setEnabled(true);
        }
        return;
    }
    if (!action->property(kGated).toBool()) {
        action->setProperty(kOwnTip, action->toolTip());
        action->setProperty(kGated, true);
    }
    action->setToolTip(why);
    action->setStatusTip(why);
    if (action->isEnabled())
        action->setEnabled(false);
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::Show || type == QEvent::EnabledChange) && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isEnabled() && !refusal(widget->objectName()).isEmpty())
            gate(widget);
    }
    return QObject::eventFilter(watched, event);
}
