#include "RecordController.h"

#include "ConflictDialog.h"
#include "Database.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "SaveRecordCommand.h"
#include "TrashRecordCommand.h"
#include "UnsavedChangesPrompt.h"
#include "WhenReady.h"

#include <QCoroFuture>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace fb {

RecordController::RecordController(RecordBrowser *browser, RecordForm *form, QUndoStack *undo,
                                   QWidget *window)
    : QObject(window)
    , m_browser(browser)
    , m_form(form)
    , m_undo(undo)
    , m_window(window) {
    connect(m_form, &RecordForm::changed, this, &RecordController::stateChanged);
    connect(m_browser, &RecordBrowser::currentRowChanged, this,
            [this](int row) { onRowPicked(row); });
    RecordTableModel *model = m_browser->model();
    connect(model, &RecordTableModel::pageLoaded, this, &RecordController::onPageLoaded);
    connect(model, &RecordTableModel::counted, this, [this] {
        // Rows moved (records came or went, new order): find the shown record again.
        m_row = -1;
        m_browser->selectRow(-1);
        if (m_showFirst && m_browser->model()->rowCount() > 0)
            m_browser->model()->fetchRow(0);
        onPageLoaded();
        Q_EMIT stateChanged();
    });
    connect(model, &RecordTableModel::failed, this, &RecordController::reportError);
}

void RecordController::setDatabase(Database *database) {
    m_database = database;
    connect(database, &Database::recordWritten, this, &RecordController::onRecordWritten);
}

const FormDef &RecordController::form() const {
    return m_form->form();
}

void RecordController::setForm(const FormDef &form) {
    m_row = -1;
    m_waitingRow = -1;
    m_showFirst = true;
    m_form->setForm(form, m_database);
    m_browser->setSource(m_database, form);
    Q_EMIT stateChanged();
}

void RecordController::formChanged(const FormDef &form) {
    const qint64 id = m_form->loadedRecord().id;
    m_form->setForm(form, m_database);
    m_browser->setSource(m_database, form);
    m_showFirst = false;
    m_row = -1;
    m_waitingRow = -1;
    if (!id || !m_database)
        return;
    // The record shown before, as it is stored now; its row is found once its page is here.
    whenReady(m_database->fetchRecord(form, id), this,
              [this, formId = form.id](const Reply<Record> &r) {
                  if (r.ok() && m_form->form().id == formId && m_form->loadedRecord().id == 0 &&
                      !m_form->isDirty()) {
                      m_form->setRecord(r.value);
                      onPageLoaded();
                  }
              });
}

bool RecordController::isDirty() const {
    return m_form->isDirty();
}

bool RecordController::canSave() const {
    return m_database && m_form->form().id && m_form->isValid() && m_form->isDirty() &&
           m_database->state() == BookState::Open;
}

QString RecordController::positionText() const {
    const QLocale locale;
    const int rows = m_browser->model()->rowCount();
    if (!m_form->form().id)
        return {};
    if (m_row >= 0)
        return tr("Record %1 of %2").arg(locale.toString(m_row + 1), locale.toString(rows));
    if (m_form->loadedRecord().id == 0)
        return tr("New record; %Ln in the list", nullptr, rows);
    return tr("Record not in the list; %Ln in the list", nullptr, rows);
}

QCoro::Task<bool> RecordController::maybeLeave() {
    if (!m_form->isDirty())
        co_return true;
    QPointer<RecordController> self = this;
    switch (UnsavedChangesPrompt::ask(m_window)) {
    case UnsavedChangesPrompt::Answer::Cancel:
        co_return false;
    case UnsavedChangesPrompt::Answer::Discard:
        m_form->setRecord(m_form->loadedRecord());
        co_return true;
    case UnsavedChangesPrompt::Answer::Save:
        break;
    }
    if (!self)
        co_return false;
    co_return co_await save();
}

