#pragma once
#include <QDateTime>

// Injectable clock: production uses the system time, tests set a fixed instant.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // Process-wide clock used by core services; never null.
    static const Clock &current();
    // Replace the process-wide clock (tests). Pass nullptr to restore the system clock.
    static void setCurrent(const Clock *clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }

private:
    QDateTime m_at;
};
