#pragma once

#include "FormDef.h"
#include "LiveText.h"
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
    QCoro::Task<> onRowPicked(int row);
    QCoro::Task<> moveTo(int row);
    void show(int row);
    void onPageLoaded();
    void onRecordWritten(const SavedRecord &saved);
    void reportError(const DbError &error);
    void reportNotSaved(const DbError &error); // "Not saved:" and why
    // A save refused because someone else saved first: offers a merge and saves it.
    QCoro::Task<bool> resolveConflict(qint64 formId, Record before, Record edited);
    void acceptSaved(qint64 formId, const Record &before, const Record &saved);
    // Counts as saving while `future` runs; nullopt if this controller is gone by then.
    template <typename T> QCoro::Task<std::optional<T>> whileSaving(QFuture<T> future);

    RecordBrowser *m_browser;
    RecordForm *m_form;
    QUndoStack *m_undo;
    QWidget *m_window;
    QPointer<Database> m_database;
    int m_row = -1;        // the table row of the record shown; -1: new or not in the list
    int m_waitingRow = -1; // a row to show once its page arrives
    bool m_showFirst = false;
    int m_saving = 0;
    QDateTime m_lastSaved;
};

} // namespace fb
