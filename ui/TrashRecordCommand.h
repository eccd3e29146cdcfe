#pragma once

#include "ReplyFailure.h"

#include <QPointer>
#include <QUndoCommand>

namespace fb {

class Database;

// A record moved to the trash, for Edit → Undo: undo restores it from the trash, redo moves
// it there again. Pushed once the move is acknowledged, so the first redo() does nothing.
class TrashRecordCommand : public QUndoCommand {
public:
    TrashRecordCommand(Database *database, qint64 formId, qint64 recordId, ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    QPointer<Database> m_database;
    qint64 m_formId;
    qint64 m_recordId;
    bool m_done = true;
    ErrorSink m_onError;
};

} // namespace fb
