#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

// One background thread running the tasks posted to it, in the order posted (the xlsx writer: every
// libxlsxwriter call of a workbook is made on this one thread while the caller's thread reads and
// credits the next rows). At most `maxQueued` tasks wait: post() blocks while the queue is full, so
// the memory held stays bounded when the writing is the slower side. The destructor runs what is
// still queued, then joins.
class OrderedWorker
{
public:
    explicit OrderedWorker(int maxQueued = 8);
    ~OrderedWorker();
    OrderedWorker(const OrderedWorker &) = delete;
    OrderedWorker &operator=(const OrderedWorker &) = delete;

    void post(std::function<void()> task);
    // Returns once every task posted before has run.
    void wait();

private:
    void run();

    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_tasks;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};
