#include "MainWindow.h"

#include "BackupFlow.h"
#include "CheckFlow.h"

#include "BookCopier.h"
#include "BookMenu.h"
#include "ClosingBooks.h"
#include "CsvImport.h"
#include "EmptyBookPanel.h"
#include "ExportFlow.h"
#include "FileDialogs.h"
#include "FormDesignerDialog.h"
#include "FormListPanel.h"
#include "FormTexts.h"
#include "Handbook.h"
#include "HandbookDialog.h"
#include "ImportFlow.h"
#include "LiveTextCommand.h"
#include "MainActions.h"
#include "PreferencesDialog.h"
#include "ProgressNotice.h"
#include "RecordBrowser.h"
#include "RecordController.h"
#include "RecordForm.h"
#include "RecordTableModel.h"
#include "SalvageFlow.h"
#include "ShortcutsDialog.h"
#include "StatusPanel.h"
#include "TrashDialog.h"
#include "WhenReady.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoroFuture>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new MainActions(this))
    , m_undo(new QUndoStack(this))
    , m_forms(new FormListPanel(this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_records(new QStackedWidget(m_outer))
    , m_emptyBook(new EmptyBookPanel(m_actions->newForm, m_actions->newBook, m_actions->openBook,
                                     m_records))
    , m_splitter(new QSplitter(Qt::Vertical, m_records))
    , m_browser(new RecordBrowser(m_splitter))
    , m_formArea(new QScrollArea(m_splitter))
    , m_recordForm(new RecordForm(m_formArea))
    , m_controller(new RecordController(m_browser, m_recordForm, m_undo, this))
    , m_status(new StatusPanel(statusBar()))
    , m_banner(new QWidget(this))
    , m_readOnlyBanner(new QLabel(m_banner))
    , m_salvage(new QPushButton(m_banner))
    , m_books(new BookMenu(m_actions->newBook, m_actions->openBook, m_actions->connectServer,
                           m_actions->recentBooks, this))
    , m_closingBooks(new ClosingBooks(this)) {
    setObjectName(u"MainWindow"_qs);
    m_outer->setObjectName(u"outerSplitter"_qs);
    m_splitter->setObjectName(u"splitter"_qs);
    m_formArea->setWidget(m_recordForm);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_records->addWidget(m_splitter);
    m_records->addWidget(m_emptyBook);
    m_outer->insertWidget(0, m_forms);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({200, 800});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 400});
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_qs);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_salvage->setObjectName(u"salvageButton"_qs);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(0, 0, 6, 0);
    bannerRow->addWidget(m_readOnlyBanner, 1);
    bannerRow->addWidget(m_salvage);
    m_banner->hide();
    connect(m_salvage, &QPushButton::clicked, this, &MainWindow::salvageBook);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    // The banner spans the window; the panes and the status bar keep off its edges. A
    // layout's margins, not the splitter's: right to left, Qt 6.4's splitter ignores its own.
    auto *panes = new QVBoxLayout;
    panes->setContentsMargins(windowMargin, windowMargin, windowMargin, 0);
    panes->addWidget(m_outer);
    column->addLayout(panes, 1);
    statusBar()->setContentsMargins(windowMargin, 0, windowMargin, 0);
    setCentralWidget(central);
    setTabOrder(m_forms->list(), m_browser->searchBox());
    resize(1000, 700);
    setAcceptDrops(true);

    connectActions();
    connect(m_forms, &FormListPanel::formPicked, this, [this](qint64 id) { pickForm(id); });
    connect(m_controller, &RecordController::stateChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RecordController::message, m_status, &StatusPanel::showMessage);
    connect(m_browser->model(), &RecordTableModel::counted, this, &MainWindow::updateActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    // Quitting waits for the books closed just before, too (their saves still commit).
    connect(m_closingBooks, &ClosingBooks::allClosed, this, [this] {
        if (m_closeWhenDone)
            close();
    });
    retranslate();
}

