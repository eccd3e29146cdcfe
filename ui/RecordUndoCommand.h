#pragma once

#include "LiveTextCommand.h"

namespace fb {

// An undo command about one record (a save, a delete, a restore): the window finds by it the
// commands that can no longer be done once their record is deleted for good.
class RecordUndoCommand : public LiveTextCommand {
public:
    RecordUndoCommand(LiveText text, qint64 formId, qint64 recordId);

    qint64 formId() const { return m_formId; }
    qint64 recordId() const { return m_recordId; }

protected:
    qint64 m_formId;
    qint64 m_recordId;
};

} // namespace fb
