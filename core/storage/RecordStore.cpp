#include "RecordStore.h"

#include "SqlStatements.h"
#include "Validator.h"

#include <QUuid>

namespace fb {

namespace {
using Kind = DbError::Kind;

DbError notFound(qint64 id) {
    return DbError(Kind::Conflict,
                   QT_TRANSLATE_NOOP("fb::DbError",
                                     "This record no longer exists: someone deleted it meanwhile."),
                   {}, u"record id %1"_qs.arg(id));
}
} // namespace

DbError RecordStore::save(const FormDef &form, Record *record, const QMap<qint64, QString> &tables,
                          bool recovering) {
    if (recovering && record->id == 0 && !record->uuid.isEmpty() && findByUuid(form, record))
        return {};
    if (DbError e = Validator::validateRecord(form, &record->values); e.isError())
        return e;
    if (DbError e = checkReferences(form, *record, tables); e.isError())
        return e;
    return record->id == 0 ? insert(form, record) : update(form, record);
}

DbError RecordStore::checkReferences(const FormDef &form, const Record &record,
                                     const QMap<qint64, QString> &tables) {
    // The foreign key would refuse it too, but without naming the field.
    for (const FieldDef &f : form.fields) {
        const QVariant value = record.values.value(f.key);
        if (f.type != FieldType::Reference || value.isNull() || !tables.contains(f.referenceFormId))
            continue;
        QSqlQuery *q = nullptr;
        const QString sql =
            SqlStatements(m_sql.dialect()).selectExists(tables.value(f.referenceFormId));
        if (DbError e = m_sql.execPrepared(sql, {value}, &q); e.isError())
            return e;
        const bool exists = q->next();
        q->finish();
        if (!exists)
            return DbError(
                Kind::Constraint,
                QT_TRANSLATE_NOOP("fb::DbError",
                                  "%1 refers to a record that does not exist (any more)."),
                {f.label}, u"record id %1"_qs.arg(value.toString()), f.key);
    }
    return {};
}

DbError RecordStore::insert(const FormDef &form, Record *record) {
    const SqlDialect &d = m_sql.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (record->uuid.isEmpty())
        record->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariant stamp = d.timestamp(now);
    QVariantList binds{record->uuid, stamp, stamp};
    for (const FieldDef &f : form.fields)
        binds << d.toStorage(f, record->values.value(f.key));
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(d).insertRecord(form), binds, &q, &form);
        e.isError())
        return e;
    if (d.isSqlite()) {
        record->id = q->lastInsertId().toLongLong();
    } else {
        record->id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
    }
    record->version = 1;
    record->createdAt = record->updatedAt = now;
    return {};
}

bool RecordStore::findByUuid(const FormDef &form, Record *record) {
    QSqlQuery *q = nullptr;
    if (m_sql.execPrepared(SqlStatements(m_sql.dialect()).selectByUuid(form), {record->uuid}, &q)
            .isError())
        return false;
    const bool found = q->next();
    if (found)
        *record = readRow(form, *q);
    q->finish();
    return found;
}

DbError RecordStore::update(const FormDef &form, Record *record) {
    const SqlDialect &d = m_sql.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantList binds{d.timestamp(now)};
    for (const FieldDef &f : form.fields)
        binds << d.toStorage(f, record->values.value(f.key));
    binds << record->id << record->version;
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(d).updateRecord(form), binds, &q, &form);
        e.isError())
        return e;
    if (q->numRowsAffected() != 1)
        return explainMissedUpdate(form, *record);
    record->version += 1;
    record->updatedAt = now;
    return {};
}

DbError RecordStore::explainMissedUpdate(const FormDef &form, const Record &record) {
    QSqlQuery *q = nullptr;
    if (DbError e =
            m_sql.execPrepared(SqlStatements(m_sql.dialect()).selectVersion(form), {record.id}, &q);
        e.isError())
        return e;
    const bool exists = q->next();
    const qint64 version = exists ? q->value(0).toLongLong() : 0;
    const bool trashed = exists && !q->value(1).isNull();
    q->finish();
    if (!exists || trashed)
        return notFound(record.id);
    return DbError(Kind::Conflict,
                   QT_TRANSLATE_NOOP(
                       "fb::DbError",
                       "Someone else changed this record (now version %1; yours was based on %2)."),
                   {QString::number(version), QString::number(record.version)});
}

DbError RecordStore::trash(const FormDef &form, qint64 id) {
    const SqlDialect &d = m_sql.dialect();
    const QVariant now = d.timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery *q = nullptr;
    if (DbError e =
            m_sql.execPrepared(SqlStatements(d).trashRecord(form), {now, now, id}, &q, &form);
        e.isError())
        return e;
    return q->numRowsAffected() == 1 ? DbError() : notFound(id);
}

