#include "SaveRecordCommand.h"

#include "Database.h"
#include "FieldValues.h"
#include "FormTexts.h"
#include "ReplyFailure.h"
#include "WhenReady.h"

#include <QCoreApplication>

namespace fb {

SaveRecordCommand::SaveRecordCommand(Database *database, qint64 formId, const QVariantMap &before,
                                     const Record &after, bool created, const QString &name,
                                     ErrorSink onError, RecordSink onRestored)
    : RecordUndoCommand(
          [created, name] {
              // Literal contexts: lupdate finds the texts by them.
              if (created)
                  return name.isEmpty()
                             ? QCoreApplication::translate("fb::SaveRecordCommand", "New Record")
                             : QCoreApplication::translate("fb::SaveRecordCommand",
                                                           "New Record “%1”")
                                   .arg(name);
              return name.isEmpty()
                         ? QCoreApplication::translate("fb::SaveRecordCommand", "Record Changes")
                         : QCoreApplication::translate("fb::SaveRecordCommand", "Changes to “%1”")
                               .arg(name);
          },
          database, formId, after.id, std::move(onError), std::move(onRestored))
    , m_before(before)
    , m_after(after.values)
    , m_changed(FieldValues::changedKeys(before, after.values))
    , m_created(created) {}

void SaveRecordCommand::undoWrite() {
    if (m_created) {
        onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, refusedWrite(true));
        return;
    }
    writeValues(m_after, m_before, true);
}

void SaveRecordCommand::redoWrite() {
    if (m_created) {
        restore(false);
        return;
    }
    writeValues(m_before, m_after, false);
}

void SaveRecordCommand::writeValues(const QVariantMap &from, const QVariantMap &to, bool undoing) {
    const std::optional<FormDef> form = m_database->form(m_formId);
    if (!form || m_changed.isEmpty())
        return;
    QPointer<Database> database = m_database;
    const qint64 formId = m_formId;
    const ErrorSink sink = refusedWrite(undoing);
    // The update is based on the version the record has now, whoever wrote it last.
    whenReady(
        database->fetchRecord(*form, m_recordId), database,
        [=, changed = m_changed](const Reply<Record> &current) {
            if (!current.ok() || !database) {
                sink(current.error);
                return;
            }
            Record record = current.value;
            QStringList theirs; // changed elsewhere since: their value is newer
            bool write = false;
            for (const QString &key : changed) {
                const QVariant now = record.values.value(key);
                if (FieldValues::same(now, to.value(key)))
                    continue; // already so
                if (!FieldValues::same(now, from.value(key))) {
                    const FieldDef *field = form->field(key);
                    theirs << (field ? FormTexts::label(*field) : key);
                    continue;
                }
                write = true;
                if (to.contains(key))
                    record.values.insert(key, to.value(key));
                else
                    record.values.remove(key);
            }
            if (!theirs.isEmpty()) {
                const QString fields = theirs.join(u", "_qs);
                sink(undoing
                         ? DbError(
                               DbError::Kind::Conflict,
                               QT_TRANSLATE_NOOP(
                                   "fb::DbError",
                                   "Not undone: someone else changed %1 since; their values stay."),
                               {fields})
                         : DbError(
                               DbError::Kind::Conflict,
                               QT_TRANSLATE_NOOP(
                                   "fb::DbError",
                                   "Not redone: someone else changed %1 since; their values stay."),
                               {fields}));
                return;
            }
            if (write)
                onFailure(database->saveRecord(formId, record), database, sink);
        });
}

} // namespace fb
