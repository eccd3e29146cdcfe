#pragma once

#include "SqlRun.h"

namespace fb {

// Changes a stored form into another version of itself in the caller's transaction, keeping
// every record. Labels, help, order and translations change in the meta tables only; a new
// type or rule rebuilds the table, converting each value exactly, and is refused with the
// records that block it when a value does not fit. On SQLite, run it with foreign keys off
// (the worker does) and check them before committing.
class FormSchemaChange {
public:
    FormSchemaChange(SqlRun &sql, const QList<FormDef> &forms)
        : m_sql(sql)
        , m_forms(forms) {}

    DbError apply(const FormDef &old, FormDef *form);
    DbError remove(const FormDef &form);

private:
    void assignNewKeys(const FormDef &old, FormDef *form) const;
    bool needsRebuild(const FormDef &old, const FormDef &form) const;
    DbError rebuild(const FormDef &old, const FormDef &form);
    DbError readConverted(const FormDef &old, const FormDef &form, QList<QVariantList> *rows);
    DbError writeMeta(const FormDef &form);
    DbError restoreReferences(const FormDef &form); // PostgreSQL, after a rebuild
    QMap<qint64, QString> tables() const;

    SqlRun &m_sql;
    const QList<FormDef> &m_forms;
};

} // namespace fb
