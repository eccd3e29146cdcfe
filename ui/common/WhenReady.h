#pragma once

#include <QFuture>
#include <QPointer>

#include <utility>

namespace fb {

// Calls `handler` with the future's result in the thread that finishes it (the Database
// facade finishes every future on the GUI thread), unless `context` is gone by then.
// Qt 6.4's then(context, …) asserts when its context dies before the future finishes, which a
// closed dialog or a replaced model does all the time; this guard replaces it.
// A future finished without a result (a canceled one) calls nothing.
// A QFuture keeps one continuation (Qt 6.4): a second whenReady()/whenFinished() on the same
// future replaces the first. Anything else that must see the end of it uses a QFutureWatcher.
template <typename T, typename F> void whenReady(QFuture<T> future, QObject *context, F &&handler) {
    future.then(QtFuture::Launch::Sync, [guard = QPointer<QObject>(context),
                                         h = std::forward<F>(handler)](QFuture<T> done) mutable {
        if (guard && done.resultCount() > 0)
            h(done.result());
    });
}

// The same for the end of a future, with or without a result: `handler` takes no argument.
template <typename T, typename F>
void whenFinished(QFuture<T> future, QObject *context, F &&handler) {
    future.then(QtFuture::Launch::Sync, [guard = QPointer<QObject>(context),
                                         h = std::forward<F>(handler)](QFuture<T>) mutable {
        if (guard)
            h();
    });
}

} // namespace fb
