#include "storage/ChangeListener.h"

#include "storage/SqlDialect.h"

#include <QTimer>

ChangeListener::ChangeListener(QSqlDatabase db, QObject *parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::fire);
    QSqlDriver *driver = m_db.driver();
    if (!m_db.isOpen() || !driver || !SqlDialect::isPostgres(m_db) || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
    m_listening = driver->subscribeToNotification(QString::fromLatin1(kChannel));
}

ChangeListener::~ChangeListener()
{
    if (m_listening && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

int ChangeListener::debounceMs() const
{
    return m_timer->interval();
}

void ChangeListener::setDebounceMs(int ms)
{
    m_timer->setInterval(ms);
}

void ChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &)
{
    // Our own commits: the section that wrote has reloaded already (AppContext::notifyDataChanged).
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return;
    ++m_received;
    if (!m_timer->isActive()) // the first of a burst starts the interval; the rest ride along
        m_timer->start();
}

void ChangeListener::fire()
{
    if (m_hold && m_hold()) {
        m_timer->start();
        return;
    }
    emit othersChanged();
}
