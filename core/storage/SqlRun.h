#pragma once

#include "DbError.h"
#include "SqlDialect.h"

#include <QSqlQuery>
#include <QVariantList>

#include <unordered_map>

namespace fb {

// Runs statements on the calling thread's connection and turns driver errors into DbError.
class SqlRun {
public:
    SqlRun(QSqlDatabase db, const SqlDialect &dialect)
        : m_db(std::move(db))
        , d(dialect) {}

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

    QSqlDatabase database() const { return m_db; }
    const SqlDialect &dialect() const { return d; }

private:
    DbError lostConnection() const;

    QSqlDatabase m_db;
    const SqlDialect &d;
    std::unordered_map<QString, QSqlQuery> m_cache;
};

} // namespace fb
