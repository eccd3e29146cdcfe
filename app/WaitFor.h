#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <type_traits>

namespace fb {

// For the commands without a window, which do one thing after another: runs the event loop
// until `future` has finished and gives its result. Never used in a coroutine or the window.
template <typename T> T waitFor(QFuture<T> future) {
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace fb
