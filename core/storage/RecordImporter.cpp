#include "RecordImporter.h"

#include "PostgresCopy.h"
#include "RecordStore.h"
#include "SqlStatements.h"
#include "Validator.h"

namespace fb {

namespace {
using Kind = DbError::Kind;
DbError trashedDuplicate() {
    return DbError(Kind::Constraint,
                   QT_TRANSLATE_NOOP("fb::DbError", "A record in the trash has this value; restore "
                                                    "it or empty the trash first."));
}
} // namespace

RecordImporter::RecordImporter(SqlRun &sql, const QList<FormDef> &forms)
    : m_sql(sql)
    , m_forms(forms) {
    for (const FormDef &f : forms)
        m_tables.insert(f.id, f.table);
}

RecordImporter::~RecordImporter() = default;

bool RecordImporter::failsTheImport(const DbError &error) {
    // The book, not the row: nothing more can be written.
    switch (error.kind()) {
    case Kind::Busy:
    case Kind::Connection:
    case Kind::Storage:
    case Kind::ReadOnly:
    case Kind::Damaged:
    case Kind::TimedOut:
    case Kind::Internal:
        return true;
    default:
        return false;
    }
}

QString RecordImporter::addProblems(ImportReport *report, RecordFeed &feed,
                                    const RecordFeed::Item &item, QList<ImportProblem> problems) {
    QStringList reasons;
    for (ImportProblem &problem : problems) {
        // Found by field key; shown by the column's name.
        if (!problem.column.isEmpty())
            problem.column = feed.columnOf(problem.column);
        problem.row = item.row;
        problem.line = item.line;
        reasons << (problem.column.isEmpty()
                        ? problem.reason.message()
                        : problem.column + u": "_qs + problem.reason.message());
        if (report->problems.size() < ImportReport::problemsKept)
            report->problems.append(std::move(problem));
    }
    return reasons.join(u" "_qs);
}

DbError RecordImporter::lookUp(const FieldDef &field, const QString &text, QVariant *id) {
    QHash<QString, qint64> &known = m_references[field.key];
    if (const auto it = known.constFind(text); it != known.cend()) {
        *id = *it;
        return {};
    }
    const FormDef *target = nullptr;
    for (const FormDef &f : std::as_const(m_forms))
        if (f.id == field.referenceFormId)
            target = &f;
    const FieldDef *naming = target ? target->namingField() : nullptr;
    if (!naming)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError", "The form it refers to has no records."));
    QSqlQuery *q = nullptr;
    const QString sql = SqlStatements(m_sql.dialect()).selectIdsByValue(*target, *naming, true);
    if (DbError e = m_sql.execPrepared(sql, {text}, &q); e.isError())
        return e;
    QList<qint64> live;
    bool trashed = false;
    while (q->next()) {
        if (q->value(1).isNull())
            live << q->value(0).toLongLong();
        else
            trashed = true;
    }
    q->finish();
    if (live.size() > 1)
        return DbError(Kind::Validation,
                       QT_TRANSLATE_NOOP("fb::DbError",
                                         "Several records are called so; the row cannot say "
                                         "which one it means."));
    if (live.isEmpty())
        return trashed ? DbError(Kind::Validation,
                                 QT_TRANSLATE_NOOP("fb::DbError",
                                                   "The record called so is in the trash."))
                       : DbError(Kind::Validation,
                                 QT_TRANSLATE_NOOP("fb::DbError", "No record is called so."));
    known.insert(text, live.front());
    *id = live.front();
    return {};
}

DbError RecordImporter::findDuplicate(const FormDef &form, const QVariantMap &values, qint64 *id,
                                      bool *trashed, QString *key) {
    *id = 0;
    for (const FieldDef &f : form.fields) {
        const QVariant value = values.value(f.key);
        if (!f.unique || value.isNull())
            continue;
        QSqlQuery *q = nullptr;
        const QString sql = SqlStatements(m_sql.dialect()).selectIdsByValue(form, f);
        if (DbError e = m_sql.execPrepared(sql, {m_sql.dialect().toStorage(f, value)}, &q);
            e.isError())
            return e;
        if (q->next()) {
            *id = q->value(0).toLongLong();
            *trashed = !q->value(1).isNull();
            *key = f.key;
        }
        q->finish();
        if (*id)
            return {};
    }
    return {};
}

RecordImporter::Outcome RecordImporter::writeRow(const FormDef &form, RecordFeed::Item &item,
                                                 const ImportOptions &options, ImportReport *report,
                                                 QList<ImportProblem> *rowProblems,
                                                 DbError *failure) {
    RecordStore store(m_sql);
    // A write the book refuses is the row's problem; one it cannot make fails the import.
    const auto refused = [&](const DbError &e) {
        if (failsTheImport(e)) {
            *failure = e;
            return Outcome::Failed;
        }
        rowProblems->append(ImportProblem{0, 0, e.field(), item.texts.value(e.field()), e});
        return Outcome::Refused;
    };
    QList<ImportProblem> problems = item.problems;
    for (const FieldDef &f : form.fields) {
        if (f.type != FieldType::Reference || !item.values.contains(f.key))
            continue;
        const QString text = item.values.value(f.key).toString();
        if (text.isEmpty()) {
            item.values.remove(f.key);
            continue;
        }
        QVariant id;
        if (DbError e = lookUp(f, text, &id); e.isError()) {
            if (failsTheImport(e)) {
                *failure = e;
                return Outcome::Failed;
            }
            problems.append(ImportProblem{0, 0, f.key, text, e});
            continue;
        }
        item.values.insert(f.key, id);
    }
    if (!problems.isEmpty()) {
        *rowProblems = std::move(problems);
        return Outcome::Refused;
    }
    if (options.duplicates != ImportOptions::Duplicates::Stop) {
        qint64 existing = 0;
        bool trashed = false;
        QString key;
        if (DbError e = findDuplicate(form, item.values, &existing, &trashed, &key); e.isError()) {
            *failure = e;
            return Outcome::Failed;
        }
        if (existing && trashed) {
            rowProblems->append(
                ImportProblem{0, 0, key, item.texts.value(key), trashedDuplicate()});
            return Outcome::Refused;
        }
        if (existing && options.duplicates == ImportOptions::Duplicates::Skip) {
            ++report->skipped;
            return Outcome::Skipped;
        }
        if (existing) {
            Record record;
            if (DbError e = store.fetch(form, existing, &record); e.isError()) {
                *failure = e;
                return Outcome::Failed;
            }
            const Record before = record;
            // Every column the file fills: an empty cell empties the field.
            for (auto it = item.texts.cbegin(); it != item.texts.cend(); ++it)
                record.values.insert(it.key(), item.values.value(it.key()));
            if (const DbError e = store.save(form, &record, m_tables); e.isError())
                return refused(e);
            ++report->updated;
            report->before.append(before);
            report->after.append(record);
            return Outcome::Written;
        }
    }
    if (m_copy) {
        // Checked here as a save would; the server gets them a batch at a time.
        QVariantMap values = item.values;
        if (const DbError e = Validator::validateRecord(form, &values); e.isError())
            return refused(e);
        m_copy->add(values);
        m_copied.append({item.row, item.line});
        return Outcome::Written;
    }
    Record record;
    record.values = item.values;
    if (const DbError e = store.save(form, &record, m_tables); e.isError())
        return refused(e);
    ++report->inserted;
    report->insertedIds.append(record.id);
    return Outcome::Written;
}

DbError RecordImporter::run(const FormDef &form, RecordFeed &feed, const ImportOptions &options,
                            ImportProgress &progress, ImportReport *report) {
    *report = ImportReport();
    m_references.clear();
    if (DbError e = feed.rewind(); e.isError()) {
        report->stopped = e;
        return {};
    }
    // On PostgreSQL a refused statement aborts the transaction. A dry run and an import of the
    // good rows go on past it, so each row gets a savepoint there (two more round trips); an
    // import that must go in whole stops at it instead, having found what stops it, and its
    // new records stream through COPY.
    const bool mayAbort = m_sql.dialect().needsSavepointPerWrite();
    const bool savepoints =
        mayAbort && (options.dryRun || options.keep == ImportOptions::Keep::GoodRows);
    m_copied.clear();
    m_copy.reset();
    if (mayAbort && !savepoints && options.duplicates == ImportOptions::Duplicates::Stop)
        m_copy = std::make_unique<PostgresCopy>(m_sql, form);
    // The rows waiting in the COPY batch go in; a row the server refuses ends the import.
    const auto flush = [&]() -> std::optional<DbError> {
        if (!m_copy || m_copy->pending() == 0)
            return std::nullopt;
        const qsizetype before = report->insertedIds.size();
        qsizetype refusedRow = -1;
        const DbError e = m_copy->flush(&report->insertedIds, &refusedRow);
        report->inserted += report->insertedIds.size() - before;
        const QList<std::pair<qint64, qint64>> batch = std::exchange(m_copied, {});
        if (!e.isError())
            return std::nullopt;
        if (failsTheImport(e) || refusedRow < 0 || refusedRow >= batch.size())
            return e;
        ++report->problemRows;
        RecordFeed::Item where;
        std::tie(where.row, where.line) = batch.at(refusedRow);
        addProblems(report, feed, where, {ImportProblem{0, 0, {}, {}, e}});
        return DbError(); // the report says it; nothing goes in
    };
    while (std::optional<RecordFeed::Item> item = feed.next()) {
        if (progress.cancel.load(std::memory_order_relaxed)) {
            report->canceled = true;
            report->stopped = DbError(
                Kind::Validation,
                QT_TRANSLATE_NOOP("fb::DbError", "The import was stopped; nothing was imported."));
            return {};
        }
        ++report->rows;
        if (savepoints)
            m_sql.exec(u"SAVEPOINT fb_row"_qs);
        DbError failure;
        QList<ImportProblem> problems;
        const Outcome outcome = writeRow(form, *item, options, report, &problems, &failure);
        if (savepoints)
            m_sql.exec(outcome == Outcome::Refused ? u"ROLLBACK TO SAVEPOINT fb_row"_qs
                                                   : u"RELEASE SAVEPOINT fb_row"_qs);
        if (outcome == Outcome::Failed)
            return failure;
        if (outcome == Outcome::Refused) {
            // A value of a unique field that only a record in the trash has is said so: the
            // list shows no such record (after an undone import, say). Asked after the row's
            // savepoint, where PostgreSQL answers again.
            for (ImportProblem &p : problems) {
                const FieldDef *f = form.field(p.column);
                qint64 existing = 0;
                bool trashed = false;
                QString key;
                if (p.reason.kind() == Kind::Constraint && f && f->unique &&
                    !findDuplicate(form, item->values, &existing, &trashed, &key).isError() &&
                    trashed && key == f->key)
                    p.reason = trashedDuplicate();
            }
            ++report->problemRows;
            feed.reject(*item, addProblems(report, feed, *item, std::move(problems)));
            if (mayAbort && !savepoints && m_sql.exec(u"SELECT 1"_qs).isError())
                return {}; // the transaction is gone with the statement; nothing goes in
        }
        progress.rows.store(report->rows, std::memory_order_relaxed);
        if (m_copy && m_copy->pending() >= PostgresCopy::batchSize) {
            if (const std::optional<DbError> stop = flush())
                return *stop;
        }
    }
    if (!report->stopped.isError() && !feed.problem().isError() && report->problemRows == 0) {
        if (const std::optional<DbError> stop = flush())
            return *stop;
    }
    if (DbError e = feed.problem(); e.isError()) {
        report->stopped = e;
        return {};
    }
    if (DbError e = feed.finish(); e.isError())
        report->stopped = e;
    return {};
}

DbError RecordImporter::step(const FormDef &form, const QList<qint64> &trash,
                             const QList<qint64> &restore, const QList<Record> &values,
                             QList<Record> *saved) {
    RecordStore store(m_sql);
    for (const qint64 id : trash) {
        if (DbError e = store.trash(form, id); e.isError())
            return e;
    }
    for (const qint64 id : restore) {
        if (DbError e = store.restore(form, id); e.isError())
            return e;
    }
    for (Record record : values) {
        if (DbError e = store.save(form, &record, m_tables); e.isError())
            return e;
        saved->append(record);
    }
    return {};
}

} // namespace fb
