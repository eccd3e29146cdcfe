#pragma once

#include "RecordUndoCommand.h"

namespace fb {

class Database;

// A record restored from the trash (Record → Trash → Restore), for Edit → Undo: undo moves it
// to the trash again, redo restores it. Pushed once the restore is acknowledged, so the first
// redo() does nothing (RecordUndoCommand). With it, an earlier "Undo Delete" of the same record
// comes after it, when the record is in the trash again.
class RestoreRecordCommand : public RecordUndoCommand {
public:
    // `name`: what names the record (RecordName), perhaps empty.
    RestoreRecordCommand(Database *database, qint64 formId, qint64 recordId, const QString &name,
                         ErrorSink onError);

private:
    void undoWrite() override;
    void redoWrite() override;
};

} // namespace fb