MainWindow::~MainWindow() {
    // The children outlive this class's part of the object: none may call back into it.
    for (QObject *sender : std::initializer_list<QObject *>{
             m_undo, m_controller, m_browser->model(), m_forms, m_database, m_closingBooks}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::connectActions() {
    MainActions *a = m_actions;
    connect(m_books, &BookMenu::openRequested, this,
            [this](const QString &path) { openBookAfterLeaving(BookSpec::sqlite(path)); });
    connect(m_books, &BookMenu::serverRequested, this,
            [this](const BookSpec &spec) { openBookAfterLeaving(spec); });
    connect(a->closeBook, &QAction::triggered, this, [this] { closeBookAfterLeaving(); });
    connect(a->copyToServer, &QAction::triggered, this, [this] { copyBook(true); });
    connect(a->copyToFile, &QAction::triggered, this, [this] { copyBook(false); });
    connect(a->backupNow, &QAction::triggered, this, [this] {
        if (m_database)
            backupFlow()->backUpNow();
    });
    connect(a->restoreBackup, &QAction::triggered, this, [this] { restoreBackup(); });
    connect(a->checkBook, &QAction::triggered, this, &MainWindow::checkBook);
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
    connect(a->exportRecords, &QAction::triggered, this, [this] { exportRecords(); });
    connect(a->importRecords, &QAction::triggered, this, [this] { importRecords({}); });
    connect(a->newFormFromFile, &QAction::triggered, this, &MainWindow::newFormFromFile);
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
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->handbook, &QAction::triggered, this, &MainWindow::showHandbook);
    connect(a->preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::backupPolicyChanged, this,
                [this](const BackupPolicy &policy) {
                    if (m_database)
                        m_database->setBackupPolicy(policy);
                });
        dialog->show();
    });
}

void MainWindow::closeCurrentBook() {
    if (!m_database)
        return;
    Database *old = m_database;
    m_undo->clear();
    // Nothing of the old book reaches the window any more; what it has queued still commits.
    disconnect(old, nullptr, this, nullptr);
    disconnect(old, nullptr, m_status, nullptr);
    m_forms->setDatabase(nullptr);
    m_controller->setDatabase(nullptr);
    m_controller->setForm(FormDef{});
    m_database = nullptr;
    // It drains and joins its threads on its own; the window goes on meanwhile, and says so
    // if that takes a while (a busy file, a server that is away).
    const QString name = old->spec().displayName();
    ProgressNotice::track(m_closingBooks->close(old),
                          tr("Closing %1: saving what is still waiting…").arg(name), this);
}

QCoro::Task<> MainWindow::closeBookAfterLeaving() {
    QPointer<MainWindow> self = this;
    if (!m_database || !co_await m_controller->maybeLeave() || !self || !m_database)
        co_return;
    closeCurrentBook();
    m_settings.setNoBookOpen(); // the next start opens none either
    updateStatus();
}

void MainWindow::openBook(const BookSpec &spec) {
    closeCurrentBook();
    m_database = new Database(this);
    m_database->setBackupPolicy(m_settings.backupPolicy());
    connect(m_database, &Database::autoBackup, this, [this](const BackupMade &, const DbError &e) {
        if (e.isError())
            m_status->showMessage([e] {
                return tr("No backup could be made before the change: %1").arg(e.message());
            });
    });
    connect(m_database, &Database::replacedElsewhere, this, [this] {
        // Undo steps and the record on show belong to the book as it was: it opens afresh.
        const BookSpec reopened = m_database->spec();
        openBook(reopened);
        m_status->showMessage([] {
            return tr("Another program restored a backup into this book; it is shown afresh.");
        });
    });
    connect(m_database, &Database::stateChanged, this, &MainWindow::updateStatus);
    connect(m_database, &Database::checkFinished, this, &MainWindow::updateStatus);
    connect(m_database, &Database::pendingWritesChanged, this, &MainWindow::updateStatus);
    connect(m_database, &Database::formsChanged, this, &MainWindow::onFormsChanged);
    connect(m_database, &Database::writeFailed, this, [this](const DbError &e) {
        m_status->showMessage([e] { return tr("Not saved: %1").arg(e.message()); });
    });
    connect(m_database, &Database::retrying, m_status, &StatusPanel::setRetrying);
    // The first commit after a retry, or an empty queue, shows the book is reachable again.
    connect(m_database, &Database::recordWritten, m_status, &StatusPanel::setReachable);
    connect(m_database, &Database::pendingWritesChanged, m_status, [this](int pending) {
        if (!pending)
            m_status->setReachable();
    });
    connect(m_browser->model(), &RecordTableModel::pageLoaded, m_status, &StatusPanel::setReachable,
            Qt::UniqueConnection);
    m_forms->setDatabase(m_database);
    m_controller->setDatabase(m_database);
    m_status->setReachable();
    m_database->open(spec);
    // A server book is remembered by its address; its password never is.
    m_settings.addRecentBook(spec.backend == BookSpec::Backend::Sqlite ? spec.path
                                                                       : spec.serverAddress());
    m_books->refresh();
    updateStatus();
}

