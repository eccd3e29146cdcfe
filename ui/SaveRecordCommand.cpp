#include "SaveRecordCommand.h"

#include "Database.h"
#include "ReplyFailure.h"
#include "WhenReady.h"

#include <QCoreApplication>

namespace fb {

SaveRecordCommand::SaveRecordCommand(Database *database, qint64 formId, const QVariantMap &before,
                                     const Record &after, bool created, ErrorSink onError)
    : m_database(database)
    , m_formId(formId)
    , m_recordId(after.id)
    , m_before(before)
    , m_after(after.values)
    , m_created(created)
    , m_onError(std::move(onError)) {
    setText(
        created
            ? QCoreApplication::translate("fb::SaveRecordCommand", "New record %1").arg(after.id)
            : QCoreApplication::translate("fb::SaveRecordCommand", "Changes to record %1")
                  .arg(after.id));
}

void SaveRecordCommand::undo() {
    m_done = false;
    if (!m_database)
        return;
    if (m_created) {
        onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, m_onError);
        return;
    }
    writeValues(m_before);
}

void SaveRecordCommand::redo() {
    if (m_done || !m_database)
        return; // the save itself already happened
    m_done = true;
    if (m_created) {
        onFailure(m_database->restoreRecord(m_formId, m_recordId), m_database, m_onError);
        return;
    }
    writeValues(m_after);
}

void SaveRecordCommand::writeValues(const QVariantMap &values) {
    const std::optional<FormDef> form = m_database->form(m_formId);
    if (!form)
        return;
    QPointer<Database> database = m_database;
    const qint64 formId = m_formId;
    const ErrorSink sink = m_onError;
    // The update is based on the version the record has now, whoever wrote it last.
    whenReady(database->fetchRecord(*form, m_recordId), database,
              [=](const Reply<Record> &current) {
                  if (!current.ok() || !database) {
                      sink(current.error);
                      return;
                  }
                  Record record = current.value;
                  record.values = values;
                  onFailure(database->saveRecord(formId, record), database, sink);
              });
}

} // namespace fb
