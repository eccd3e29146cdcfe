#pragma once

#include "DbError.h"

#include <QSqlDatabase>

#include <chrono>

struct sqlite3;

namespace fb {

// Stops a statement that runs past its limit, so that one slow request fails alone instead
// of holding every request queued behind it. On SQLite a progress handler interrupts the
// statement (SQLITE_INTERRUPT) once its time is up; on PostgreSQL the server does it
// (statement_timeout, SQLSTATE 57014). Lives on the connection's thread.
class StatementClock {
public:
    using Duration = std::chrono::milliseconds;

    explicit StatementClock(QSqlDatabase db);
    ~StatementClock();
    StatementClock(const StatementClock &) = delete;
    StatementClock &operator=(const StatementClock &) = delete;

    // Zero: no limit. On PostgreSQL this is one round trip; outside a transaction, so that
    // a rollback does not undo it.
    DbError setLimit(Duration limit);
    Duration limit() const { return m_limit; }
    // A statement starts: its time counts from now (SQLite; the server counts its own).
    void start();
    // The message for a statement stopped by this clock.
    DbError timedOut(const QString &detail) const;

private:
    static int onProgress(void *clock);

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    Duration m_limit{0};
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::time_point::max();
};

} // namespace fb
