#pragma once

#include "FormDef.h"
#include "LiveText.h"
#include "RecordUndoCommand.h"
#include "ReplyFailure.h"
#include "Requests.h"

#include <QCoroTask>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;
class QWidget;

namespace fb {

class Database;
class RecordBrowser;
class RecordForm;

// Filling and browsing the records of one form: which record the form shows, saving it,
// moving to the trash, going from record to record, and asking before unsaved changes are
// left. Lives in the GUI thread; every write is a Database request, every save and delete an
// undoable command.
class RecordController : public QObject {
    Q_OBJECT
public:
    // Shows a write's error (an undo the book refused) while this controller lives.
    ErrorSink errorSink();
    // Records of the form came or went in one step (an import, its undo): the record shown
    // is read again, and left for a new one if it went to the trash.
    void recordsReplaced(qint64 formId);
    RecordController(RecordBrowser *browser, RecordForm *form, QUndoStack *undo, QWidget *window);

    void setDatabase(Database *database);
    // Shows `form` and its first record. Ask maybeLeave() first.
    void setForm(const FormDef &form);
    // The form's definition changed (designer, another window): rebuild, keeping the record.
    void formChanged(const FormDef &form);
    const FormDef &form() const;

    // True when there is nothing unsaved, or the person chose to save (and it worked) or to
    // discard; false if they cancelled or the save failed.
    QCoro::Task<bool> maybeLeave();
    QCoro::Task<bool> save();
    void newRecord();
    void revert();
    void trashCurrent();
    // `record` was restored from the trash (the trash dialog): Undo moves it back there.
    void acceptRestored(qint64 formId, const Record &record);
    // Records of `formId` were deleted for good (Record → Trash): undo and redo steps about
    // any of them that no longer exists go, as they cannot be done.
    void forgetPurged(qint64 formId);
    // A cell of the table was edited (RecordTableModel::cellEdited): saved like the form's
    // save, one undo step; edits of cells are saved one after another, each on the last.
    void saveCell(const Record &before, const QString &key, const QVariant &value);
    // Whether a cell may be edited now: not while the form has unsaved changes (says so).
    bool mayEditCell();
    void goToRow(int row);
    void next() { goToRow(m_row + 1); }
    void previous() { goToRow(m_row - 1); }
    void first() { goToRow(0); }
    void last();

    bool canSave() const;
    bool isDirty() const;
    bool isSaving() const { return m_saving > 0; }
    int currentRow() const { return m_row; }
    QString positionText() const;
    QDateTime lastSaved() const { return m_lastSaved; }

Q_SIGNALS:
    void stateChanged(); // dirty, valid, position or saving changed
    void message(const fb::LiveText &text);

private:
    // The book took a save, a delete or a restore: "Last saved" moves on, and `said` is shown.
    void wrote(const LiveText &said);
    // The row of the record the form shows, if the table has it loaded and it is not known yet.
    void findShownRow();
    void trash(const Record &record, const QString &name); // asked, answered Yes
    QCoro::Task<> onRowPicked(int row);
    QCoro::Task<> moveTo(int row);
    void show(int row);
    void onPageLoaded();
    void onRecordWritten(const SavedRecord &saved);
    // Someone else changed records: the one shown is read again unless it holds edits.
    void onChangedElsewhere(const QList<qint64> &formIds);
    void rereadShown(const QList<qint64> &formIds, bool leaveIfGone);
    void showRestored(qint64 formId, const Record &record);
    void dropObsoleteCommands();
    void reportError(const DbError &error);
    RecordUndoCommand::RecordSink restoredSink(); // showRestored while this controller lives //
                                                  // reportError while this controller lives
    void reportNotSaved(const DbError &error);    // "Not saved:" and why
    // A save refused because someone else saved first: offers a merge and saves it.
    QCoro::Task<bool> resolveConflict(qint64 formId, Record before, Record edited);
    void acceptSaved(qint64 formId, const Record &before, const Record &saved);
    // Counts as saving while `future` runs; nullopt if this controller is gone by then.
    template <typename T> QCoro::Task<std::optional<T>> whileSaving(QFuture<T> future);
    QCoro::Task<> saveCells();

    RecordBrowser *m_browser;
    RecordForm *m_form;
    QUndoStack *m_undo;
    QWidget *m_window;
    QPointer<Database> m_database;
    int m_row = -1;        // the table row of the record shown; -1: new or not in the list
    int m_waitingRow = -1; // a row to show once its page arrives
    bool m_showFirst = false;
    int m_saving = 0;
    bool m_dropping = false; // in dropObsoleteCommands
    QDateTime m_lastSaved;
    struct CellEdit {
        QPointer<Database> database; // another book opened meanwhile is not written to
        qint64 formId = 0;
        Record before;
        QString key;
        QVariant value;
    };
    QList<CellEdit> m_cellEdits; // waiting for the one being saved
    bool m_savingCells = false;
};

} // namespace fb
