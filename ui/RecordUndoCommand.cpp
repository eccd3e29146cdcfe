#include "RecordUndoCommand.h"

namespace fb {

RecordUndoCommand::RecordUndoCommand(LiveText text, qint64 formId, qint64 recordId)
    : LiveTextCommand(std::move(text))
    , m_formId(formId)
    , m_recordId(recordId) {}

} // namespace fb
