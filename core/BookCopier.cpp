#include "BookCopier.h"

#include "Database.h"

#include <QCoroFuture>

#include <memory>

namespace fb {

using Kind = DbError::Kind;

namespace {
constexpr int PageSize = 200;

// Finishes when `db` is no longer opening (open, read-only or failed).
QFuture<void> settled(Database *db) {
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (db->state() != BookState::Opening) {
        promise->finish();
        return promise->future();
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(db, &Database::stateChanged, db, [promise, connection](BookState state) {
            if (state == BookState::Opening)
                return;
            QObject::disconnect(*connection);
            promise->finish();
        });
    return promise->future();
}

// Referenced forms first, so reference values can be mapped to the new ids.
QList<FormDef> referencedFirst(QList<FormDef> forms) {
    QList<FormDef> ordered;
    QSet<qint64> placed;
    while (!forms.isEmpty()) {
        const qsizetype before = forms.size();
        for (qsizetype i = 0; i < forms.size();) {
            bool ready = true;
            for (const FieldDef &f : forms[i].fields) {
                if (f.type == FieldType::Reference && f.referenceFormId != forms[i].id &&
                    !placed.contains(f.referenceFormId))
                    ready = false;
            }
            if (ready) {
                placed.insert(forms[i].id);
                ordered << forms.takeAt(i);
            } else {
                ++i;
            }
        }
        if (forms.size() == before) // a cycle (or a missing form): the rest in their order
            return ordered + forms;
    }
    return ordered;
}
} // namespace

BookCopier::BookCopier(Database *source, QObject *parent)
    : QObject(parent)
    , m_source(source) {}

QCoro::Task<Reply<BookCopier::Summary>> BookCopier::copyTo(BookSpec target) {
    QPointer<BookCopier> self = this;
    auto db = std::make_unique<Database>();
    db->open(target);
    co_await settled(db.get());
    Reply<Summary> reply;
    if (self)
        reply = co_await copyInto(db.get());
    co_await db->close(); // everything copied is committed before the copy counts as done
    co_return reply;
}

QCoro::Task<Reply<BookCopier::Summary>> BookCopier::copyInto(Database *target) {
    Reply<Summary> reply;
    if (target->state() == BookState::Error) {
        reply.error = target->lastError();
        co_return reply;
    }
    if (target->state() != BookState::Open) {
        reply.error = DbError(Kind::ReadOnly,
                              QT_TRANSLATE_NOOP("fb::DbError", "The book %1 cannot be changed."),
                              {target->spec().displayName()});
        co_return reply;
    }
    if (!target->forms().isEmpty()) {
        reply.error = DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError",
                              "The book %1 already has forms. A book is copied only into an empty "
                              "book, so that nothing there is mixed or overwritten."),
            {target->spec().displayName()});
        co_return reply;
    }
    QPointer<BookCopier> self = this;
    const QList<FormDef> forms = m_source ? referencedFirst(m_source->forms()) : QList<FormDef>{};
    for (const FormDef &form : forms) {
        for (const bool trash : {false, true}) {
            PageQuery all;
            all.trash = trash;
            const Reply<qint64> count = co_await m_source->countRecords(form, all);
            if (!self || !m_source)
                co_return reply;
            m_total += int(count.value);
        }
    }
    Q_EMIT progress(0, m_total);
    for (const FormDef &form : forms) {
        const DbError error = co_await copyForm(target, form);
        if (!self)
            co_return reply;
        if (error.isError()) {
            reply.error = error;
            co_return reply;
        }
    }
    if (const DbError error = co_await fillLaterReferences(target); error.isError() || !self) {
        reply.error = error;
        co_return reply;
    }
    reply.value = m_summary;
    co_return reply;
}

QCoro::Task<DbError> BookCopier::copyForm(Database *target, const FormDef &form) {
    QPointer<BookCopier> self = this;
    FormDef copy = form;
    copy.id = 0;
    // A reference to the form itself can only be added once the form has its new id.
    const auto isSelfReference = [&](const FieldDef &f) {
        return f.type == FieldType::Reference && f.referenceFormId == form.id;
    };
    copy.fields.removeIf(isSelfReference);
    for (FieldDef &f : copy.fields) {
        if (f.type == FieldType::Reference)
            f.referenceFormId = m_formIds.value(f.referenceFormId);
    }
    const Reply<FormDef> created = co_await target->createForm(copy);
    if (!self || !created.ok())
        co_return created.error;
    m_formIds.insert(form.id, created.value.id);
    FormDef to = created.value;
    if (copy.fields.size() != form.fields.size()) {
        QList<FieldDef> fields;
        for (const FieldDef &f : form.fields) {
            const FieldDef *made = to.field(f.key);
            fields << (made ? *made : f);
            if (isSelfReference(f))
                fields.last().referenceFormId = to.id;
        }
        to.fields = fields;
        const Reply<FormDef> updated = co_await target->updateForm(to);
        if (!self || !updated.ok())
            co_return updated.error;
        to = updated.value;
    }
    ++m_summary.forms;
    for (const bool trash : {false, true}) {
        const DbError error = co_await copyRecords(target, form, to, trash);
        if (!self || error.isError())
            co_return error;
    }
    co_return DbError{};
}