template <typename T>
QCoro::Task<std::optional<T>> RecordController::whileSaving(QFuture<T> future) {
    QPointer<RecordController> self = this;
    ++m_saving;
    Q_EMIT stateChanged();
    const T result = co_await future;
    if (!self)
        co_return std::nullopt;
    --m_saving;
    Q_EMIT stateChanged();
    co_return result;
}

QCoro::Task<bool> RecordController::save() {
    if (!canSave()) {
        if (m_form->isDirty() && !m_form->isValid())
            Q_EMIT message(
                [] { return tr("The record cannot be saved: a field needs attention."); });
        co_return !m_form->isDirty();
    }
    QPointer<Database> database = m_database;
    const qint64 formId = m_form->form().id;
    const Record before = m_form->loadedRecord();
    const Record edited = m_form->editedRecord();
    const std::optional<Reply<SavedRecord>> replied =
        co_await whileSaving(database->saveRecord(formId, edited));
    if (!replied)
        co_return false;
    const Reply<SavedRecord> &reply = *replied;
    const bool stillShown = m_form->form().id == formId && m_form->loadedRecord().id == before.id;
    if (!reply.ok() && reply.error.kind() == DbError::Kind::Conflict && before.id && stillShown)
        co_return co_await resolveConflict(formId, before, edited);
    if (!reply.ok()) {
        // What was typed stays; the reason goes under the field concerned.
        if (stillShown)
            m_form->showError(reply.error);
        reportNotSaved(reply.error);
        co_return false;
    }
    if (stillShown)
        m_form->markSaved(reply.value.record);
    acceptSaved(formId, before, reply.value.record);
    co_return true;
}

void RecordController::acceptSaved(qint64 formId, const Record &before, const Record &saved) {
    QPointer<RecordController> self = this;
    m_undo->push(new SaveRecordCommand(m_database, formId, before.values, saved, before.id == 0,
                                       [self](const DbError &e) {
                                           if (self)
                                               self->reportError(e);
                                       }));
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT message([] { return tr("Saved."); });
    Q_EMIT stateChanged();
}

QCoro::Task<bool> RecordController::resolveConflict(qint64 formId, Record before, Record edited) {
    QPointer<RecordController> self = this;
    QPointer<Database> database = m_database;
    const FormDef form = m_form->form();
    const std::optional<Reply<Record>> fetched =
        co_await whileSaving(database->fetchRecord(form, before.id));
    if (!fetched)
        co_return false;
    const Reply<Record> &stored = *fetched;
    const auto shown = [&] {
        return database && m_form->form().id == formId && m_form->loadedRecord().id == before.id;
    };
    if (!stored.ok() || !shown()) {
        reportNotSaved(stored.error);
        co_return false;
    }
    ConflictDialog dialog(form, before.values, edited.values, stored.value.values, m_window);
    if (dialog.exec() != QDialog::Accepted || !self || !shown()) {
        if (self)
            Q_EMIT message([] {
                return tr("Not saved: the record was changed elsewhere; your changes are "
                          "still in the form.");
            });
        co_return false;
    }
    Record merged = stored.value; // based on the version stored now
    merged.values = dialog.merged();
    const std::optional<Reply<SavedRecord>> replied =
        co_await whileSaving(database->saveRecord(formId, merged));
    if (!replied)
        co_return false;
    const Reply<SavedRecord> &reply = *replied;
    if (!reply.ok()) {
        if (shown())
            m_form->showError(reply.error);
        reportNotSaved(reply.error);
        co_return false;
    }
    if (shown())
        m_form->setRecord(reply.value.record); // the merge, as saved, replaces what was typed
    acceptSaved(formId, before, reply.value.record);
    co_return true;
}

void RecordController::newRecord() {
    [](QPointer<RecordController> self) -> QCoro::Task<> {
        if (!self || !co_await self->maybeLeave() || !self)
            co_return;
        self->m_row = -1;
        self->m_waitingRow = -1;
        self->m_showFirst = false;
        self->m_browser->selectRow(-1);
        self->m_form->setRecord(Record{});
        self->m_form->focusFirstField();
        Q_EMIT self->stateChanged();
    }(this);
}

