#pragma once

#include <QFuture>
#include <QObject>

namespace fb {

class Database;

// Books on their way out: each one drains its queue, commits, closes its connections and joins
// its threads while the window goes on, and is deleted (deleteLater) only once that is done, so
// nothing on the GUI thread ever waits for a busy or unreachable book. Lives in the GUI thread.
class ClosingBooks : public QObject {
    Q_OBJECT
public:
    explicit ClosingBooks(QObject *parent = nullptr);

    // Takes `database` (it becomes this object's child) and closes it; the future finishes
    // when its threads have ended, just before it is deleted.
    QFuture<void> close(Database *database);
    // How many books are still closing.
    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

Q_SIGNALS:
    // The last book still closing has closed.
    void allClosed();

private:
    int m_count = 0;
};

} // namespace fb
