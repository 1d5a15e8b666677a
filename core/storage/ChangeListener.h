#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include <functional>

class QTimer;

// Other seats' writes on a PostgreSQL database (issue 13, "several seats"): every write transaction
// sends `pg_notify('cehours', 'commit')` just before its COMMIT (Transaction::commit); the server
// delivers it to every listening session when the COMMIT succeeds. A ChangeListener LISTENs on one
// connection (QSqlDriver::subscribeToNotification, QPSQL), ignores this connection's own
// notifications, and coalesces a burst into one othersChanged() a short while after the first
// (debounceMs, default 300 ms): a 10,000-row import is one transaction, one notification, one reload;
// many small writes in a row still give at most one reload per interval. While hold() returns true
// (e.g. a modal dialog is open) the signal waits and is tried again after another interval.
// On SQLite, or a connection without notifications, it does nothing (isListening() false).
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "cehours";

    explicit ChangeListener(QSqlDatabase db, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isListening() const { return m_listening; }
    int debounceMs() const;
    void setDebounceMs(int ms);
    // Asked before emitting: true postpones the signal by one interval.
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }
    // Notifications received from other sessions since construction (tests, the status bar).
    int received() const { return m_received; }

signals:
    void othersChanged();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void fire();
    QSqlDatabase m_db;
    QTimer *m_timer;
    std::function<bool()> m_hold;
    bool m_listening = false;
    int m_received = 0;
};
