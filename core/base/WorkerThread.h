#pragma once

#include <QCoroTask>
#include <QObject>

#include <condition_variable>
#include <coroutine>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace fb {

// A thread of its own for work a task must keep off the GUI thread (formatting and writing an
// export), one job after another. Lives in the GUI thread; run() hands a job over and finishes
// there with the job's result.
//
// Not QtConcurrent: Debian's Qt is not instrumented, so ThreadSanitizer cannot see how Qt's
// thread pool hands a job over and reports the job's own data as raced. Here jobs and results
// cross under a std::mutex, and the GUI thread is woken by a doorbell without data.
class WorkerThread : public QObject {
    Q_OBJECT
public:
    explicit WorkerThread(QObject *parent = nullptr);
    // Runs the jobs still queued, then joins the thread.
    ~WorkerThread() override;

    template <typename T> QCoro::Task<T> run(std::function<T()> job) {
        auto result = std::make_shared<std::optional<T>>();
        post([this, result, job = std::move(job)] {
            T value = job();
            std::lock_guard lock(m_mutex);
            *result = std::move(value);
        });
        while (true) {
            {
                std::lock_guard lock(m_mutex);
                if (result->has_value())
                    co_return std::move(**result);
            }
            // The doorbell rings on this thread, so it cannot ring between the look and the wait.
            co_await Doorbell{this};
        }
    }

private Q_SLOTS:
    // The doorbell, called by name from the worker thread (no data crosses with it): resumes
    // the coroutines waiting, here. Not a signal awaited with QCoro: QCoro 0.8 connects to a
    // signal queued, and a second ring before the first is handled would resume a coroutine
    // through an awaiter that is gone.
    void ring();

private:
    struct Doorbell {
        WorkerThread *worker;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiting) {
            worker->m_waiting.push_back(waiting);
        }
        void await_resume() const noexcept {}
    };

    void post(std::function<void()> job);
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::coroutine_handle<>> m_waiting; // GUI thread only
    std::thread m_thread;
};

} // namespace fb
