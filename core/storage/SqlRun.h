#pragma once

#include "DbError.h"
#include "SqlDialect.h"
#include "StatementClock.h"

#include <QSqlQuery>
#include <QVariantList>

#include <unordered_map>

namespace fb {

// Runs statements on the calling thread's connection and turns driver errors into DbError.
class SqlRun {
public:
    SqlRun(QSqlDatabase db, const SqlDialect &dialect)
        : m_db(std::move(db))
        , d(dialect)
        , m_clock(m_db) {}

    DbError exec(const QString &sql, const QVariantList &binds = {}, const FormDef *form = nullptr);
    // Prepared statements are cached per SQL text for the life of the connection.
    DbError run(QSqlQuery &query, const QVariantList &binds, const FormDef *form = nullptr);
    QSqlQuery *prepared(const QString &sql, DbError *error); // null on error
    DbError execPrepared(const QString &sql, const QVariantList &binds, QSqlQuery **out,
                         const FormDef *form = nullptr);
    void clearCache() { m_cache.clear(); }
    // After a walk through a query's rows: the error that ended it early (a damaged page, a
    // read error), or none when the rows simply ran out. next() says false in both cases.
    DbError rowsEnded(const QSqlQuery &query, const FormDef *form = nullptr) const;

    // How long one statement may run (see BookSpec::statementLimit); zero: no limit.
    DbError setStatementLimit(StatementClock::Duration limit) { return m_clock.setLimit(limit); }
    StatementClock::Duration statementLimit() const { return m_clock.limit(); }
    // For what may take long by its nature (a schema change, a check): no limit while it
    // lives. Outside a transaction: on PostgreSQL a rollback would undo the change of limit.
    class Unlimited {
    public:
        explicit Unlimited(SqlRun &sql)
            : m_sql(sql)
            , m_limit(sql.statementLimit()) {
            if (m_limit.count() > 0)
                m_sql.setStatementLimit(StatementClock::Duration(0));
        }
        ~Unlimited() {
            if (m_limit.count() > 0)
                m_sql.setStatementLimit(m_limit);
        }
        Unlimited(const Unlimited &) = delete;
        Unlimited &operator=(const Unlimited &) = delete;

    private:
        SqlRun &m_sql;
        StatementClock::Duration m_limit;
    };

    QSqlDatabase database() const { return m_db; }
    const SqlDialect &dialect() const { return d; }

private:
    DbError lostConnection() const;
    DbError failed(const QSqlError &error, const FormDef *form) const;

    QSqlDatabase m_db;
    const SqlDialect &d;
    std::unordered_map<QString, QSqlQuery> m_cache;
    StatementClock m_clock;
};

} // namespace fb
