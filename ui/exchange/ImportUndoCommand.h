#pragma once

#include "ImportTypes.h"
#include "RecordUndoCommand.h"

#include <QHash>

#include <functional>
#include <memory>

namespace fb {

// An import that went in, for Edit → Undo ("Import of 12,345 records"): undo moves the
// records it brought to the trash and puts back the records it updated as they were; redo
// brings them back and writes the import's values again. Each is one write, all or nothing;
// one the book refuses (a record deleted for good meanwhile) steps the history back.
class ImportUndoCommand : public RecordUndoCommand {
public:
    // `onDone` runs after each undo or redo the book made (the table shows it).
    ImportUndoCommand(Database *database, qint64 formId, ImportReport report, ErrorSink onError,
                      std::function<void()> onDone);

private:
    void undoWrite() override;
    void redoWrite() override;
    void step(bool undoing);

    ImportReport m_report;
    std::shared_ptr<QHash<qint64, qint64>> m_versions; // each updated record's, now
    std::function<void()> m_onDone;
};

} // namespace fb
