#include "SqlRun.h"

#include "SqlErrors.h"
#include "ThreadAudit.h"

#include <QSqlError>

namespace fb {

DbError SqlRun::lostConnection() const {
    return DbError(DbError::Kind::Connection,
                   QT_TRANSLATE_NOOP("fb::DbError", "The connection to the server was lost."), {},
                   m_db.lastError().text());
}

DbError SqlRun::failed(const QSqlError &error, const FormDef *form) const {
    DbError e = errorFromSql(error, d, form);
    // The driver says only that the statement was stopped; the clock knows after how long.
    return e.kind() == DbError::Kind::TimedOut ? m_clock.timedOut(e.detail()) : e;
}

DbError SqlRun::exec(const QString &sql, const QVariantList &binds, const FormDef *form) {
    if (!m_db.isOpen())
        return lostConnection();
    ThreadAudit::noteSql();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Run as is: PostgreSQL cannot PREPARE transaction control, SET or DDL.
        m_clock.start();
        if (!query.exec(sql))
            return failed(query.lastError(), form);
        return {};
    }
    if (!query.prepare(sql))
        return failed(query.lastError(), form);
    return run(query, binds, form);
}

DbError SqlRun::run(QSqlQuery &query, const QVariantList &binds, const FormDef *form) {
    ThreadAudit::noteSql();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    m_clock.start();
    if (!query.exec())
        return failed(query.lastError(), form);
    return {};
}

DbError SqlRun::rowsEnded(const QSqlQuery &query, const FormDef *form) const {
    if (query.lastError().type() == QSqlError::NoError)
        return {};
    return failed(query.lastError(), form);
}

QSqlQuery *SqlRun::prepared(const QString &sql, DbError *error) {
    auto it = m_cache.find(sql);
    if (it != m_cache.end())
        return &it->second;
    ThreadAudit::noteSql();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = errorFromSql(query.lastError(), d);
        return nullptr;
    }
    return &m_cache.emplace(sql, std::move(query)).first->second;
}

DbError SqlRun::execPrepared(const QString &sql, const QVariantList &binds, QSqlQuery **out,
                             const FormDef *form) {
    if (!m_db.isOpen())
        return lostConnection();
    DbError error;
    QSqlQuery *query = prepared(sql, &error);
    if (!query)
        return error;
    *out = query;
    error = run(*query, binds, form);
    // After another connection changed a table, PostgreSQL refuses the statement this one
    // prepared on the old table; it is prepared again, once.
    if (error.isError() && !d.isSqlite() && query->lastError().nativeErrorCode() == u"0A000") {
        m_cache.erase(sql);
        query = prepared(sql, &error);
        if (!query)
            return error;
        *out = query;
        error = run(*query, binds, form);
    }
    return error;
}

} // namespace fb
