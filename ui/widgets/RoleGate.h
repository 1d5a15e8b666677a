#pragma once
#include "storage/SessionRole.h"

#include <QObject>

class QAction;
class QWidget;

// What the app shows per database role (issue 13): the write actions (entry, imports, events,
// declarations) are disabled for 查看, the administrator's (unit settings and rule set, reopening a
// submitted year, restore) for 经办人 too, each with a tooltip saying why. The server enforces the roles
// (RoleGrants); this only keeps the clerk from trying. Widgets are found by objectName wherever they
// are, also in pages and dialogs made later (an application event filter while a role restricts
// anything), and stay disabled when their page enables them again.
class RoleGate : public QObject
{
    Q_OBJECT
public:
    explicit RoleGate(QObject *parent = nullptr);
    ~RoleGate() override;

    void setRole(const SessionRole &role);
    const SessionRole &role() const { return m_role; }
    // Gates the actions under `root` now (menus' QActions are found here; widgets also when shown).
    void applyTo(QObject *root);

    // The objectNames of the write actions and of the administrator's actions.
    static const QStringList &writeActions();
    static const QStringList &adminActions();
    // Why the action named so is not allowed for the role; empty when it is.
    QString refusal(const QString &objectName) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void gate(QWidget *widget);
    void gate(QAction *action);
    SessionRole m_role;
    bool m_filtering = false;
};
