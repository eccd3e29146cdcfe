#include "TrashRecordCommand.h"

#include "Database.h"
#include "ReplyFailure.h"

#include <QCoreApplication>

namespace fb {

TrashRecordCommand::TrashRecordCommand(Database *database, qint64 formId, qint64 recordId,
                                       const QString &name, ErrorSink onError,
                                       RecordSink onRestored)
    : RecordUndoCommand(
          [name] {
              return name.isEmpty()
                         ? QCoreApplication::translate("fb::TrashRecordCommand", "Delete Record")
                         : QCoreApplication::translate("fb::TrashRecordCommand", "Delete “%1”")
                               .arg(name);
          },
          database, formId, recordId, std::move(onError), std::move(onRestored)) {}

void TrashRecordCommand::undoWrite() {
    restore(true);
}

void TrashRecordCommand::redoWrite() {
    onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, refusedWrite(false));
}

} // namespace fb
