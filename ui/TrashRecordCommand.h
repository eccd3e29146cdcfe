#pragma once

#include "RecordUndoCommand.h"
#include "ReplyFailure.h"

#include <QPointer>

namespace fb {

class Database;

// A record moved to the trash, for Edit → Undo: undo restores it from the trash, redo moves
// it there again. Pushed once the move is acknowledged, so the first redo() does nothing.
class TrashRecordCommand : public RecordUndoCommand {
public:
    // `name`: what names the record (RecordName), perhaps empty.
    TrashRecordCommand(Database *database, qint64 formId, qint64 recordId, const QString &name,
                       ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    QPointer<Database> m_database;
    bool m_done = true;
    ErrorSink m_onError;
};

} // namespace fb
