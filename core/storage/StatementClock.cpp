#include "StatementClock.h"

#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace fb {

namespace {

// Virtual machine steps between two looks at the clock: about a tenth of a millisecond.
constexpr int stepsPerLook = 4000;

} // namespace

StatementClock::StatementClock(QSqlDatabase db)
    : m_db(std::move(db))
    , m_sqlite(sqliteHandle(m_db)) {}

StatementClock::~StatementClock() {
    if (m_sqlite && m_limit.count() > 0)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
}

DbError StatementClock::setLimit(Duration limit) {
    if (limit.count() < 0)
        limit = Duration(0);
    if (m_sqlite) {
        m_limit = limit;
        m_deadline = std::chrono::steady_clock::time_point::max();
        if (limit.count() > 0)
            sqlite3_progress_handler(m_sqlite, stepsPerLook, &StatementClock::onProgress, this);
        else
            sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
        return {};
    }
    QSqlQuery set(m_db);
    if (!set.exec(u"SET statement_timeout = %1"_qs.arg(limit.count())))
        return DbError(DbError::Kind::Internal,
                       QT_TRANSLATE_NOOP("fb::DbError", "The database reported an error."), {},
                       set.lastError().text());
    m_limit = limit;
    return {};
}

void StatementClock::start() {
    if (m_sqlite && m_limit.count() > 0)
        m_deadline = std::chrono::steady_clock::now() + m_limit;
}

int StatementClock::onProgress(void *clock) {
    // Non-zero stops the statement with SQLITE_INTERRUPT.
    return std::chrono::steady_clock::now() > static_cast<StatementClock *>(clock)->m_deadline ? 1
                                                                                               : 0;
}

DbError StatementClock::timedOut(const QString &detail) const {
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_limit).count();
    return DbError(DbError::Kind::TimedOut,
                   QT_TRANSLATE_N_NOOP("fb::DbError",
                                       "This took longer than %n second(s), so it was stopped; "
                                       "nothing was changed."),
                   {}, detail)
        .withCount(int(std::max<qint64>(seconds, 1)));
}

} // namespace fb
