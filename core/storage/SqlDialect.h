#pragma once

#include "BookSpec.h"
#include "FormDef.h"

#include <QVariant>

namespace fb {

// What differs between SQLite and PostgreSQL: column types, constraints, value encoding.
// Identifiers are Fieldbook's own slugs, quoted by Fieldbook (see quote()).
class SqlDialect {
public:
    explicit SqlDialect(BookSpec::Backend backend);

    BookSpec::Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == BookSpec::Backend::Sqlite; }

    QString quote(const QString &identifier) const;
    QString idColumn() const;
    QString timestampType() const;
    QString beginWrite() const;
    // PostgreSQL aborts a whole transaction on any error; SQLite only the failed statement.
    bool needsSavepointPerWrite() const { return !isSqlite(); }

    // The column definition of a field, with the constraints that mirror its rules.
    // `referencedTable` is the table of a reference field's form.
    QString columnDefinition(const FieldDef &field, const QString &referencedTable) const;
    // Expression to sort a field by (decimals stored as text sort numerically).
    QString sortExpression(const FieldDef &field) const;

    // Value conversion between the field's value type and what is bound / read.
    QVariant toStorage(const FieldDef &field, const QVariant &value) const;
    QVariant fromStorage(const FieldDef &field, const QVariant &stored) const;
    QVariant timestamp(const QDateTime &utc) const;
    QDateTime timestampFromStorage(const QVariant &stored) const;

private:
    QString columnType(const FieldDef &field) const;
    QString checkConstraint(const FieldDef &field) const;

    BookSpec::Backend m_backend;
};

} // namespace fb
