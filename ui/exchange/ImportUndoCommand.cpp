#include "ImportUndoCommand.h"

#include "CsvImport.h"
#include "Database.h"

#include <QCoreApplication>

namespace fb {

ImportUndoCommand::ImportUndoCommand(Database *database, qint64 formId, ImportReport report,
                                     ErrorSink onError, std::function<void()> onDone)
    : RecordUndoCommand(
          [count = int(report.inserted + report.updated)] {
              return QCoreApplication::translate("fb::ImportUndoCommand", "Import of %Ln record(s)",
                                                 nullptr, count);
          },
          database, formId, 0, std::move(onError))
    , m_report(std::move(report))
    , m_versions(std::make_shared<QHash<qint64, qint64>>(CsvImport::versionsAfter(m_report)))
    , m_onDone(std::move(onDone)) {
    // Only what undo and redo need.
    m_report.problems.clear();
}

void ImportUndoCommand::undoWrite() {
    step(true);
}

void ImportUndoCommand::redoWrite() {
    step(false);
}

void ImportUndoCommand::step(bool undoing) {
    const Op::ImportStep op = undoing ? CsvImport::undoStep(m_report, m_formId, *m_versions)
                                      : CsvImport::redoStep(m_report, m_formId, *m_versions);
    // The reply may come after the history let go of this command: it holds only its own.
    whenReady(m_database->importStep(op), m_database,
              [versions = m_versions, refused = refusedWrite(undoing),
               done = m_onDone](const Reply<QList<Record>> &reply) {
                  if (!reply.ok()) {
                      refused(reply.error);
                      return;
                  }
                  CsvImport::noteVersions(versions.get(), reply.value);
                  if (done)
                      done();
              });
}

} // namespace fb
