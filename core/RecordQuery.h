#pragma once

#include "Record.h"
#include "RecordFilter.h"
#include "SqlDialect.h"

#include <QList>
#include <QVariant>

namespace fb {

class SqlStatements;

// Which records, in which order, and which page of them. Paging is by key (the last row's
// sort value and id), so the last page of a million rows costs as little as the first.
// From::Offset (rows counted from the start) is for a far jump with no page near it to
// walk from; it scans the skipped rows, so near moves keep paging by key.
struct PageQuery {
    QString sortKey = QStringLiteral("id"); // a field key, or id / created_at / updated_at
    bool descending = false;
    QString search; // matched against every text field
    RecordFilter filter;
    bool trash = false;      // deleted records instead of live ones
    bool everyState = false; // live and deleted records together (a salvage reads all by id)
    int limit = 50;

    enum class From { Start, End, After, Before, Offset };
    From from = From::Start;
    QVariant anchorValue; // sort value of the row to page from (After/Before)
    qint64 anchorId = 0;
    qint64 offset = 0; // rows skipped from the start (Offset)

    static QList<PageQuery> samples(const FormDef &form); // every shape, for the SQL test
};

struct RecordPage {
    QList<Record> records;
    bool atStart = false; // nothing before the first record of this page
    bool atEnd = false;   // nothing after the last one
};

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

Q_DECLARE_METATYPE(fb::PageQuery)
Q_DECLARE_METATYPE(fb::RecordPage)
