#pragma once

#include "FormDef.h"
#include "ImportSource.h"
#include "ImportTypes.h"
#include "LiveText.h"
#include "ReplyFailure.h"
#include "Requests.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace fb {

class Database;
class ImportDialog;

// Record → Import… (or a CSV file dropped on the window): asks which file and how
// (ImportDialog); Check runs a dry run and shows what it found; Import checks first, and goes
// ahead when the check finds nothing in its way, or only problems already shown for the same
// file read the same way (the rows with them then go in or stay out as chosen); it imports in
// one transaction on the writer thread, with a
// progress notice after 300 ms (rows, rows a second, time left) whose Cancel leaves the book
// as it was. An import that went in is one undo step, and the status bar says how many records
// came in. Lives in the GUI thread; deletes itself once the dialog is closed and nothing runs.
class ImportFlow : public QObject {
    Q_OBJECT
public:
    // `onUndoError` shows an undo or redo of the import the book refused; `onChanged` runs
    // when records of the form came or went (the import, its undo or redo).
    ImportFlow(Database *database, FormDef form, QString path, QUndoStack *undo,
               ErrorSink onUndoError, std::function<void()> onChanged, QWidget *window);

    void start();

Q_SIGNALS:
    void message(const fb::LiveText &text);

private:
    QCoro::Task<> run(bool dryRun);
    QCoro::Task<Reply<ImportReport>> once(const ImportSettings &settings, ImportOptions options,
                                          bool dryRun);
    void finishIfDone();

    QPointer<Database> m_database;
    FormDef m_form;
    QString m_path;
    QPointer<QUndoStack> m_undo;
    ErrorSink m_onUndoError;
    std::function<void()> m_onChanged;
    QWidget *m_window;
    QPointer<ImportDialog> m_dialog;
    QTemporaryDir m_temp; // the last check's rejected rows
    std::shared_ptr<ImportProgress> m_progress;
    // What the last check that found nothing wrong was of: an import of the same goes ahead.
    std::optional<std::pair<ImportSettings, ImportOptions>> m_checked;
    bool m_running = false;
};

} // namespace fb
