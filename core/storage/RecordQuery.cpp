#include "RecordQuery.h"

#include "SqlStatements.h"

namespace fb {

namespace {
bool isTextual(FieldType t) {
    return t == FieldType::Text || t == FieldType::LongText || t == FieldType::Choice ||
           t == FieldType::MultiChoice;
}

QString likeOperator(const SqlDialect &d) {
    return d.isSqlite() ? u"LIKE"_qs : u"ILIKE"_qs;
}

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return u'%' + escaped + u'%';
}
} // namespace

RecordQuery::RecordQuery(const SqlDialect &dialect, const SqlStatements &sql, const FormDef &form,
                         const PageQuery &query)
    : d(dialect)
    , m_sql(sql)
    , m_form(form)
    , m_query(query)
    , m_sortField(form.field(query.sortKey)) {
    m_where = buildWhere();
}

QString RecordQuery::sortExpression() const {
    if (m_sortField)
        return d.sortExpression(*m_sortField);
    if (m_query.sortKey == u"created_at" || m_query.sortKey == u"updated_at")
        return m_query.sortKey;
    return {};
}

QString RecordQuery::conditionSql(const FieldFilter &f) {
    const FieldDef *field = m_form.field(f.key);
    if (!field)
        return u"1 = 0"_qs;
    const QString col = d.quote(field->key);
    // Decimals stored as text (SQLite) compare as numbers, not as text.
    const bool numericText = d.isSqlite() && field->type == FieldType::Decimal;
    const QString bound = numericText ? u"CAST(? AS REAL)"_qs : u"?"_qs;
    switch (f.op) {
    case FieldFilter::Op::Equals:
        m_filterBinds << d.toStorage(*field, f.value);
        return u"%1 = %2"_qs.arg(d.sortExpression(*field), bound);
    case FieldFilter::Op::Contains:
        if (field->type == FieldType::MultiChoice) {
            // One of the choices: its JSON string, quotes included, within the stored array.
            const QString list = d.toStorage(*field, QStringList{f.value.toString()}).toString();
            m_filterBinds << list.mid(1, list.size() - 2);
            return u"%1(%2, ?) > 0"_qs.arg(d.isSqlite() ? u"instr"_qs : u"strpos"_qs, col);
        }
        m_filterBinds << likePattern(f.value.toString());
        return u"%1 %2 ? ESCAPE '\\'"_qs.arg(col, likeOperator(d));
    case FieldFilter::Op::AtLeast:
    case FieldFilter::Op::AtMost:
        m_filterBinds << d.toStorage(*field, f.value);
        return u"%1 %2 %3"_qs.arg(d.sortExpression(*field),
                                  f.op == FieldFilter::Op::AtLeast ? u">="_qs : u"<="_qs, bound);
    case FieldFilter::Op::Empty:
        if (field->type == FieldType::MultiChoice)
            return u"(%1 IS NULL OR %1 = '' OR %1 = '[]')"_qs.arg(col);
        return isTextual(field->type) ? u"(%1 IS NULL OR %1 = '')"_qs.arg(col)
                                      : col + u" IS NULL"_qs;
    case FieldFilter::Op::NotEmpty:
        if (field->type == FieldType::MultiChoice)
            return u"(%1 IS NOT NULL AND %1 <> '' AND %1 <> '[]')"_qs.arg(col);
        return isTextual(field->type) ? u"(%1 IS NOT NULL AND %1 <> '')"_qs.arg(col)
                                      : col + u" IS NOT NULL"_qs;
    }
    return u"1 = 0"_qs;
}

QString RecordQuery::buildWhere() {
    QStringList parts{m_query.everyState ? u"1 = 1"_qs
                      : m_query.trash    ? u"deleted_at IS NOT NULL"_qs
                                         : u"deleted_at IS NULL"_qs};
    const QString search = m_query.search.trimmed();
    if (!search.isEmpty()) {
        QStringList any;
        for (const FieldDef &f : m_form.fields) {
            if (!isTextual(f.type))
                continue;
            any << u"%1 %2 ? ESCAPE '\\'"_qs.arg(d.quote(f.key), likeOperator(d));
            m_filterBinds << likePattern(search);
        }
        parts << (any.isEmpty() ? u"1 = 0"_qs : u'(' + any.join(u" OR "_qs) + u')');
    }
    QStringList conditions;
    for (const FieldFilter &f : m_query.filter.conditions)
        conditions << conditionSql(f);
    if (!conditions.isEmpty()) {
        const bool any = m_query.filter.match == RecordFilter::Match::Any;
        parts << u'(' + conditions.join(any ? u" OR "_qs : u" AND "_qs) + u')';
    }
    return parts.join(u" AND "_qs);
}

QString RecordQuery::countSql() const {
    return m_sql.countRecords(m_form, m_where);
}

bool RecordQuery::reversed() const {
    return m_query.from == PageQuery::From::End || m_query.from == PageQuery::From::Before;
}

QString RecordQuery::pageSql() const {
    // Walking backwards (last page, or the page before an anchor) flips every direction.
    const bool desc = m_query.descending != reversed();
    const QString dir = desc ? u" DESC"_qs : u" ASC"_qs;
    // SQLite sorts NULL first ascending; PostgreSQL is told to do the same.
    const QString nulls =
        d.isSqlite() ? QString() : (desc ? u" NULLS LAST"_qs : u" NULLS FIRST"_qs);
    const QString expr = sortExpression();
    QString where = m_where;
    if (m_query.from == PageQuery::From::After || m_query.from == PageQuery::From::Before) {
        const QString cmp = desc ? u"<"_qs : u">"_qs;
        if (expr.isEmpty())
            where += u" AND id %1 ?"_qs.arg(cmp);
        else if (m_query.anchorValue.isNull())
            where += desc ? u" AND (%1 IS NULL AND id < ?)"_qs.arg(expr)
                          : u" AND ((%1 IS NULL AND id > ?) OR %1 IS NOT NULL)"_qs.arg(expr);
        else
            // Row values, so both engines walk the (field, id) index from the anchor.
            where += desc ? u" AND ((%1, id) < (?, ?) OR %1 IS NULL)"_qs.arg(expr)
                          : u" AND (%1, id) > (?, ?)"_qs.arg(expr);
    }
    const QString order = expr.isEmpty() ? u"id"_qs + dir : expr + dir + nulls + u", id"_qs + dir;
    return m_sql.selectPage(m_form, where, order, m_query.limit + 1,
                            m_query.from == PageQuery::From::Offset);
}

QVariantList RecordQuery::pageBinds() const {
    QVariantList binds = m_filterBinds;
    if (m_query.from == PageQuery::From::Offset)
        binds << std::max<qint64>(m_query.offset, 0);
    if (m_query.from != PageQuery::From::After && m_query.from != PageQuery::From::Before)
        return binds;
    if (!sortExpression().isEmpty() && !m_query.anchorValue.isNull()) {
        const bool numericText =
            d.isSqlite() && m_sortField && m_sortField->type == FieldType::Decimal;
        const QVariant v =
            numericText ? QVariant(m_query.anchorValue.toString().toDouble()) : m_query.anchorValue;
        binds << v;
    }
    binds << m_query.anchorId;
    return binds;
}

QVariant RecordQuery::sortValue(const Record &record) const {
    if (m_sortField)
        return d.toStorage(*m_sortField, record.values.value(m_sortField->key));
    if (m_query.sortKey == u"created_at")
        return d.timestamp(record.createdAt);
    if (m_query.sortKey == u"updated_at")
        return d.timestamp(record.updatedAt);
    return {};
}

} // namespace fb
