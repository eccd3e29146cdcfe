#include "RecordController.h"

#include "ConflictDialog.h"
#include "Database.h"
#include "DialogAnswer.h"
#include "FieldValues.h"
#include "FormTexts.h"
#include "RecordBrowser.h"
#include "RecordCellDelegate.h"
#include "RecordForm.h"
#include "RecordName.h"
#include "RecordTableModel.h"
#include "RecordUndoCommand.h"
#include "RestoreRecordCommand.h"
#include "SaveRecordCommand.h"
#include "TrashRecordCommand.h"
#include "UnsavedChangesPrompt.h"
#include "WhenReady.h"

#include <QCoroFuture>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
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
    // Whenever Undo or Redo reaches a command that can no longer be done, it goes.
    connect(m_undo, &QUndoStack::indexChanged, this, &RecordController::dropObsoleteCommands);
    model->setEditable(true);
    connect(model, &RecordTableModel::cellEdited, this, &RecordController::saveCell);
    RecordCellDelegate *cells = m_browser->cellDelegate();
    cells->setGuard([this] { return mayEditCell(); });
    connect(cells, &RecordCellDelegate::refused, this, &RecordController::reportNotSaved);
}

void RecordController::setDatabase(Database *database) {
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr); // a closing book's saves are its own
    if (database != m_database)
        m_lastSaved = {}; // "Last saved" speaks of this book
    m_database = database;
    if (database) {
        connect(database, &Database::recordWritten, this, &RecordController::onRecordWritten);
        connect(database, &Database::changedElsewhere, this, &RecordController::onChangedElsewhere);
    }
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
    const UnsavedChangesPrompt::Answer answer = co_await UnsavedChangesPrompt::ask(m_window);
    if (!self)
        co_return false;
    switch (answer) {
    case UnsavedChangesPrompt::Answer::Cancel:
        co_return false;
    case UnsavedChangesPrompt::Answer::Discard:
        m_form->setRecord(m_form->loadedRecord());
        co_return true;
    case UnsavedChangesPrompt::Answer::Save:
        break;
    }
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
    // The book was closed or switched meanwhile: its undo history went with it, and what the
    // window shows now belongs to another book.
    if (database != m_database)
        co_return reply.ok();
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
    if (stillShown) {
        m_form->markSaved(reply.value.record);
        // The table may have loaded the new record's page before this reply came back: its
        // row is looked for now too, not only at the next page.
        findShownRow();
    }
    acceptSaved(formId, before, reply.value.record);
    co_return true;
}

void RecordController::acceptSaved(qint64 formId, const Record &before, const Record &saved) {
    const QString name =
        m_form->form().id == formId ? RecordName::of(m_form->form(), saved.values) : QString();
    RecordUndoCommand::push(m_undo, new SaveRecordCommand(m_database, formId, before.values, saved,
                                                          before.id == 0, name, errorSink(),
                                                          restoredSink()));
    wrote([] { return tr("Saved."); });
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
    auto *dialog =
        new ConflictDialog(form, before.values, edited.values, stored.value.values, m_window);
    const std::optional<QVariantMap> chosen = co_await openForAnswer(
        dialog,
        [dialog](int result) {
            return result == QDialog::Accepted ? std::optional(dialog->merged()) : std::nullopt;
        },
        std::optional<QVariantMap>());
    if (!chosen || !self || !shown()) {
        if (self)
            Q_EMIT message([] {
                return tr("Not saved: the record was changed elsewhere; your changes are "
                          "still in the form.");
            });
        co_return false;
    }
    Record merged = stored.value; // based on the version stored now
    merged.values = *chosen;
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
    // Undo takes back what this save changed in the stored record, not the other person's
    // changes: it starts from the values stored before it.
    acceptSaved(formId, stored.value, reply.value.record);
    co_return true;
}

bool RecordController::mayEditCell() {
    if (!m_form->isDirty())
        return true;
    // Two unsaved versions of a record, one in the form and one in the table, could not
    // both be kept.
    Q_EMIT message([] {
        return tr("The form below has unsaved changes: save or undo them before editing the "
                  "table.");
    });
    return false;
}

