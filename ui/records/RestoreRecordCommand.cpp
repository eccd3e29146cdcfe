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
          database, formId, recordId, std::move(onError)) {}

void RestoreRecordCommand::undoWrite() {
    onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, refusedWrite(true));
}

void RestoreRecordCommand::redoWrite() {
    restore(false);
}

} // namespace fb