DbError RecordStore::restore(const FormDef &form, qint64 id) {
    const SqlDialect &d = m_sql.dialect();
    const QVariant now = d.timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(d).restoreRecord(form), {now, id}, &q, &form);
        e.isError())
        return e;
    return q->numRowsAffected() == 1 ? DbError() : notFound(id);
}

DbError RecordStore::purge(const FormDef &form, qint64 id) {
    QSqlQuery *q = nullptr;
    if (DbError e =
            m_sql.execPrepared(SqlStatements(m_sql.dialect()).purgeRecord(form), {id}, &q, &form);
        e.isError())
        return e;
    return q->numRowsAffected() == 1 ? DbError() : notFound(id);
}

DbError RecordStore::emptyTrash(const FormDef &form, qint64 *removed) {
    QSqlQuery *q = nullptr;
    if (DbError e =
            m_sql.execPrepared(SqlStatements(m_sql.dialect()).emptyTrash(form), {}, &q, &form);
        e.isError())
        return e;
    *removed = q->numRowsAffected();
    return {};
}

Record RecordStore::readRow(const FormDef &form, const QSqlQuery &q) const {
    const SqlDialect &d = m_sql.dialect();
    Record r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.version = q.value(2).toLongLong();
    r.createdAt = d.timestampFromStorage(q.value(3));
    r.updatedAt = d.timestampFromStorage(q.value(4));
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const FieldDef &f = form.fields.at(i);
        const QVariant v = d.fromStorage(f, q.value(int(5 + i)));
        if (!v.isNull())
            r.values.insert(f.key, v);
    }
    r.deletedAt = d.timestampFromStorage(q.value(int(5 + form.fields.size())));
    return r;
}

DbError RecordStore::fetch(const FormDef &form, qint64 id, Record *record) {
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(m_sql.dialect()).selectRecord(form), {id}, &q);
        e.isError())
        return e;
    const bool found = q->next();
    if (found)
        *record = readRow(form, *q);
    const DbError ended = found ? DbError() : m_sql.rowsEnded(*q);
    q->finish();
    if (ended.isError())
        return ended;
    return found ? DbError() : notFound(id);
}

DbError RecordStore::count(const FormDef &form, const PageQuery &query, qint64 *count) {
    const SqlStatements st(m_sql.dialect());
    const RecordQuery rq(m_sql.dialect(), st, form, query);
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(rq.countSql(), rq.countBinds(), &q); e.isError())
        return e;
    const bool counted = q->next();
    *count = counted ? q->value(0).toLongLong() : 0;
    const DbError ended = counted ? DbError() : m_sql.rowsEnded(*q);
    q->finish();
    return ended;
}

DbError RecordStore::countAll(const FormDef &form, qint64 *count) {
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(SqlStatements(m_sql.dialect()).countAll(form), {}, &q);
        e.isError())
        return e;
    const bool counted = q->next();
    *count = counted ? q->value(0).toLongLong() : 0;
    const DbError ended = counted ? DbError() : m_sql.rowsEnded(*q);
    q->finish();
    return ended;
}

DbError RecordStore::page(const FormDef &form, const PageQuery &query, RecordPage *page) {
    const SqlStatements st(m_sql.dialect());
    const RecordQuery rq(m_sql.dialect(), st, form, query);
    QSqlQuery *q = nullptr;
    if (DbError e = m_sql.execPrepared(rq.pageSql(), rq.pageBinds(), &q); e.isError())
        return e;
    page->records.clear();
    while (q->next())
        page->records.append(readRow(form, *q));
    // A page cut short by damage is an error, never a shorter page.
    if (DbError e = m_sql.rowsEnded(*q); e.isError()) {
        q->finish();
        page->records.clear();
        return e;
    }
    q->finish();
    // One row more than asked tells whether the walk goes on.
    const bool more = page->records.size() > query.limit;
    if (more)
        page->records.removeLast();
    const bool anchored =
        query.from == PageQuery::From::After || query.from == PageQuery::From::Before;
    if (rq.reversed()) {
        std::reverse(page->records.begin(), page->records.end());
        page->atStart = !more;
        page->atEnd = query.from == PageQuery::From::End || !anchored;
    } else {
        page->atEnd = !more;
        page->atStart = query.from == PageQuery::From::Start ||
                        (query.from == PageQuery::From::Offset && query.offset <= 0);
    }
    return {};
}

} // namespace fb
