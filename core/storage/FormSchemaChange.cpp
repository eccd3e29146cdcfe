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

// Names the records that block a change by their display values, as a person knows them.
QString recordNames(const QStringList &names, qsizetype total) {
    QStringList shown;
    for (const QString &name : names)
        shown << u"“"_qs + name + u"”"_qs;
    return shown.join(u", "_qs) + (total > names.size() ? u", …"_qs : QString());
}

} // namespace

QMap<qint64, QString> FormSchemaChange::tables() const {
    QMap<qint64, QString> map;
    for (const FormDef &f : m_forms)
        map.insert(f.id, f.table);
    return map;
}

void FormSchemaChange::assignNewKeys(const FormDef &old, FormDef *form) const {
    SlugMaker keys;
    for (const FieldDef &f : old.fields)
        keys.reserve(f.key);
    const qsizetype display = form->fieldIndex(form->displayField);
    QSet<QString> kept;
    for (FieldDef &f : form->fields) {
        // An old field keeps its column once; anything else gets a new name.
        if (!old.field(f.key) || kept.contains(f.key))
            f.key = keys.make(f.label);
        kept.insert(f.key);
    }
    if (display >= 0)
        form->displayField = form->fields.at(display).key;
    else if (!form->fields.isEmpty())
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
    QHash<QString, QStringList>
        blocked; // field key -> display values of the first blocking records
    QHash<QString, qsizetype> blockedCount;
    const qsizetype display = old.fieldIndex(old.displayField);
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
                const QString name = display < 0
                                         ? QString()
                                         : valueToText(old.fields.at(display).type,
                                                       d.fromStorage(old.fields.at(display),
                                                                     q->value(5 + int(display))));
                if (blocked[f.key].size() < 10 && !name.isEmpty())
                    blocked[f.key] << name.left(60);
                ++blockedCount[f.key];
                continue;
            }
            row << d.toStorage(f, *converted);
        }
        rows->append(row);
    }
    q->finish();
    for (const FieldDef &f : form.fields) {
        if (!blockedCount.contains(f.key))
            continue;
        const int count = int(blockedCount.value(f.key));
        const QStringList names = blocked.value(f.key);
        if (names.isEmpty())
            return DbError(Kind::Validation,
                           QT_TRANSLATE_N_NOOP("fb::DbError",
                                               "%1 cannot change this way: %n record(s) have "
                                               "values that do not fit."),
                           {f.label}, {}, f.key)
                .withCount(count);
        return DbError(Kind::Validation,
                       QT_TRANSLATE_N_NOOP("fb::DbError",
                                           "%1 cannot change this way: %n record(s) have values "
                                           "that do not fit (%2)."),
                       {f.label, recordNames(names, count)}, {}, f.key)
            .withCount(count);
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
