#include "WorkerThread.h"

#include <QMetaObject>

#include <utility>

namespace fb {

WorkerThread::WorkerThread(QObject *parent)
    : QObject(parent)
    , m_thread([this] { loop(); }) {}

WorkerThread::~WorkerThread() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WorkerThread::post(std::function<void()> job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerThread::ring() {
    // Each looks again at its own result and waits again if it is not there yet.
    const std::vector<std::coroutine_handle<>> waiting = std::exchange(m_waiting, {});
    for (std::coroutine_handle<> h : waiting)
        h.resume();
}

void WorkerThread::loop() {
    while (true) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and nothing left
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
        job = nullptr; // its captures are freed here, before the GUI thread looks
        QMetaObject::invokeMethod(this, "ring", Qt::QueuedConnection);
    }
}

} // namespace fb
