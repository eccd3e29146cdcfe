#include "ClosingBooks.h"

#include "Database.h"
#include "ThreadCheck.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThread>

namespace fb {

ClosingBooks::ClosingBooks(QObject *parent)
    : QObject(parent) {}

QFuture<void> ClosingBooks::close(Database *database) {
    FB_REQUIRE_THREAD_OF(this);
    FB_REQUIRE_THREAD_OF(database);
    database->setParent(this);
    const QFuture<void> closed = database->close();
    ++m_count;
    // A watcher, not then(this, …): Qt 6.4 asserts when a continuation's context dies first,
    // and the watcher dies with this object.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, book = QPointer<Database>(database)] {
                watcher->deleteLater();
                // Its threads have finished: the destructor's join returns at once.
                if (book)
                    book->deleteLater();
                if (--m_count == 0)
                    Q_EMIT allClosed();
            });
    watcher->setFuture(closed);
    return closed;
}

} // namespace fb
