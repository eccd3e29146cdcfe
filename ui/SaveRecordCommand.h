#pragma once

#include "Record.h"
#include "ReplyFailure.h"

#include <QPointer>
#include <QUndoCommand>

namespace fb {

class Database;

// A committed save, for Edit → Undo. It is pushed once the save is acknowledged, so the
// first redo() does nothing. Undoing an update writes the previous values back as a new
// update based on the record's current version (fetched first); undoing the creation of a
// record moves it to the trash, and redoing it restores it.
class SaveRecordCommand : public QUndoCommand {
public:
    SaveRecordCommand(Database *database, qint64 formId, const QVariantMap &before,
                      const Record &after, bool created, ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    void writeValues(const QVariantMap &values);

    QPointer<Database> m_database;
    qint64 m_formId;
    qint64 m_recordId;
    QVariantMap m_before;
    QVariantMap m_after;
    bool m_created;
    bool m_done = true; // pushed after the save committed
    ErrorSink m_onError;
};

} // namespace fb
