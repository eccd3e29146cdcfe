#pragma once

#include "LiveTextCommand.h"
#include "Record.h"
#include "ReplyFailure.h"

#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace fb {

class Database;

// An undo command about one record (a save, a delete, a restore): the window finds by it the
// commands that can no longer be done once their record is deleted for good.
// It is pushed once its first write is acknowledged, so the push's redo() writes nothing. A
// later undo or redo the book refuses steps the history back over it, as if it had not been
// asked for: the next Undo offers the same step again, not one that never happened.
class RecordUndoCommand : public LiveTextCommand {
public:
    // Shows a record an undo or redo brought back from the trash.
    using RecordSink = std::function<void(qint64 formId, const Record &record)>;

    RecordUndoCommand(LiveText text, Database *database, qint64 formId, qint64 recordId,
                      ErrorSink onError, RecordSink onRestored = {});

    qint64 formId() const { return m_formId; }
    qint64 recordId() const { return m_recordId; }

    // Pushes `command` onto `stack`, which it steps back in when a write is refused.
    static void push(QUndoStack *stack, RecordUndoCommand *command);

    void undo() final;
    void redo() final;

protected:
    virtual void undoWrite() = 0;
    virtual void redoWrite() = 0;
    // The sink for a write's error: it steps the history back over this command (while the
    // command lives and the history has not moved on), then tells `onError`.
    ErrorSink refusedWrite(bool undoing) const;
    // Brings the record back from the trash and hands it to `onRestored`, or steps back.
    void restore(bool undoing);

    QPointer<Database> m_database;
    qint64 m_formId;
    qint64 m_recordId;
    ErrorSink m_onError;
    RecordSink m_onRestored;

private:
    void stepBack(bool undoing);

    QPointer<QUndoStack> m_stack;
    bool m_skipNext = true; // the next undo() or redo() is done already
    // Lets a reply that arrives after this command was deleted (the history cleared) see so.
    std::shared_ptr<RecordUndoCommand *> m_self = std::make_shared<RecordUndoCommand *>(this);
};

} // namespace fb
