#include "BookCopier.h"

#include "Database.h"

#include <QCoroFuture>
#include <QFile>
#include <QFileInfo>

#include <limits>
#include <memory>

namespace fb {

using Kind = DbError::Kind;

namespace {
constexpr int PageSize = 200;
// Ids tried one by one after an unreadable page of one record, before stepping over.
constexpr int SingleTries = 8;

// What a salvage reads around: the page is damaged (or the disk would not give it).
bool readsAround(const DbError &error) {
    return error.kind() == Kind::Damaged || error.kind() == Kind::Storage;
}

// What a salvage skips when the new book refuses a record: its values did not survive.
bool refusedRecord(const DbError &error) {
    return error.kind() == Kind::Validation || error.kind() == Kind::Constraint ||
           error.kind() == Kind::Conflict;
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
    co_await db->settled();
    Reply<Summary> reply;
    if (self)
        reply = co_await copyInto(db.get());
    co_await db->close(); // everything copied is committed before the copy counts as done
    co_return reply;
}

QCoro::Task<Reply<BookCopier::Summary>> BookCopier::salvageTo(QString path) {
    Reply<Summary> reply;
    if (QFileInfo::exists(path)) {
        reply.error = DbError(Kind::Validation,
                              QT_TRANSLATE_NOOP("fb::DbError",
                                                "%1 already exists. What is saved from a damaged "
                                                "book goes into a new file, never over another."),
                              {path});
        co_return reply;
    }
    m_salvage = true;
    reply = co_await copyTo(BookSpec::sqlite(path));
    if (!reply.ok()) // copyTo has closed it: nothing holds the file any more
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
            QFile::remove(path + suffix);
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
        if (m_salvage) {
            // Counting by live and trashed reads the table's pages, which may be damaged.
            const Reply<qint64> count = co_await m_source->countAll(form);
            if (!self || !m_source)
                co_return reply;
            if (count.ok()) {
                m_counts.insert(form.id, count.value);
                m_total += int(count.value);
            }
            continue;
        }
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
    const int savedBefore = m_summary.records;
    const int doneBefore = m_done;
    if (m_salvage)
        m_summary.perForm.append({form.name, 0, 0, m_counts.contains(form.id)});
    // A salvage reads live and trashed records in one walk by id: a walk that skipped the
    // other kind would read past them into the next damage.
    for (const bool trash : m_salvage ? QList<bool>{false} : QList<bool>{false, true}) {
        const DbError error = co_await copyRecords(target, form, to, trash);
        if (!self || error.isError())
            co_return error;
    }
    if (m_salvage) {
        FormSummary &summary = m_summary.perForm.last();
        summary.saved = m_summary.records - savedBefore;
        if (summary.countKnown) {
            summary.unreadable = std::max(0, int(m_counts.value(form.id)) - summary.saved);
            m_done = doneBefore + int(m_counts.value(form.id));
            Q_EMIT progress(m_done, m_total);
        }
        m_summary.unreadable += summary.unreadable;
    }
    co_return DbError{};
}

QCoro::Task<DbError> BookCopier::copyRecords(Database *target, const FormDef &from,
                                             const FormDef &to, bool trash) {
    QPointer<BookCopier> self = this;
    qint64 after = 0;
    while (true) {
        const Reply<Batch> batch = co_await readPast(from, trash, after);
        if (!self || !batch.ok())
            co_return batch.error;
        // A batch's saves are sent together and committed as a group by the target.
        QList<QFuture<Reply<SavedRecord>>> saves;
        QList<QStringList> later;
        for (const Record &r : batch.value.records) {
            later.append(QStringList());
            saves << target->saveRecord(to.id, mapped(from, r, &later.last()));
        }
        for (qsizetype i = 0; i < saves.size(); ++i) {
            const Reply<SavedRecord> saved = co_await saves[i];
            if (!self)
                co_return DbError{};
            ++m_done;
            if (m_salvage && !saved.ok() && refusedRecord(saved.error)) {
                // Damage that still reads as a record; counted with the unreadable ones.
                if (!m_summary.perForm.last().countKnown)
                    ++m_summary.perForm.last().unreadable;
                continue;
            }
            if (!saved.ok())
                co_return saved.error;
            const Record &source = batch.value.records[i];
            const bool inTrash = m_salvage ? source.deletedAt.isValid() : trash;
            m_recordIds[from.id].insert(source.id, saved.value.record.id);
            if (!later[i].isEmpty())
                m_later.append(
                    {from.id, to.id, source.id, saved.value.record.id, inTrash, later[i]});
            if (inTrash) {
                const Reply<SavedRecord> trashed =
                    co_await target->trashRecord(to.id, saved.value.record.id);
                if (!self || !trashed.ok())
                    co_return trashed.error;
            }
            ++m_summary.records;
        }
        Q_EMIT progress(m_done, m_total);
        if (batch.value.atEnd)
            co_return DbError{};
        if (m_canceled)
            co_return stopped();
        after = batch.value.next;
    }
}

QStringList BookCopier::describe(const Summary &summary) {
    QStringList lines;
    for (const FormSummary &form : summary.perForm) {
        QString line = tr("%1: %n record(s) saved", "form name", form.saved).arg(form.name);
        if (form.unreadable > 0)
            line += u"; "_qs +
                    (form.countKnown
                         ? tr("%n record(s) could not be read", "", form.unreadable)
                         : tr("at least %n record(s) could not be read", "", form.unreadable));
        lines << line;
    }
    return lines;
}

DbError BookCopier::stopped() const {
    if (m_salvage)
        return DbError(
            Kind::Validation,
            QT_TRANSLATE_NOOP("fb::DbError", "The salvage was stopped; the new book was removed."));
    return DbError(Kind::Validation,
                   QT_TRANSLATE_NOOP("fb::DbError", "The copy was stopped; the target book has "
                                                    "only part of the records."));
}

QCoro::Task<Reply<RecordPage>> BookCopier::pageAfter(const FormDef &form, bool trash, qint64 after,
                                                     int limit) {
    PageQuery query;
    query.trash = trash;
    query.everyState = m_salvage;
    query.limit = limit;
    query.from = PageQuery::From::After;
    query.anchorId = after;
    if (!m_source)
        co_return Reply<RecordPage>{
            DbError(Kind::Connection,
                    QT_TRANSLATE_NOOP("fb::DbError", "The book being copied closed.")),
            {}};
    co_return co_await m_source->fetchPage(form, query);
}

QCoro::Task<Reply<BookCopier::Batch>> BookCopier::readPast(const FormDef &form, bool trash,
                                                           qint64 after) {
    QPointer<BookCopier> self = this;
    Reply<Batch> reply;
    // A page, halved while it meets damage (a copy takes no damage: its error is the copy's).
    while (true) {
        const Reply<RecordPage> page = co_await pageAfter(form, trash, after, m_readLimit);
        if (!self)
            co_return reply;
        if (page.ok()) {
            reply.value.records = page.value.records;
            reply.value.atEnd = page.value.atEnd || page.value.records.isEmpty();
            reply.value.next = reply.value.atEnd ? after : page.value.records.last().id;
            m_readLimit = std::min(PageSize, m_readLimit * 2);
            co_return reply;
        }
        if (!m_salvage || !readsAround(page.error)) {
            reply.error = page.error;
            co_return reply;
        }
        if (m_readLimit == 1)
            break;
        m_readLimit /= 2;
    }
    // Even one record fails (a page reads one more than asked, to know whether there are
    // more): the next records one by one, by id, until one of them is damaged.
    qint64 id = after;
    for (int i = 0; i < SingleTries && id < std::numeric_limits<qint64>::max(); ++i) {
        ++id;
        if (!m_source)
            break;
        const Reply<Record> record = co_await m_source->fetchRecord(form, id);
        if (!self)
            co_return reply;
        if (record.ok()) {
            if (m_salvage || record.value.deletedAt.isValid() == trash)
                reply.value.records << record.value;
            reply.value.next = id;
            co_return reply;
        }
        if (readsAround(record.error))
            break;
        if (record.error.kind() != Kind::Conflict) { // Conflict: no record with this id
            reply.error = record.error;
            co_return reply;
        }
    }
    // `id` is damaged (or missing): step over to where reading works again.
    const Reply<qint64> resume = co_await stepOver(form, trash, id);
    if (!self)
        co_return reply;
    if (!resume.ok()) {
        reply.error = resume.error;
        co_return reply;
    }
    if (!m_summary.perForm.last().countKnown)
        ++m_summary.perForm.last().unreadable; // at least the record that failed
    if (resume.value == 0) {
        reply.value.atEnd = true;
        co_return reply;
    }
    // The page after `resume` reads; the record with id `resume` itself may too.
    reply.value.next = resume.value;
    if (!m_source)
        co_return reply;
    const Reply<Record> first = co_await m_source->fetchRecord(form, resume.value);
    if (self && first.ok() && (m_salvage || first.value.deletedAt.isValid() == trash))
        reply.value.records << first.value;
    co_return reply;
}

QCoro::Task<Reply<qint64>> BookCopier::stepOver(const FormDef &form, bool trash, qint64 bad) {
    QPointer<BookCopier> self = this;
    Reply<qint64> reply;
    // Doubling steps from `bad` until a page reads (or the ids run out)...
    qint64 good = 0;
    for (qint64 step = 1; !m_canceled; step *= 2) {
        if (bad > std::numeric_limits<qint64>::max() - step)
            co_return reply; // 0: nothing readable after the damage
        const qint64 x = bad + step;
        const Reply<RecordPage> page = co_await pageAfter(form, trash, x, 1);
        if (!self)
            co_return reply;
        if (page.ok()) {
            good = x;
            break;
        }
        if (!readsAround(page.error)) {
            reply.error = page.error;
            co_return reply;
        }
        bad = x;
    }
    if (m_canceled) {
        reply.error = stopped();
        co_return reply;
    }
    // ...then back, halving, to the first id from which it reads.
    while (good - bad > 1) {
        const qint64 mid = bad + (good - bad) / 2;
        const Reply<RecordPage> page = co_await pageAfter(form, trash, mid, 1);
        if (!self)
            co_return reply;
        if (page.ok()) {
            good = mid;
        } else if (readsAround(page.error)) {
            bad = mid;
        } else {
            reply.error = page.error;
            co_return reply;
        }
    }
    reply.value = good;
    co_return reply;
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
        if (!m_source)
            co_return DbError(Kind::Connection,
                              QT_TRANSLATE_NOOP("fb::DbError", "The book being copied closed."));
        const Reply<Record> source = co_await m_source->fetchRecord(*sourceForm, ref.sourceRecord);
        if (!self)
            co_return DbError{};
        if (m_salvage && !source.ok() && readsAround(source.error))
            continue; // read once, not now: the reference stays empty
        if (!source.ok())
            co_return source.error;
        // A trashed record is brought back for the save, then trashed again.
        if (ref.trashed) {
            const Reply<SavedRecord> restored =
                co_await target->restoreRecord(ref.targetForm, ref.targetRecord);
            if (!self || !restored.ok())
                co_return restored.error;
        }
        const Reply<Record> stored = co_await target->fetchRecord(*targetForm, ref.targetRecord);
        if (!self || !stored.ok())
            co_return stored.error;
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