void RecordController::revert() {
    m_form->setRecord(m_form->loadedRecord());
    Q_EMIT message([] { return tr("Changes undone."); });
}

void RecordController::trashCurrent() {
    const Record record = m_form->loadedRecord();
    if (!record.id || !m_database)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Delete record"),
        tr("Move this record to the trash? You can restore it from Record → Trash."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 formId = m_form->form().id;
    QPointer<RecordController> self = this;
    QPointer<Database> database = m_database;
    whenReady(m_database->trashRecord(formId, record.id), this,
              [=, this](const Reply<SavedRecord> &reply) {
                  if (!reply.ok()) {
                      reportError(reply.error);
                      return;
                  }
                  m_undo->push(
                      new TrashRecordCommand(database, formId, record.id, [self](const DbError &e) {
                          if (self)
                              self->reportError(e);
                      }));
                  Q_EMIT message([] { return tr("Moved to the trash."); });
                  if (m_form->loadedRecord().id == record.id) {
                      m_form->setRecord(Record{});
                      m_waitingRow = m_row; // the next record moves up into this row
                      m_row = -1;
                  }
              });
}

void RecordController::goToRow(int row) {
    const int rows = m_browser->model()->rowCount();
    if (rows == 0)
        return;
    moveTo(std::clamp(row, 0, rows - 1));
}

void RecordController::last() {
    goToRow(m_browser->model()->rowCount() - 1);
}

QCoro::Task<> RecordController::moveTo(int row) {
    QPointer<RecordController> self = this;
    if (row == m_row || !co_await maybeLeave() || !self)
        co_return;
    show(row);
}

QCoro::Task<> RecordController::onRowPicked(int row) {
    if (row == m_row || row < 0)
        co_return;
    QPointer<RecordController> self = this;
    const int before = m_row;
    if (!co_await maybeLeave()) {
        if (self)
            m_browser->selectRow(before); // stay where the unsaved changes are
        co_return;
    }
    if (self)
        show(row);
}

void RecordController::show(int row) {
    m_showFirst = false;
    m_browser->selectRow(row);
    const std::optional<Record> record = m_browser->model()->recordAt(row);
    if (!record) {
        m_waitingRow = row;
        m_browser->model()->fetchRow(row);
        return;
    }
    m_waitingRow = -1;
    m_row = row;
    m_form->setRecord(*record);
    Q_EMIT stateChanged();
}

void RecordController::onPageLoaded() {
    RecordTableModel *model = m_browser->model();
    if (m_showFirst && !m_form->isDirty() && model->isLoaded(0)) {
        show(0);
        return;
    }
    if (m_waitingRow >= 0 && !m_form->isDirty()) {
        const int row = std::min(m_waitingRow, model->rowCount() - 1);
        if (model->isLoaded(row))
            show(row);
        return;
    }
    // Find the shown record's row again after the table was reloaded.
    const qint64 id = m_form->loadedRecord().id;
    if (m_row < 0 && id) {
        m_row = model->rowOf(id);
        if (m_row >= 0) {
            m_browser->selectRow(m_row);
            Q_EMIT stateChanged();
        }
    }
}

void RecordController::onRecordWritten(const SavedRecord &saved) {
    // Another change to the shown record (an undo, say) shows at once unless there are edits.
    if (saved.formId == m_form->form().id && saved.record.id == m_form->loadedRecord().id &&
        !m_form->isDirty() && !m_saving)
        m_form->setRecord(saved.record);
}

void RecordController::reportNotSaved(const DbError &error) {
    Q_EMIT message([error] { return tr("Not saved: %1").arg(error.message()); });
}

void RecordController::reportError(const DbError &error) {
    Q_EMIT message([error] { return error.message(); });
}

} // namespace fb
