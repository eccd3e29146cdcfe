#include "RecordUndoCommand.h"

#include "Database.h"

namespace fb {

RecordUndoCommand::RecordUndoCommand(LiveText text, Database *database, qint64 formId,
                                     qint64 recordId, ErrorSink onError, RecordSink onRestored)
    : LiveTextCommand(std::move(text))
    , m_database(database)
    , m_formId(formId)
    , m_recordId(recordId)
    , m_onError(std::move(onError))
    , m_onRestored(std::move(onRestored)) {}

void RecordUndoCommand::push(QUndoStack *stack, RecordUndoCommand *command) {
    command->m_stack = stack;
    stack->push(command);
}

void RecordUndoCommand::undo() {
    if (std::exchange(m_skipNext, false) || !m_database)
        return;
    undoWrite();
}

void RecordUndoCommand::redo() {
    if (std::exchange(m_skipNext, false) || !m_database)
        return;
    redoWrite();
}

ErrorSink RecordUndoCommand::refusedWrite(bool undoing) const {
    return [self = std::weak_ptr<RecordUndoCommand *>(m_self), undoing,
            sink = m_onError](const DbError &error) {
        if (const auto alive = self.lock())
            (*alive)->stepBack(undoing);
        if (sink)
            sink(error);
    };
}

void RecordUndoCommand::restore(bool undoing) {
    whenReady(m_database->restoreRecord(m_formId, m_recordId), m_database,
              [formId = m_formId, refused = refusedWrite(undoing),
               restored = m_onRestored](const Reply<SavedRecord> &reply) {
                  if (!reply.ok())
                      refused(reply.error);
                  else if (restored)
                      restored(formId, reply.value.record);
              });
}

void RecordUndoCommand::stepBack(bool undoing) {
    if (!m_stack)
        return;
    int at = -1;
    for (int i = 0; i < m_stack->count() && at < 0; ++i)
        if (m_stack->command(i) == this)
            at = i;
    // Undone, the stack's index points at this command; redone, just after it. Anywhere else
    // the person has moved on, and the history stays where they took it.
    const int now = undoing ? at : at + 1;
    if (at < 0 || m_stack->index() != now)
        return;
    m_skipNext = true; // the state this step would reach again is the book's state still
    m_stack->setIndex(undoing ? at + 1 : at);
}

} // namespace fb