QCoro::Task<DbError> BookCopier::copyRecords(Database *target, const FormDef &from,
                                             const FormDef &to, bool trash) {
    QPointer<BookCopier> self = this;
    PageQuery query;
    query.trash = trash;
    query.limit = PageSize;
    while (true) {
        if (!m_source)
            co_return DbError(Kind::Connection,
                              QT_TRANSLATE_NOOP("fb::DbError", "The book being copied closed."));
        const Reply<RecordPage> page = co_await m_source->fetchPage(from, query);
        if (!self || !page.ok())
            co_return page.error;
        // A page's saves are sent together and committed as a group by the target.
        QList<QFuture<Reply<SavedRecord>>> saves;
        QList<QStringList> later;
        for (const Record &r : page.value.records) {
            later.append(QStringList());
            saves << target->saveRecord(to.id, mapped(from, r, &later.last()));
        }
        for (qsizetype i = 0; i < saves.size(); ++i) {
            const Reply<SavedRecord> saved = co_await saves[i];
            if (!self)
                co_return DbError{};
            if (!saved.ok())
                co_return saved.error;
            m_recordIds[from.id].insert(page.value.records[i].id, saved.value.record.id);
            if (!later[i].isEmpty())
                m_later.append({from.id, to.id, page.value.records[i].id, saved.value.record.id,
                                trash, later[i]});
            if (trash) {
                const Reply<SavedRecord> trashed =
                    co_await target->trashRecord(to.id, saved.value.record.id);
                if (!self || !trashed.ok())
                    co_return trashed.error;
            }
            ++m_summary.records;
            ++m_done;
        }
        Q_EMIT progress(m_done, m_total);
        if (page.value.records.isEmpty() || page.value.atEnd)
            co_return DbError{};
        if (m_canceled)
            co_return DbError(Kind::Validation,
                              QT_TRANSLATE_NOOP("fb::DbError",
                                                "The copy was stopped; the target book has only "
                                                "part of the records."));
        query.from = PageQuery::From::After;
        query.anchorValue = {};
        query.anchorId = page.value.records.last().id;
    }
}

Record BookCopier::mapped(const FormDef &form, Record record, QStringList *later) const {
    record.id = 0;
    record.version = 0;
    for (const FieldDef &f : form.fields) {
        if (f.type != FieldType::Reference || !record.values.contains(f.key))
            continue;
        const QVariant value = record.values.value(f.key);
        if (value.isNull())
            continue;
        const qint64 id = m_recordIds.value(f.referenceFormId).value(value.toLongLong());
        record.values.insert(f.key, id ? QVariant(id) : QVariant());
        if (!id)
            later->append(f.key);
    }
    return record;
}

QCoro::Task<DbError> BookCopier::fillLaterReferences(Database *target) {
    QPointer<BookCopier> self = this;
    for (const LaterReference &ref : std::as_const(m_later)) {
        const std::optional<FormDef> sourceForm =
            m_source ? m_source->form(ref.sourceForm) : std::nullopt;
        const std::optional<FormDef> targetForm = target->form(ref.targetForm);
        if (!sourceForm || !targetForm)
            co_return DbError{};
        // A trashed record is brought back for the save, then trashed again.
        if (ref.trashed) {
            const Reply<SavedRecord> restored =
                co_await target->restoreRecord(ref.targetForm, ref.targetRecord);
            if (!self || !restored.ok())
                co_return restored.error;
        }
        if (!m_source)
            co_return DbError(Kind::Connection,
                              QT_TRANSLATE_NOOP("fb::DbError", "The book being copied closed."));
        const Reply<Record> source = co_await m_source->fetchRecord(*sourceForm, ref.sourceRecord);
        const Reply<Record> stored = co_await target->fetchRecord(*targetForm, ref.targetRecord);
        if (!self || !source.ok() || !stored.ok())
            co_return source.ok() ? stored.error : source.error;
        Record record = stored.value;
        for (const QString &key : ref.keys) {
            const FieldDef *field = sourceForm->field(key);
            const qint64 id = m_recordIds.value(field->referenceFormId)
                                  .value(source.value.values.value(key).toLongLong());
            record.values.insert(key, id ? QVariant(id) : QVariant());
        }
        const Reply<SavedRecord> saved = co_await target->saveRecord(ref.targetForm, record);
        if (!self || !saved.ok())
            co_return saved.error;
        if (ref.trashed) {
            const Reply<SavedRecord> trashed =
                co_await target->trashRecord(ref.targetForm, ref.targetRecord);
            if (!self || !trashed.ok())
                co_return trashed.error;
        }
    }
    co_return DbError{};
}

} // namespace fb
