#include "TrashRecordCommand.h"

#include "Database.h"
#include "ReplyFailure.h"

#include <QCoreApplication>

namespace fb {

TrashRecordCommand::TrashRecordCommand(Database *database, qint64 formId, qint64 recordId,
                                       ErrorSink onError)
    : m_database(database)
    , m_formId(formId)
    , m_recordId(recordId)
    , m_onError(std::move(onError)) {
    setText(
        QCoreApplication::translate("fb::TrashRecordCommand", "Delete record %1").arg(recordId));
}

void TrashRecordCommand::undo() {
    m_done = false;
    if (m_database)
        onFailure(m_database->restoreRecord(m_formId, m_recordId), m_database, m_onError);
}

void TrashRecordCommand::redo() {
    if (m_done || !m_database)
        return;
    m_done = true;
    onFailure(m_database->trashRecord(m_formId, m_recordId), m_database, m_onError);
}

} // namespace fb
