#pragma once

#include "RecordQuery.h"
#include "SqlRun.h"

namespace fb {

// Reads and writes the records of one book's form tables. Runs on a database thread; writes
// run inside the caller's transaction.
class RecordStore {
public:
    explicit RecordStore(SqlRun &sql)
        : m_sql(sql) {}

    // Validates, then inserts (id 0) or updates (based on record->version; a stale version is
    // refused as a conflict). On success `record` holds what was stored.
    // `tables` maps form ids to tables, to check that references point at records.
    // `recovering`: the record may already be stored by a group whose acknowledgement was
    // lost with the connection; an insert then finds it by uuid instead of adding it twice.
    DbError save(const FormDef &form, Record *record, const QMap<qint64, QString> &tables = {},
                 bool recovering = false);
    DbError trash(const FormDef &form, qint64 id);
    DbError restore(const FormDef &form, qint64 id);
    DbError purge(const FormDef &form, qint64 id); // only from the trash
    DbError emptyTrash(const FormDef &form, qint64 *removed);
    DbError fetch(const FormDef &form, qint64 id, Record *record);
    DbError count(const FormDef &form, const PageQuery &query, qint64 *count);
    DbError countAll(const FormDef &form, qint64 *count); // live and trashed
    DbError page(const FormDef &form, const PageQuery &query, RecordPage *page);

private:
    DbError checkReferences(const FormDef &form, const Record &record,
                            const QMap<qint64, QString> &tables);
    DbError insert(const FormDef &form, Record *record);
    bool findByUuid(const FormDef &form, Record *record);
    DbError update(const FormDef &form, Record *record);
    DbError explainMissedUpdate(const FormDef &form, const Record &record);
    Record readRow(const FormDef &form, const QSqlQuery &query) const;

    SqlRun &m_sql;
};

} // namespace fb