void MainWindow::onFormsChanged() {
    const qint64 current = m_controller->form().id;
    const std::optional<FormDef> now = m_database->form(current);
    if (current && !now) {
        m_controller->setForm(FormDef{}); // deleted
    } else if (now && *now != m_controller->form()) {
        m_controller->formChanged(*now);
    }
    if (!m_controller->form().id && !m_database->forms().isEmpty())
        m_controller->setForm(m_database->forms().front());
    // After the table has asked for its rows: the list counts every form, which can take a
    // while on big tables, and the reads are answered in order.
    m_forms->reload();
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
    showBookState();
    updateActions();
}

void MainWindow::showBookState() {
    m_emptyBook->setNoBook(!m_database);
    const bool readOnly = m_database && m_database->state() == BookState::ReadOnly;
    const bool empty = !m_database || ((m_database->state() == BookState::Open || readOnly) &&
                                       m_database->forms().isEmpty());
    m_records->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyBook) : m_splitter);
    // A book that could not be opened says why above the forms, not only in the status bar.
    const bool failed = m_database && m_database->state() == BookState::Error;
    m_banner->setVisible(readOnly || failed);
    const bool damaged = readOnly && m_database->isDamaged();
    m_salvage->setVisible(damaged);
    m_salvage->setText(tr("Save What Can Be Re&ad…"));
    if (failed)
        m_readOnlyBanner->setText(
            tr("The book could not be opened: %1").arg(m_database->lastError().message()));
    else if (m_database && m_database->isDamaged())
        m_readOnlyBanner->setText(
            tr("This book file is damaged, so it is open read-only and nothing can be saved "
               "in it. A list may stop where the damage begins; “Save What Can Be Read…” "
               "copies every record that can still be read into a new book."));
    else
        m_readOnlyBanner->setText(
            m_database && m_database->spec().backend == BookSpec::Backend::Postgres
                ? tr("Read only: you may look but not change records on this server.")
                : tr("Read only: you may look but not change records in this book."));
    // Looking stays possible: the values can be read and selected, not typed over.
    m_recordForm->setEnabled(!readOnly);
}

