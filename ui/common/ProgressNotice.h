#pragma once

#include "WhenReady.h" // what callers of track() use on the same future

#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

namespace fb {

// Shows that a request is under way when it takes longer than 300 ms: a QProgressDialog that
// does not block the window. Cancel stops waiting for the answer (the book finishes or
// refuses the change on its own; its answer still arrives). Deletes itself when done.
class ProgressNotice : public QObject {
    Q_OBJECT
public:
    template <typename T>
    static ProgressNotice *track(const QFuture<T> &future, const QString &label, QWidget *parent) {
        auto *notice = new ProgressNotice(label, parent);
        // A watcher, not a continuation: a QFuture keeps only one continuation (Qt 6.4), so the
        // caller's own whenReady() on the same future would replace ours and leave the notice
        // up. Any number of watchers can watch one future.
        auto *watcher = new QFutureWatcher<T>(notice);
        connect(watcher, &QFutureWatcherBase::finished, notice, &ProgressNotice::finish);
        watcher->setFuture(future);
        return notice;
    }
    bool wasCanceled() const;
    // Shows how far the work is, for work that can say so.
    void setProgress(int done, int total);
    // The same for `done` of `total` in any unit (shown as a share of a thousand, which the
    // bar's ints hold whatever the sizes); a busy bar while the total is not known (0).
    void setShare(qint64 done, qint64 total);
    // Calls `look` every `ms` milliseconds while the notice lives: for work whose progress is
    // read from atomics it shares with the thread that does it.
    void poll(int ms, const std::function<void()> &look);
    // Says more of how it goes (rows so far, time left).
    void setLabelText(const QString &text);

Q_SIGNALS:
    void canceled();

private:
    ProgressNotice(const QString &label, QWidget *parent);
    void finish();

    QPointer<QProgressDialog> m_dialog;
};

} // namespace fb
