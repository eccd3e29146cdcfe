#include "RestoreRecordCommand.h"

#include "Database.h"

#include <QCoreApplication>

namespace fb {

RestoreRecordCommand::RestoreRecordCommand(Database *database, qint64 formId, qint64 recordId,
                                           const QString &name, ErrorSink onError)
    : RecordUndoCommand(
          [name] {
              return name.isEmpty()
                         ? QCoreApplication::translate("fb::RestoreRecordCommand", "Restore Record")
                         : QCoreApplication::translate("fb::RestoreRecordCommand", "Restore “%1”")
                               .arg(name);
          },
          formId, recordId)
    , m_database(database)
    , m_onError(std::move(onError)) {}

void RestoreRecordCommand::undo() {
    m_done = false;
    if (m_database)
        onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, m_onError);
}

void RestoreRecordCommand::redo() {
    if (m_done || !m_database)
        return;
    m_done = true;
    onFailure(m_database->restoreRecord(m_formId, m_recordId), m_database, m_onError);
}

} // namespace fb
