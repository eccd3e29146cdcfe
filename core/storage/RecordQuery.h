#pragma once

#include "PageQuery.h"
#include "SqlDialect.h"

#include <QList>
#include <QVariant>

namespace fb {

class SqlStatements;

// Builds the SQL and bound values of one PageQuery.
class RecordQuery {
public:
    RecordQuery(const SqlDialect &dialect, const SqlStatements &sql, const FormDef &form,
                const PageQuery &query);

    QString countSql() const;
    QVariantList countBinds() const { return m_filterBinds; }
    QString pageSql() const;
    QVariantList pageBinds() const;
    bool reversed() const; // rows come back in reverse order and must be flipped
    QVariant sortValue(const Record &record) const; // as stored, for the next anchor

private:
    QString sortExpression() const;
    QString conditionSql(const FieldFilter &condition);
    QString buildWhere();

    const SqlDialect &d;
    const SqlStatements &m_sql;
    const FormDef &m_form;
    const PageQuery &m_query;
    const FieldDef *m_sortField = nullptr;
    QString m_where;
    QVariantList m_filterBinds;
};

} // namespace fb