void RecordController::saveCell(const Record &before, const QString &key, const QVariant &value) {
    m_cellEdits.append({m_database, m_browser->model()->form().id, before, key, value});
    if (!m_savingCells)
        saveCells();
}

QCoro::Task<> RecordController::saveCells() {
    QPointer<RecordController> self = this;
    m_savingCells = true;
    // Records saved in this run, as stored: the next edit of one is based on its version.
    QHash<std::pair<qint64, qint64>, Record> saved; // by form and record

    while (!m_cellEdits.isEmpty()) {
        const CellEdit edit = m_cellEdits.takeFirst();
        QPointer<Database> database = edit.database;
        RecordTableModel *model = m_browser->model();
        const auto latest = saved.constFind({edit.formId, edit.before.id});
        const Record before = latest != saved.cend() && latest->version >= edit.before.version
                                  ? *latest
                                  : edit.before;
        Record edited = before;
        edited.values.insert(edit.key, edit.value);
        if (!database || database != m_database) {
            model->settleEdit(before.id, edit.key, edit.value);
            continue;
        }
        std::optional<Reply<SavedRecord>> replied =
            co_await whileSaving(database->saveRecord(edit.formId, edited));
        if (!replied || !self)
            co_return;
        // Someone else saved the record since the table showed it: the cell goes on top of
        // their version, unless they changed this same cell (then theirs stays, and it is
        // said). Bounded: a record rewritten faster than this loop keeps its conflict.
        Record base = before;
        for (int tries = 0; tries < 3 && !replied->ok() &&
                            replied->error.kind() == DbError::Kind::Conflict && edit.before.id;
             ++tries) {
            const std::optional<FormDef> form = database->form(edit.formId);
            if (!form)
                break;
            const Reply<Record> stored = co_await database->fetchRecord(*form, edit.before.id);
            if (!self || !database)
                co_return;
            if (!stored.ok())
                break;
            if (!FieldValues::same(stored.value.values.value(edit.key),
                                   before.values.value(edit.key))) {
                const FieldDef *field = form->field(edit.key);
                replied->error =
                    DbError(DbError::Kind::Conflict,
                            QT_TRANSLATE_NOOP("fb::DbError",
                                              "someone else changed %1 in this record since; their "
                                              "value stays"),
                            {field ? FormTexts::label(*field) : edit.key});
                break;
            }
            base = stored.value;
            Record again = stored.value;
            again.values.insert(edit.key, edit.value);
            replied = co_await whileSaving(database->saveRecord(edit.formId, again));
            if (!replied || !self)
                co_return;
        }
        // Saved, the row shows what is stored (recordWritten); refused, it shows it again.
        model->settleEdit(before.id, edit.key, edit.value);
        if (!replied->ok()) {
            reportNotSaved(replied->error);
            continue;
        }
        const Record &record = replied->value.record;
        saved.insert({edit.formId, record.id}, record);
        if (m_form->form().id == edit.formId && m_form->loadedRecord().id == record.id &&
            !m_form->isDirty())
            m_form->setRecord(record);
        acceptSaved(edit.formId, base, record);
    }
    m_savingCells = false;
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
    const QString name = RecordName::of(m_form->form(), record.values);
    // The question names the record and its answer says what happens: not "Yes". Window-
    // modal, without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete record"),
                                name.isEmpty() ? tr("Move this record to the trash?")
                                               : tr("Move “%1” to the trash?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(u"trashQuestion"_qs);
    box->setInformativeText(tr("You can restore it from Record → Trash."));
    box->button(QMessageBox::Yes)->setText(tr("Move to &Trash"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setEscapeButton(QMessageBox::Cancel);
    const QFuture<bool> answer = openForAnswer(
        static_cast<QDialog *>(box),
        [box](int) { return box->standardButton(box->clickedButton()) == QMessageBox::Yes; },
        false);
    whenReady(answer, this, [this, record, name](bool yes) {
        // The same record, still shown: the question was about it.
        if (yes && m_database && m_form->loadedRecord().id == record.id)
            trash(record, name);
    });
}

void RecordController::trash(const Record &record, const QString &name) {
    const qint64 formId = m_form->form().id;
    QPointer<Database> database = m_database;
    whenReady(m_database->trashRecord(formId, record.id), this,
              [=, this](const Reply<SavedRecord> &reply) {
                  if (!reply.ok()) {
                      reportError(reply.error);
                      return;
                  }
                  RecordUndoCommand::push(m_undo,
                                          new TrashRecordCommand(database, formId, record.id, name,
                                                                 errorSink(), restoredSink()));
                  wrote([] { return tr("Moved to the trash."); });
                  if (m_form->loadedRecord().id == record.id) {
                      m_form->setRecord(Record{});
                      m_waitingRow = m_row; // the next record moves up into this row
                      m_row = -1;
                  }
              });
}

void RecordController::acceptRestored(qint64 formId, const Record &record) {
    const std::optional<FormDef> form = m_database ? m_database->form(formId) : std::nullopt;
    RecordUndoCommand::push(
        m_undo, new RestoreRecordCommand(m_database, formId, record.id,
                                         form ? RecordName::of(*form, record.values) : QString(),
                                         errorSink()));
    wrote([] { return tr("Restored from the trash."); });
}

void RecordController::wrote(const LiveText &said) {
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT message(said);
    Q_EMIT stateChanged();
}

RecordUndoCommand::RecordSink RecordController::restoredSink() {
    return [self = QPointer<RecordController>(this)](qint64 formId, const Record &record) {
        if (self)
            self->showRestored(formId, record);
    };
}

ErrorSink RecordController::errorSink() {
    return [self = QPointer<RecordController>(this)](const DbError &e) {
        if (self)
            self->reportError(e);
    };
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
    findShownRow(); // after the table was reloaded
}

void RecordController::findShownRow() {
    const qint64 id = m_form->loadedRecord().id;
    if (m_row >= 0 || !id)
        return;
    m_row = m_browser->model()->rowOf(id);
    if (m_row >= 0) {
        m_browser->selectRow(m_row);
        Q_EMIT stateChanged();
    }
}

void RecordController::onRecordWritten(const SavedRecord &saved) {
    // Every write of this window counts, an undo's and a table edit's too.
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT stateChanged();
    // Another change to the shown record (an undo, say) shows at once unless there are edits.
    if (!m_database || saved.formId != m_form->form().id ||
        saved.record.id != m_form->loadedRecord().id || m_form->isDirty() || m_saving)
        return;
    if (saved.record.version != 0) {
        m_form->setRecord(saved.record);
        return;
    }
    // A move to or from the trash answers with the id alone: the record is read again.
    whenReady(m_database->fetchRecord(m_form->form(), saved.record.id), this,
              [this, saved](const Reply<Record> &r) {
                  if (!r.ok() || saved.formId != m_form->form().id ||
                      saved.record.id != m_form->loadedRecord().id || m_form->isDirty() || m_saving)
                      return;
                  if (r.value.deletedAt.isValid()) {
                      // In the trash now (an undone creation, say): as after a delete, the
                      // next record moves up into its row.
                      m_form->setRecord(Record{});
                      m_waitingRow = m_row;
                      m_row = -1;
                      onPageLoaded();
                  } else {
                      m_form->setRecord(r.value);
                  }
                  Q_EMIT stateChanged();
              });
}

void RecordController::onChangedElsewhere(const QList<qint64> &formIds) {
    rereadShown(formIds, false);
}

void RecordController::recordsReplaced(qint64 formId) {
    rereadShown({formId}, true);
}

void RecordController::rereadShown(const QList<qint64> &formIds, bool leaveIfGone) {
    const FormDef &form = m_form->form();
    const Record &shown = m_form->loadedRecord();
    if (!m_database || !shown.id || (!formIds.isEmpty() && !formIds.contains(form.id)))
        return;
    // Edits in the form stay as they are: they keep the version they started from, so their
    // save meets the newer one as a conflict and the merge is offered.
    if (m_form->isDirty())
        return;
    whenReady(m_database->fetchRecord(form, shown.id), this,
              [this, formId = form.id, id = shown.id, leaveIfGone](const Reply<Record> &r) {
                  const Record &now = m_form->loadedRecord();
                  if (m_form->form().id != formId || now.id != id || m_form->isDirty() || m_saving)
                      return;
                  const bool gone = (!r.ok() && r.error.kind() == DbError::Kind::Conflict) ||
                                    (r.ok() && r.value.deletedAt.isValid());
                  if (leaveIfGone && gone) {
                      m_form->setRecord(Record{});
                      Q_EMIT stateChanged();
                      return;
                  }
                  if (!r.ok() || r.value.version == now.version || r.value.deletedAt.isValid())
                      return;
                  m_form->setRecord(r.value);
                  Q_EMIT stateChanged();
              });
}

void RecordController::showRestored(qint64 formId, const Record &restored) {
    // Redo of a new record or undo of a delete brings it back: the form shows it again, unless
    // it holds edits.
    // The restore answers with the id alone.
    if (!m_database || formId != m_form->form().id)
        return;
    whenReady(m_database->fetchRecord(m_form->form(), restored.id), this,
              [this, formId](const Reply<Record> &r) {
                  if (!r.ok() || formId != m_form->form().id || m_form->isDirty() || m_saving ||
                      r.value.deletedAt.isValid())
                      return;
                  m_row = -1;
                  m_waitingRow = -1;
                  m_showFirst = false;
                  m_form->setRecord(r.value);
                  onPageLoaded(); // its row, if its page is here already
                  Q_EMIT stateChanged();
              });
}

void RecordController::forgetPurged(qint64 formId) {
    if (!m_database)
        return;
    const std::optional<FormDef> form = m_database->form(formId);
    if (!form)
        return;
    QSet<qint64> ids;
    for (int i = 0; i < m_undo->count(); ++i) {
        const auto *command = dynamic_cast<const RecordUndoCommand *>(m_undo->command(i));
        if (command && command->formId() == formId)
            ids.insert(command->recordId());
    }
    // Deleted for good (by this trash or anyone's): no undo can bring the record back.
    for (const qint64 id : std::as_const(ids)) {
        whenReady(m_database->fetchRecord(*form, id), this,
                  [this, formId, id](const Reply<Record> &r) {
                      if (r.ok() || r.error.kind() != DbError::Kind::Conflict)
                          return;
                      for (int i = 0; i < m_undo->count(); ++i) {
                          // QUndoStack hands out its commands const only; marking one
                          // obsolete is what it asks of a command it should drop.
                          auto *command = const_cast<RecordUndoCommand *>(
                              dynamic_cast<const RecordUndoCommand *>(m_undo->command(i)));
                          if (command && command->formId() == formId && command->recordId() == id)
                              command->setObsolete(true);
                      }
                      dropObsoleteCommands();
                  });
    }
}

void RecordController::dropObsoleteCommands() {
    if (m_dropping)
        return;
    m_dropping = true;
    // QUndoStack deletes an obsolete command, without running it, when it is undone or
    // redone; those next in line go now, those further on when Undo or Redo reaches them.
    bool dropped = false;
    while (m_undo->canUndo() && m_undo->command(m_undo->index() - 1)->isObsolete()) {
        m_undo->undo();
        dropped = true;
    }
    while (m_undo->index() < m_undo->count() && m_undo->command(m_undo->index())->isObsolete()) {
        m_undo->redo();
        dropped = true;
    }
    m_dropping = false;
    if (dropped)
        Q_EMIT stateChanged(); // QUndoStack says nothing when it drops a command on redo
}

void RecordController::reportNotSaved(const DbError &error) {
    Q_EMIT message([error] { return tr("Not saved: %1").arg(error.message()); });
}

void RecordController::reportError(const DbError &error) {
    Q_EMIT message([error] { return error.message(); });
}

} // namespace fb
