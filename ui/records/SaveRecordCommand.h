#pragma once

#include "Record.h"
#include "RecordUndoCommand.h"
#include "ReplyFailure.h"

#include <QPointer>
#include <QStringList>

#include <functional>

namespace fb {

class Database;

// A committed save, for Edit → Undo. It is pushed once the save is acknowledged, so the
// first redo() does nothing (RecordUndoCommand). Undoing an update writes back the previous values
// of the fields this save changed, and only those, as a new update based on the record's current
// version (fetched first): what someone else changed in other fields meanwhile stays. If someone
// else changed one of those same fields since, nothing is written and `onError` says so. Undoing
// the creation of a record moves it to the trash; redoing it restores it and hands the
// restored record to `onRestored`, so that the form can show it again.
class SaveRecordCommand : public RecordUndoCommand {
public:
    // `before`: the values stored just before this save; `name`: what names the record
    // (RecordName), perhaps empty.
    SaveRecordCommand(Database *database, qint64 formId, const QVariantMap &before,
                      const Record &after, bool created, const QString &name, ErrorSink onError,
                      RecordSink onRestored = {});

private:
    void undoWrite() override;
    void redoWrite() override;
    // Sets the changed fields from `from` to `to` where they still hold `from`.
    void writeValues(const QVariantMap &from, const QVariantMap &to, bool undoing);

    QVariantMap m_before;
    QVariantMap m_after;
    QStringList m_changed; // the fields this save changed
    bool m_created;
};

} // namespace fb
