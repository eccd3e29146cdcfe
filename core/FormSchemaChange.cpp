#include "FormSchemaChange.h"

#include "FormStore.h"
#include "Slug.h"
#include "SqlStatements.h"
#include "ValueConversion.h"

namespace fb {

namespace {

using Kind = DbError::Kind;

// The parts of a field that decide its column; everything else is presentation.
bool sameColumn(const FieldDef &a, const FieldDef &b) {
    return a.type == b.type && a.required == b.required && a.unique == b.unique &&
           a.maxLength == b.maxLength && a.pattern == b.pattern && a.minimum == b.minimum &&
           a.maximum == b.maximum && a.places == b.places && a.choices == b.choices &&
           a.referenceFormId == b.referenceFormId;
}

QString idList(const QList<qint64> &ids, qsizetype total) {
    QStringList shown;
    for (qint64 id : ids)
        shown << QString::number(id);
    return shown.join(u", "_qs) + (total > ids.size() ? u", …"_qs : QString());
}

} // namespace

QMap<qint64, QString> FormSchemaChange::tables() const {
    QMap<qint64, QString> map;
    for (const FormDef &f : m_forms)
        map.insert(f.id, f.table);
    return map;
}

void FormSchemaChange::assignNewKeys(const FormDef &old, FormDef *form) const {
    QSet<QString> taken;
    for (const FieldDef &f : old.fields)
        taken.insert(f.key);
    for (FieldDef &f : form->fields) {
        if (!old.field(f.key)) {
            f.key = makeSlug(f.label, taken);
            taken.insert(f.key);
        }
    }
    if (!form->field(form->displayField) && !form->fields.isEmpty())
        form->displayField = form->fields.front().key;
}

bool FormSchemaChange::needsRebuild(const FormDef &old, const FormDef &form) const {
    if (old.fields.size() != form.fields.size())
        return true;
    for (const FieldDef &f : form.fields) {
        const FieldDef *before = old.field(f.key);
        if (!before || !sameColumn(*before, f))
            return true;
    }
    return false;
}

DbError FormSchemaChange::apply(const FormDef &old, FormDef *form) {
    form->id = old.id;
    form->table = old.table;
    assignNewKeys(old, form);
    if (needsRebuild(old, *form)) {
        if (DbError e = rebuild(old, *form); e.isError())
            return e;
    }
    return writeMeta(*form);
}

DbError FormSchemaChange::readConverted(const FormDef &old, const FormDef &form,
                                        QList<QVariantList> *rows) {
    const SqlDialect &d = m_sql.dialect();
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(d).selectForRebuild(old), {}, &q); e.isError())
        return e;
    QHash<QString, QList<qint64>> blocked; // field key -> first blocking record ids
    QHash<QString, qsizetype> blockedCount;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        QVariantList row{id,          q->value(1), q->value(2),
                         q->value(3), q->value(4), q->value(5 + int(old.fields.size()))};
        for (const FieldDef &f : form.fields) {
            const FieldDef *before = old.field(f.key);
            const qsizetype column = before ? old.fields.indexOf(*before) : -1;
            const QVariant value =
                column >= 0 ? d.fromStorage(*before, q->value(5 + int(column))) : f.defaultValue;
            const std::optional<QVariant> converted = convertValue(before ? *before : f, f, value);
            if (!converted) {
                if (blocked[f.key].size() < 10)
                    blocked[f.key] << id;
                ++blockedCount[f.key];
                continue;
            }
            row << d.toStorage(f, *converted);
        }
        rows->append(row);
    }
    q->finish();
    for (const FieldDef &f : form.fields) {
        if (blocked.contains(f.key))
            return DbError(Kind::Validation,
                           QT_TRANSLATE_NOOP("fb::DbError",
                                             "%1 cannot change this way: %2 record(s) have "
                                             "values that do not fit (records %3)."),
                           {f.label, QString::number(blockedCount.value(f.key)),
                            idList(blocked.value(f.key), blockedCount.value(f.key))},
                           {}, f.key);
    }
    return {};
}

DbError FormSchemaChange::rebuild(const FormDef &old, const FormDef &form) {
    const SqlDialect &d = m_sql.dialect();
    const SqlStatements st(d);
    QList<QVariantList> rows;
    if (DbError e = readConverted(old, form, &rows); e.isError())
        return e;
    const QString fresh = old.table + u"__rebuild"_qs;
    if (DbError e = m_sql.exec(st.createTableNamed(form, fresh, tables())); e.isError())
        return e;
    const QString insert = st.insertRebuilt(form, fresh);
    for (const QVariantList &row : std::as_const(rows)) {
        QSqlQuery *q = nullptr;
        if (DbError e = m_sql.execPrepared(insert, row, &q, &form); e.isError())
            return e;
    }
    // Other forms' references name the table; the new one takes the name over. The worker
    // runs this with foreign keys suspended and checks them all before committing.
    m_sql.clearCache(); // statements prepared on the old table go stale
    const bool lite = d.isSqlite();
    // PostgreSQL drops the other forms' foreign keys with the table; they are made again.
    if (DbError e = m_sql.exec(st.dropTable(old) + (lite ? QString() : u" CASCADE"_qs));
        e.isError())
        return e;
    if (DbError e = m_sql.exec(st.renameTable(fresh, old.table)); e.isError())
        return e;
    if (!lite) {
        if (DbError e = restoreReferences(form); e.isError())
            return e;
    }
    for (const QString &index : st.createIndexes(form)) {
        if (DbError e = m_sql.exec(index); e.isError())
            return e;
    }
    return {};
}

DbError FormSchemaChange::restoreReferences(const FormDef &form) {
    const SqlStatements st(m_sql.dialect());
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(st.resetIdSequence(form), {}, &q); e.isError())
        return e;
    q->finish();
    for (const FormDef &other : m_forms) {
        for (const FieldDef &f : other.fields) {
            if (other.id == form.id || f.type != FieldType::Reference ||
                f.referenceFormId != form.id)
                continue;
            if (DbError e = m_sql.exec(st.addForeignKey(other, f, form.table)); e.isError())
                return e;
        }
    }
    return {};
}

DbError FormSchemaChange::writeMeta(const FormDef &form) {
    FormStore store(m_sql);
    return store.rewriteMeta(form);
}

DbError FormSchemaChange::remove(const FormDef &form) {
    for (const FormDef &other : m_forms) {
        for (const FieldDef &f : other.fields) {
            if (other.id != form.id && f.type == FieldType::Reference &&
                f.referenceFormId == form.id)
                return DbError(Kind::Validation,
                               QT_TRANSLATE_NOOP("fb::DbError",
                                                 "%1 cannot be deleted: the form %2 refers to it."),
                               {form.name, other.name});
        }
    }
    const SqlStatements st(m_sql.dialect());
    if (DbError e = m_sql.exec(st.deleteFields(), {form.id}); e.isError())
        return e;
    if (DbError e = m_sql.exec(st.deleteForm(), {form.id}); e.isError())
        return e;
    m_sql.clearCache();
    return m_sql.exec(st.dropTable(form));
}

} // namespace fb
