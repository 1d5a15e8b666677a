#include "export/OrderedWorker.h"

OrderedWorker::OrderedWorker(int maxQueued)
    : m_maxQueued(size_t(maxQueued < 1 ? 1 : maxQueued)), m_thread([this] { run(); })
{
}

OrderedWorker::~OrderedWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void OrderedWorker::post(std::function<void()> task)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_tasks.size() < m_maxQueued; });
    m_tasks.push_back(std::move(task));
    lock.unlock();
    m_changed.notify_all();
}

void OrderedWorker::wait()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_tasks.empty() && !m_busy; });
}

void OrderedWorker::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_tasks.empty() || m_stopping; });
            if (m_tasks.empty())
                return;   // stopping, nothing left
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            m_busy = true;
        }
        m_changed.notify_all();   // room in the queue
        task();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_busy = false;
        }
        m_changed.notify_all();
    }
}