void MainWindow::updateActions() {
    MainActions::State state;
    state.bookPresent = m_database;
    state.bookOpen = m_database && m_database->state() == BookState::Open;
    state.bookReadable =
        state.bookOpen || (m_database && m_database->state() == BookState::ReadOnly);
    state.serverBook = m_database && m_database->spec().backend == BookSpec::Backend::Postgres;
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
    LiveTextCommand::retranslateAll(m_undo); // before the Undo and Redo actions take their texts
    m_actions->retranslate();
    m_status->retranslate();
    m_status->retranslateMessage();
    m_books->refresh();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        m_actions->setIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::setView(int parts) {
    m_browser->setVisible(parts & 1);
    m_formArea->setVisible(parts & 2);
    if (parts == 2)
        m_recordForm->focusFirstField();
}

QCoro::Task<> MainWindow::openBookAfterLeaving(BookSpec spec) {
    QPointer<MainWindow> self = this;
    if (co_await m_controller->maybeLeave() && self)
        openBook(spec);
}

QCoro::Task<> MainWindow::copyBook(bool toServer) {
    QPointer<MainWindow> self = this;
    if (!m_database)
        co_return;
    BookSpec target;
    if (toServer) {
        const std::optional<BookSpec> server = co_await m_books->askServer();
        if (!self || !server)
            co_return;
        target = *server;
    } else {
        const bool fileBook = m_database->spec().backend == BookSpec::Backend::Sqlite;
        QString suggested = m_database->spec().displayName() + u".fieldbook"_qs;
        if (fileBook) {
            // Beside the book, under a name no file has yet.
            const QFileInfo book(m_database->spec().path);
            //: File name offered for a copy of the book.
            suggested =
                book.absoluteDir().filePath(tr("%1 (copy).fieldbook").arg(book.completeBaseName()));
            for (int n = 2; QFileInfo::exists(suggested); ++n)
                suggested = book.absoluteDir().filePath(
                    //: File name offered for a further copy of the book: name and number.
                    tr("%1 (copy %2).fieldbook").arg(book.completeBaseName()).arg(n));
        }
        // A name without an ending gets .fieldbook (Open Book lists it) before the dialog asks
        // about replacing a file of that name.
        const QString path = askSaveFile(this, tr("Copy Book To File"), suggested,
                                         tr("Fieldbook books (*.fieldbook);;All files (*)"),
                                         u"copyToFileDialog"_qs, u"fieldbook"_qs);
        if (path.isEmpty() || !self || !m_database)
            co_return;
        if (fileBook) {
            // A file book is copied whole, page by page, as its backups are.
            backupFlow()->copyTo(path);
            co_return;
        }
        target = BookSpec::sqlite(path);
    }
    if (!self || !m_database)
        co_return;
    auto *copier = new BookCopier(m_database, this);
    auto done = std::make_shared<QPromise<int>>(); // the notice's end
    done->start();
    ProgressNotice *notice = ProgressNotice::track(
        done->future(),
        tr("Copying %1 to %2…").arg(m_database->spec().displayName(), target.displayName()), this);
    connect(copier, &BookCopier::progress, notice, &ProgressNotice::setProgress);
    connect(notice, &ProgressNotice::canceled, copier, &BookCopier::cancel);
    const Reply<BookCopier::Summary> reply = co_await copier->copyTo(target);
    done->finish();
    if (!self)
        co_return;
    copier->deleteLater();
    if (!reply.ok()) {
        // Not exec(): a nested event loop here would hold up whatever resumed this coroutine.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Copy Book"),
                                    tr("The book was not copied to %1: %2")
                                        .arg(target.displayName(), reply.error.message()),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"copyFailed"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        co_return;
    }
    m_status->showMessage([summary = reply.value, target] {
        return tr("Copied %1 and %2 to %3.", "forms, records, book")
            .arg(tr("%n form(s)", nullptr, summary.forms),
                 tr("%n record(s)", nullptr, summary.records), target.displayName());
    });
}

BackupFlow *MainWindow::backupFlow() {
    // One per book, a child of its Database: it answers for the book it was made for.
    if (auto *flow = m_database->findChild<BackupFlow *>({}, Qt::FindDirectChildrenOnly))
        return flow;
    auto *flow = new BackupFlow(m_database, this);
    connect(flow, &BackupFlow::said, m_status, &StatusPanel::showMessage);
    connect(flow, &BackupFlow::restored, this, [this] {
        // The window opens the book afresh: what it showed and could undo was the old book's.
        if (m_database)
            openBook(m_database->spec());
    });
    return flow;
}

void MainWindow::checkBook() {
    if (!m_database)
        return;
    // One per book, a child of its Database, like the backups' flow.
    auto *flow = m_database->findChild<CheckFlow *>({}, Qt::FindDirectChildrenOnly);
    if (!flow) {
        flow = new CheckFlow(m_database, this);
        connect(flow, &CheckFlow::said, m_status, &StatusPanel::showMessage);
    }
    flow->start();
}

QCoro::Task<> MainWindow::restoreBackup() {
    // What is typed is saved or discarded first: the restore replaces every record.
    QPointer<MainWindow> self = this;
    if (!m_database || !co_await m_controller->maybeLeave() || !self || !m_database)
        co_return;
    backupFlow()->chooseBackup(m_settings.backupPolicy());
}

void MainWindow::salvageBook() {
    if (!m_database || !m_database->isDamaged())
        return;
    auto *flow = new SalvageFlow(m_database, this);
    connect(flow, &SalvageFlow::openRequested, this,
            [this](const QString &path) { openBookAfterLeaving(BookSpec::sqlite(path)); });
    flow->start();
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
        m_status->showMessage([error = reply.error] {
            return error.isError() ? tr("The form was not deleted: %1").arg(error.message())
                                   : tr("Form deleted.");
        });
    });
}

