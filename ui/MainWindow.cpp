#include "MainWindow.h"

#include "BookMenu.h"
#include "FormDesignerDialog.h"
#include "FormListPanel.h"
#include "FormTexts.h"
#include "MainActions.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "StatusPanel.h"
#include "TrashDialog.h"
#include "WhenReady.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace fb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new MainActions(this))
    , m_undo(new QUndoStack(this))
    , m_forms(new FormListPanel(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_splitter(new QSplitter(Qt::Vertical, m_outer))
    , m_browser(new RecordBrowser(m_splitter))
    , m_formArea(new QScrollArea(m_splitter))
    , m_recordForm(new RecordForm(m_formArea))
    , m_controller(new RecordController(m_browser, m_recordForm, m_undo, this))
    , m_status(new StatusPanel(statusBar()))
    , m_books(new BookMenu(m_actions->newBook, m_actions->openBook, m_actions->recentBooks, this)) {
    setObjectName(u"MainWindow"_qs);
    m_outer->setObjectName(u"outerSplitter"_qs);
    m_splitter->setObjectName(u"splitter"_qs);
    m_formArea->setWidget(m_recordForm);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_outer->insertWidget(0, m_forms);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({200, 800});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 400});
    setCentralWidget(m_outer);
    setTabOrder(m_forms->list(), m_browser->searchBox());
    resize(1000, 700);

    connectActions();
    connect(m_forms, &FormListPanel::formPicked, this, [this](qint64 id) { pickForm(id); });
    connect(m_controller, &RecordController::stateChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RecordController::message, m_status, &StatusPanel::showMessage);
    connect(m_browser->model(), &RecordTableModel::counted, this, &MainWindow::updateActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    retranslate();
}

MainWindow::~MainWindow() {
    // The children outlive this class's part of the object: none may call back into it.
    for (QObject *sender : std::initializer_list<QObject *>{
             m_undo, m_controller, m_browser->model(), m_forms, m_database}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::connectActions() {
    MainActions *a = m_actions;
    connect(m_books, &BookMenu::openRequested, this,
            [this](const QString &path) { openBookAfterLeaving(path); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(a->redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(a->find, &QAction::triggered, this, [this] {
        if (!m_browser->isVisible())
            m_actions->viewBoth->trigger();
        m_browser->focusSearch();
    });
    connect(a->newForm, &QAction::triggered, this, [this] { designForm(true); });
    connect(a->designForm, &QAction::triggered, this, [this] { designForm(false); });
    connect(a->deleteForm, &QAction::triggered, this, &MainWindow::deleteForm);
    connect(a->newRecord, &QAction::triggered, m_controller, &RecordController::newRecord);
    connect(a->save, &QAction::triggered, m_controller, [this] { m_controller->save(); });
    connect(a->revert, &QAction::triggered, m_controller, &RecordController::revert);
    connect(a->trashRecord, &QAction::triggered, m_controller, &RecordController::trashCurrent);
    connect(a->previous, &QAction::triggered, m_controller, &RecordController::previous);
    connect(a->next, &QAction::triggered, m_controller, &RecordController::next);
    connect(a->first, &QAction::triggered, m_controller, &RecordController::first);
    connect(a->last, &QAction::triggered, m_controller, &RecordController::last);
    connect(a->showTrash, &QAction::triggered, this, &MainWindow::showTrash);
    connect(a->viewBoth, &QAction::triggered, this, [this] { setView(3); });
    connect(a->viewTable, &QAction::triggered, this, [this] { setView(1); });
    connect(a->viewForm, &QAction::triggered, this, [this] { setView(2); });
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Fieldbook"),
            tr("<h3>Fieldbook %1</h3><p>Fill forms into a database without waiting for it.</p>")
                .arg(QApplication::applicationVersion()));
    });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::openBook(const BookSpec &spec) {
    m_undo->clear();
    m_controller->setForm(FormDef{});
    delete m_database; // drains and joins the previous book's threads
    m_database = new Database(this);
    connect(m_database, &Database::stateChanged, this, &MainWindow::updateStatus);
    connect(m_database, &Database::pendingWritesChanged, this, &MainWindow::updateStatus);
    connect(m_database, &Database::formsChanged, this, &MainWindow::onFormsChanged);
    connect(m_database, &Database::writeFailed, this, [this](const DbError &e) {
        m_status->showMessage(tr("Not saved: %1").arg(e.message()));
    });
    connect(m_database, &Database::retrying, this, [this](int attempt, const DbError &e) {
        m_status->showMessage(
            tr("The book is busy (%1); trying again (%2)…").arg(e.message()).arg(attempt));
    });
    m_forms->setDatabase(m_database);
    m_controller->setDatabase(m_database);
    m_database->open(spec);
    if (spec.backend == BookSpec::Backend::Sqlite) {
        m_settings.addRecentBook(spec.path);
        m_books->refresh();
    }
    updateStatus();
}

void MainWindow::onFormsChanged() {
    m_forms->reload();
    const qint64 current = m_controller->form().id;
    const std::optional<FormDef> now = m_database->form(current);
    if (current && !now) {
        m_controller->setForm(FormDef{}); // deleted
    } else if (now && *now != m_controller->form()) {
        m_controller->formChanged(*now);
    }
    if (!m_controller->form().id && !m_database->forms().isEmpty())
        m_controller->setForm(m_database->forms().front());
    m_forms->setCurrentFormId(m_controller->form().id);
    updateStatus();
}

QCoro::Task<> MainWindow::pickForm(qint64 formId) {
    QPointer<MainWindow> self = this;
    if (!m_database || formId == m_controller->form().id)
        co_return;
    const bool leave = co_await m_controller->maybeLeave();
    if (!self)
        co_return;
    const std::optional<FormDef> form = m_database ? m_database->form(formId) : std::nullopt;
    if (leave && form)
        m_controller->setForm(*form);
    m_forms->setCurrentFormId(m_controller->form().id);
    updateStatus();
}

void MainWindow::updateStatus() {
    m_status->showBook(m_database);
    updateActions();
}

void MainWindow::updateActions() {
    MainActions::State state;
    state.bookOpen = m_database && m_database->state() == BookState::Open;
    state.writesPending = m_database && m_database->pendingWrites() > 0;
    state.hasForm = m_controller->form().id != 0;
    state.hasRecord = m_recordForm->loadedRecord().id != 0;
    state.canSave = m_controller->canSave() && !m_controller->isSaving();
    state.dirty = m_controller->isDirty();
    state.row = m_controller->currentRow();
    state.rows = m_browser->model()->rowCount();
    state.canUndo = m_undo->canUndo();
    state.canRedo = m_undo->canRedo();
    state.undoText = m_undo->undoText();
    state.redoText = m_undo->redoText();
    m_actions->update(state);
    setWindowModified(state.dirty);
    m_status->showPosition(m_controller->positionText(), state.dirty);
    m_status->setLastSaved(m_controller->lastSaved());
    const QString book = m_database ? m_database->spec().displayName() : QString();
    const QString form = FormTexts::formName(m_controller->form());
    setWindowTitle(form.isEmpty() ? (book.isEmpty() ? tr("Fieldbook") : tr("%1[*]").arg(book))
                                  : tr("%1 — %2[*]", "form — book").arg(form, book));
}

void MainWindow::retranslate() {
    m_actions->retranslate();
    m_status->retranslate();
    m_books->refresh();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setView(int parts) {
    m_browser->setVisible(parts & 1);
    m_formArea->setVisible(parts & 2);
    if (parts == 2)
        m_recordForm->focusFirstField();
}

QCoro::Task<> MainWindow::openBookAfterLeaving(QString path) {
    QPointer<MainWindow> self = this;
    if (co_await m_controller->maybeLeave() && self)
        openBook(BookSpec::sqlite(path));
}

QCoro::Task<> MainWindow::designForm(bool newForm) {
    // The form may change under the record: what is typed is saved or discarded first.
    QPointer<MainWindow> self = this;
    if (!m_database || !co_await m_controller->maybeLeave() || !self || !m_database)
        co_return;
    auto *dialog =
        new FormDesignerDialog(m_database, newForm ? FormDef{} : m_controller->form(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDesignerDialog::applied, this, [this](const FormDef &form) {
        if (form.id != m_controller->form().id)
            pickForm(form.id);
    });
    dialog->open();
}

void MainWindow::deleteForm() {
    const FormDef form = m_controller->form();
    if (!m_database || !form.id)
        return;
    if (QMessageBox::warning(this, tr("Delete form"),
                             tr("Delete the form “%1” and all its records? This cannot be undone.")
                                 .arg(FormTexts::formName(form)),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    whenReady(m_database->deleteForm(form.id), this, [this](const Reply<qint64> &reply) {
        m_status->showMessage(reply.ok()
                                  ? tr("Form deleted.")
                                  : tr("The form was not deleted: %1").arg(reply.error.message()));
    });
}

void MainWindow::showTrash() {
    auto *dialog = new TrashDialog(m_database, m_controller->form(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout() {
    restoreGeometry(m_settings.geometry());
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
}

void MainWindow::saveLayout() {
    m_settings.setGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
}

QCoro::Task<> MainWindow::closeWhenLeft() {
    QPointer<MainWindow> self = this;
    const bool leave = co_await m_controller->maybeLeave();
    if (self && leave) {
        m_leaveAsked = true;
        close();
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_leaveAsked && m_controller->isDirty()) {
        event->ignore();
        closeWhenLeft(); // asks Save / Discard / Cancel, then closes again
        return;
    }
    if (!m_closeWhenDone)
        saveLayout();
    // Quit waits for every queued save to commit, without freezing the window meanwhile.
    if (!m_database || m_database->isClosed()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeWhenDone)
        return;
    m_closeWhenDone = true;
    m_status->setClosing();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        close();
    });
    watcher->setFuture(m_database->close());
}

} // namespace fb
