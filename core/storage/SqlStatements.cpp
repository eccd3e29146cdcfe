#include "SqlStatements.h"

#include "RecordQuery.h"

#include <QCryptographicHash>

namespace fb {

QString SqlStatements::listTables() const {
    return d.isSqlite()
               ? u"SELECT name FROM sqlite_master WHERE type = 'table'"_qs
               : u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_qs;
}

QString SqlStatements::mayWriteBook() const {
    return u"SELECT has_table_privilege('fb_forms', 'INSERT') "
           "AND has_schema_privilege(current_schema(), 'CREATE')"_qs;
}

QString SqlStatements::selectMeta() const {
    return u"SELECT key, value FROM fb_meta"_qs;
}

QString SqlStatements::upsertMeta() const {
    return u"INSERT INTO fb_meta (key, value) VALUES (?, ?) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs;
}

QString SqlStatements::selectForms() const {
    return u"SELECT id, name, table_name, display_field, language, translations "
           "FROM fb_forms ORDER BY name, id"_qs;
}

QString SqlStatements::selectFields() const {
    return u"SELECT form_id, key, label, type, help, required, is_unique, default_value, "
           "max_length, pattern, minimum, maximum, places, choices, reference_form, translations "
           "FROM fb_fields ORDER BY form_id, position"_qs;
}

QString SqlStatements::insertForm() const {
    return u"INSERT INTO fb_forms (name, table_name, display_field, language, translations) "
           "VALUES (?, ?, ?, ?, ?) RETURNING id"_qs;
}

QString SqlStatements::updateForm() const {
    return u"UPDATE fb_forms SET name = ?, display_field = ?, language = ?, translations = ? "
           "WHERE id = ?"_qs;
}

QString SqlStatements::deleteForm() const {
    return u"DELETE FROM fb_forms WHERE id = ?"_qs;
}

QString SqlStatements::insertField() const {
    return u"INSERT INTO fb_fields (form_id, position, key, label, type, help, required, "
           "is_unique, default_value, max_length, pattern, minimum, maximum, places, choices, "
           "reference_form, translations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs;
}

QString SqlStatements::deleteFields() const {
    return u"DELETE FROM fb_fields WHERE form_id = ?"_qs;
}

QString SqlStatements::createTable(const FormDef &form, const QMap<qint64, QString> &tables) const {
    return createTableNamed(form, form.table, tables);
}

QString SqlStatements::createTableNamed(const FormDef &form, const QString &table,
                                        const QMap<qint64, QString> &tables) const {
    const QString ts = d.timestampType();
    QStringList columns{d.idColumn(),
                        u"uuid TEXT NOT NULL UNIQUE"_qs,
                        u"created_at %1 NOT NULL"_qs.arg(ts),
                        u"updated_at %1 NOT NULL"_qs.arg(ts),
                        u"version BIGINT NOT NULL DEFAULT 1"_qs,
                        u"deleted_at %1"_qs.arg(ts)};
    for (const FieldDef &f : form.fields)
        columns << d.columnDefinition(f, tables.value(f.referenceFormId));
    return u"CREATE TABLE %1 (\n  %2\n)"_qs.arg(d.quote(table), columns.join(u",\n  "_qs));
}

QString SqlStatements::indexName(const FormDef &form, const QString &column) {
    // Distinct and within PostgreSQL's 63 bytes however long the table and column names.
    const QByteArray digest =
        QCryptographicHash::hash((form.table + u'.' + column).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(10);
    return form.table.left(32) + u"__"_qs + column.left(16) + u'_' + QString::fromLatin1(digest);
}

QList<SqlStatements::Index> SqlStatements::indexes(const FormDef &form) const {
    // Keyset paging sorts by (field, id); one index per sortable field keeps every page cheap.
    QList<Index> out;
    for (const FieldDef &f : form.fields) {
        if (f.type == FieldType::LongText || f.type == FieldType::MultiChoice || f.unique)
            continue;
        const QString name = indexName(form, f.key);
        // The pages' order: empty values first (SQLite's own order, asked of PostgreSQL).
        out << Index{f.key, name,
                     u"CREATE INDEX %1 ON %2 (%3%4, id)"_qs.arg(
                         d.quote(name), d.quote(form.table), d.sortExpression(f),
                         d.isSqlite() ? QString() : u" NULLS FIRST"_qs)};
    }
    const QString updated = indexName(form, u"updated_at"_qs);
    out << Index{
        u"updated_at"_qs, updated,
        u"CREATE INDEX %1 ON %2 (updated_at, id)"_qs.arg(d.quote(updated), d.quote(form.table))};
    return out;
}

QStringList SqlStatements::createIndexes(const FormDef &form) const {
    QStringList out;
    for (const Index &index : indexes(form))
        out << index.create;
    return out;
}

QString SqlStatements::dropTable(const FormDef &form) const {
    return u"DROP TABLE %1"_qs.arg(d.quote(form.table));
}

QString SqlStatements::dropTableNamed(const QString &table) const {
    return u"DROP TABLE %1"_qs.arg(d.quote(table));
}

QString SqlStatements::renameTable(const QString &from, const QString &to) const {
    return u"ALTER TABLE %1 RENAME TO %2"_qs.arg(d.quote(from), d.quote(to));
}

QString SqlStatements::selectForRebuild(const FormDef &form) const {
    return u"SELECT %1 FROM %2 ORDER BY id"_qs.arg(recordColumns(form), d.quote(form.table));
}

QString SqlStatements::insertRebuilt(const FormDef &form, const QString &table) const {
    QStringList cols{u"id"_qs,         u"uuid"_qs,       u"version"_qs,
                     u"created_at"_qs, u"updated_at"_qs, u"deleted_at"_qs};
    for (const FieldDef &f : form.fields)
        cols << d.quote(f.key);
    const QStringList marks(cols.size(), u"?"_qs);
    return u"INSERT INTO %1 (%2) VALUES (%3)"_qs.arg(d.quote(table), cols.join(u", "_qs),
                                                     marks.join(u", "_qs));
}

QString SqlStatements::countAll(const FormDef &form) const {
    return u"SELECT COUNT(*) FROM %1"_qs.arg(d.quote(form.table));
}

QString SqlStatements::addForeignKey(const FormDef &form, const FieldDef &field,
                                     const QString &target) const {
    return u"ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3(id)"_qs.arg(
        d.quote(form.table), d.quote(field.key), d.quote(target));
}

QString SqlStatements::resetIdSequence(const FormDef &form) const {
    return u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %2"_qs
        .arg(form.table, d.quote(form.table));
}

QString SqlStatements::recordColumns(const FormDef &form) const {
    QStringList cols{u"id"_qs, u"uuid"_qs, u"version"_qs, u"created_at"_qs, u"updated_at"_qs};
    for (const FieldDef &f : form.fields)
        cols << d.quote(f.key);
    cols << u"deleted_at"_qs; // last, after the fields
    return cols.join(u", "_qs);
}

QString SqlStatements::insertRecord(const FormDef &form) const {
    QStringList cols{u"uuid"_qs, u"created_at"_qs, u"updated_at"_qs};
    for (const FieldDef &f : form.fields)
        cols << d.quote(f.key);
    QStringList marks(cols.size(), u"?"_qs);
    // SQLite hands the new id over directly (last insert rowid); RETURNING would cost a
    // temporary table per row.
    return u"INSERT INTO %1 (%2) VALUES (%3)%4"_qs.arg(
        d.quote(form.table), cols.join(u", "_qs), marks.join(u", "_qs),
        d.isSqlite() ? QString() : u" RETURNING id"_qs);
}

QString SqlStatements::updateRecord(const FormDef &form) const {
    QStringList sets{u"updated_at = ?"_qs, u"version = version + 1"_qs};
    for (const FieldDef &f : form.fields)
        sets << d.quote(f.key) + u" = ?"_qs;
    return u"UPDATE %1 SET %2 WHERE id = ? AND version = ? AND deleted_at IS NULL"_qs.arg(
        d.quote(form.table), sets.join(u", "_qs));
}

QString SqlStatements::trashRecord(const FormDef &form) const {
    return u"UPDATE %1 SET deleted_at = ?, updated_at = ?, version = version + 1 "
           "WHERE id = ? AND deleted_at IS NULL"_qs.arg(d.quote(form.table));
}

QString SqlStatements::purgeRecord(const FormDef &form) const {
    return u"DELETE FROM %1 WHERE id = ? AND deleted_at IS NOT NULL"_qs.arg(d.quote(form.table));
}

QString SqlStatements::emptyTrash(const FormDef &form) const {
    return u"DELETE FROM %1 WHERE deleted_at IS NOT NULL"_qs.arg(d.quote(form.table));
}

QString SqlStatements::restoreRecord(const FormDef &form) const {
    return u"UPDATE %1 SET deleted_at = NULL, updated_at = ?, version = version + 1 "
           "WHERE id = ? AND deleted_at IS NOT NULL"_qs.arg(d.quote(form.table));
}

QString SqlStatements::selectRecord(const FormDef &form) const {
    return u"SELECT %1 FROM %2 WHERE id = ?"_qs.arg(recordColumns(form), d.quote(form.table));
}

QString SqlStatements::selectByUuid(const FormDef &form) const {
    return u"SELECT %1 FROM %2 WHERE uuid = ?"_qs.arg(recordColumns(form), d.quote(form.table));
}

QString SqlStatements::selectVersion(const FormDef &form) const {
    return u"SELECT version, deleted_at FROM %1 WHERE id = ?"_qs.arg(d.quote(form.table));
}

QString SqlStatements::selectExists(const QString &table) const {
    return u"SELECT 1 FROM %1 WHERE id = ?"_qs.arg(d.quote(table));
}

QString SqlStatements::selectIdsByValue(const FormDef &form, const FieldDef &field,
                                        bool asText) const {
    // Two are enough to tell one from several; trashed records come last.
    const QString column = asText && field.type != FieldType::Text &&
                                   field.type != FieldType::LongText &&
                                   field.type != FieldType::Choice
                               ? u"CAST(%1 AS TEXT)"_qs.arg(d.quote(field.key))
                               : d.quote(field.key);
    return u"SELECT id, deleted_at FROM %1 WHERE %2 = ? ORDER BY deleted_at IS NOT NULL, id "
           "LIMIT 2"_qs.arg(d.quote(form.table), column);
}

QString SqlStatements::countRecords(const FormDef &form, const QString &where) const {
    return u"SELECT COUNT(*) FROM %1 WHERE %2"_qs.arg(d.quote(form.table), where);
}

QString SqlStatements::selectPage(const FormDef &form, const QString &where, const QString &order,
                                  int limit, bool offset) const {
    QString sql = u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5"_qs.arg(
        recordColumns(form), d.quote(form.table), where, order, QString::number(limit));
    if (offset)
        sql += u" OFFSET ?"_qs;
    return sql;
}

QList<QPair<QString, QString>> SqlStatements::dataStatements(const FormDef &form) const {
    QList<QPair<QString, QString>> out{
        {u"listTables"_qs, listTables()},
        {u"selectMeta"_qs, selectMeta()},
        {u"upsertMeta"_qs, upsertMeta()},
        {u"selectForms"_qs, selectForms()},
        {u"selectFields"_qs, selectFields()},
        {u"insertForm"_qs, insertForm()},
        {u"updateForm"_qs, updateForm()},
        {u"deleteForm"_qs, deleteForm()},
        {u"insertField"_qs, insertField()},
        {u"deleteFields"_qs, deleteFields()},
        {u"insertRecord"_qs, insertRecord(form)},
        {u"updateRecord"_qs, updateRecord(form)},
        {u"trashRecord"_qs, trashRecord(form)},
        {u"restoreRecord"_qs, restoreRecord(form)},
        {u"selectRecord"_qs, selectRecord(form)},
        {u"selectVersion"_qs, selectVersion(form)},
        {u"selectExists"_qs, selectExists(form.table)},
        {u"selectByUuid"_qs, selectByUuid(form)},
        {u"selectIdsByValue"_qs, form.fields.isEmpty()
                                     ? selectExists(form.table)
                                     : selectIdsByValue(form, form.fields.front())},
        {u"selectForRebuild"_qs, selectForRebuild(form)},
        {u"countAll"_qs, countAll(form)},
        {u"insertRebuilt"_qs, insertRebuilt(form, form.table)},
        {u"renameTable"_qs, renameTable(form.table, form.table + u"_x"_qs)},
        {u"dropTable"_qs, dropTable(form)},
    };
    for (const PageQuery &q : PageQuery::samples(form)) {
        const RecordQuery rq(d, *this, form, q);
        out.append({u"count "_qs + q.sortKey, rq.countSql()});
        out.append({u"page "_qs + q.sortKey, rq.pageSql()});
    }
    return out;
}

QList<QPair<QString, QString>> SqlStatements::schemaStatements(const FormDef &form) const {
    QList<QPair<QString, QString>> out{{u"createTable"_qs, createTable(form, {})}};
    return out;
}

} // namespace fb