void MainWindow::showTrash() {
    auto *dialog = new TrashDialog(m_database, m_controller->form(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A restore is a change like a delete: Undo offers it first, so an earlier "Undo Delete"
    // of the same record never meets a record that is no longer in the trash.
    connect(dialog, &TrashDialog::restored, m_controller, &RecordController::acceptRestored);
    // Undo never offers to bring back what was deleted for good.
    connect(dialog, &TrashDialog::purged, m_controller, &RecordController::forgetPurged);
    dialog->open();
}

QCoro::Task<> MainWindow::exportRecords() {
    // What is typed into the record goes out too, once saved; or stays out, as the person says.
    QPointer<MainWindow> self = this;
    if (!m_database || !co_await m_controller->maybeLeave() || !self || !m_database)
        co_return;
    const RecordTableModel *table = m_browser->model();
    if (table->form().id == 0)
        co_return;
    auto *flow = new ExportFlow(m_database, table->form(), table->query(), table->rowCount(), this);
    connect(flow, &ExportFlow::message, m_status, &StatusPanel::showMessage);
    flow->start();
}

QCoro::Task<> MainWindow::importRecords(QString path) {
    // The record being typed is saved first (or left), so that the import's undo step is the
    // last one and the table reloads onto what is stored.
    QPointer<MainWindow> self = this;
    if (!m_database || !co_await m_controller->maybeLeave() || !self || !m_database)
        co_return;
    const FormDef form = m_browser->model()->form();
    if (form.id == 0 || !m_actions->importRecords->isEnabled())
        co_return;
    importInto(form, path);
}

void MainWindow::importInto(const FormDef &form, const QString &path) {
    RecordTableModel *table = m_browser->model();
    auto *flow = new ImportFlow(
        m_database, form, path, m_undo, m_controller->errorSink(),
        [table = QPointer<RecordTableModel>(table), forms = QPointer<FormListPanel>(m_forms),
         controller = QPointer<RecordController>(m_controller), formId = form.id] {
            if (table)
                table->refresh();
            if (forms)
                forms->reload();
            if (controller)
                controller->recordsReplaced(formId);
        },
        this);
    connect(flow, &ImportFlow::message, m_status, &StatusPanel::showMessage);
    flow->start();
}

void MainWindow::newFormFromFile() {
    QFileDialog *files = fileDialog(this, tr("New Form from CSV File"), u"formFromFileDialog"_qs);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilter(tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!m_database)
            return;
        const CsvImport::Draft draft = CsvImport::draftForm(path, FormTexts::interfaceLanguage());
        if (draft.error.isError()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("New Form from CSV File"),
                                        draft.error.message(), QMessageBox::Ok, this);
            box->setObjectName(u"formFromFileFailed"_qs);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        auto *designer = new FormDesignerDialog(m_database, draft.form, this);
        designer->setAttribute(Qt::WA_DeleteOnClose);
        auto created = std::make_shared<FormDef>();
        connect(designer, &FormDesignerDialog::applied, this, [this, created](const FormDef &form) {
            if (created->id == 0)
                *created = form;
            if (form.id != m_controller->form().id)
                pickForm(form.id);
        });
        // The rows follow once the form is made and the designer closed.
        connect(designer, &QDialog::finished, this, [this, created, path] {
            if (created->id == 0 || !m_database)
                return;
            const std::optional<FormDef> now = m_database->form(created->id);
            if (now)
                importInto(*now, path);
        });
        designer->open();
    });
    files->open();
}

namespace {
// The one local file a drag brings, if it is one an import reads.
QString droppedFile(const QMimeData *data) {
    if (!data->hasUrls() || data->urls().size() != 1 || !data->urls().front().isLocalFile())
        return {};
    const QString path = data->urls().front().toLocalFile();
    const QString ending = QFileInfo(path).suffix().toLower();
    return ending == u"csv" || ending == u"tsv" || ending == u"txt" ? path : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!droppedFile(event->mimeData()).isEmpty() && m_actions->importRecords->isEnabled())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importRecords(path);
}

void MainWindow::showShortcuts() {
    if (!m_shortcuts) {
        auto *dialog = new ShortcutsDialog(m_actions->menus(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_shortcuts = dialog;
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showHandbook() {
    const QString path = Handbook::indexPath();
    if (path.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Handbook"),
                                    tr("The handbook is not installed. It is part of the "
                                       "Fieldbook package, in share/fieldbook/handbook."),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"handbookMissing"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!m_handbook) {
        auto *dialog = new HandbookDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_handbook = dialog;
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
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
    // Quit waits for every queued save to commit, of this book and of the books closed before
    // it, without freezing the window meanwhile.
    const bool open = m_database && !m_database->isClosed();
    if (!open && m_closingBooks->isEmpty()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeWhenDone)
        return;
    m_closeWhenDone = true;
    m_status->setClosing();
    if (!open)
        return; // closes again once the last closing book has closed (allClosed)
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        close();
    });
    watcher->setFuture(m_database->close());
}

} // namespace fb
