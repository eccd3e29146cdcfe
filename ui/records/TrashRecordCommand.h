#pragma once

#include "RecordUndoCommand.h"

namespace fb {

class Database;

// A record moved to the trash, for Edit → Undo: undo restores it from the trash, redo moves
// it there again. Pushed once the move is acknowledged, so the first redo() does nothing.
class TrashRecordCommand : public RecordUndoCommand {
public:
    // `name`: what names the record (RecordName), perhaps empty.
    // `onRestored` shows the record an undo brought back.
    TrashRecordCommand(Database *database, qint64 formId, qint64 recordId, const QString &name,
                       ErrorSink onError, RecordSink onRestored = {});

private:
    void undoWrite() override;
    void redoWrite() override;
};

} // namespace fb
