#pragma once

#include "SqlRun.h"

namespace fb {

// Reads and writes form definitions (fb_forms, fb_fields) and their tables. Runs on the
// database thread, inside the caller's transaction.
class FormStore {
public:
    explicit FormStore(SqlRun &sql)
        : m_sql(sql) {}

    DbError load(QList<FormDef> *forms);
    // Gives the form its table and field keys (sanitised, distinct), then stores it and
    // creates its table. `form->id` is set.
    DbError create(FormDef *form, const QList<FormDef> &existing);

    // Stores the form's name, display field, translations and fields (fb_forms, fb_fields).
    DbError rewriteMeta(const FormDef &form);

    static void assignIdentifiers(FormDef *form, const QList<FormDef> &existing);

private:
    DbError insertFields(const FormDef &form);

    SqlRun &m_sql;
};

} // namespace fb
