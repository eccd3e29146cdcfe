#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace fb {

MainActions::MainActions(QMainWindow *window)
    : QObject(window) {
    newBook = make("newBook");
    openBook = make("openBook");
    connectServer = make("connectServer");
    closeBook = make("closeBook");
    copyToServer = make("copyToServer");
    copyToFile = make("copyToFile");
    backupNow = make("backupNow");
    restoreBackup = make("restoreBackup");
    checkBook = make("checkBook");
    quit = make("quit");
    undo = make("undo");
    redo = make("redo");
    find = make("find");
    preferences = make("preferences");
    newForm = make("newForm");
    newFormFromFile = make("newFormFromFile");
    designForm = make("designForm");
    deleteForm = make("deleteForm");
    newRecord = make("newRecord");
    save = make("save");
    revert = make("revert");
    trashRecord = make("trashRecord");
    previous = make("previousRecord");
    next = make("nextRecord");
    first = make("firstRecord");
    last = make("lastRecord");
    showTrash = make("showTrash");
    importRecords = make("importRecords");
    exportRecords = make("exportRecords");
    viewBoth = make("viewBoth");
    viewTable = make("viewTable");
    viewForm = make("viewForm");
    shortcuts = make("shortcuts");
    handbook = make("handbook");
    about = make("about");
    aboutQt = make("aboutQt");

    newBook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    openBook->setShortcut(QKeySequence::Open);
    // Ctrl+W on every platform: QKeySequence::Close is Ctrl+F4 on some.
    closeBook->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, and the platform's own redo keys, each once: X11 and GNOME already
    // list Ctrl+Shift+Z, and a key an action holds twice is ambiguous and does nothing.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    find->setShortcut(QKeySequence::Find);
    newRecord->setShortcut(QKeySequence::New);
    save->setShortcut(QKeySequence::Save);
    revert->setShortcut(QKeySequence(Qt::Key_Escape));
    trashRecord->setShortcut(QKeySequence::Delete);
    previous->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    next->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    viewBoth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    viewTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    viewForm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    handbook->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    m_style = window->style();
    setIcons();

    m_viewGroup = new QActionGroup(this);
    for (QAction *a : {viewBoth, viewTable, viewForm}) {
        a->setCheckable(true);
        m_viewGroup->addAction(a);
    }
    viewBoth->setChecked(true);

    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addActions({newBook, openBook, connectServer});
    recentBooks = m_file->addMenu(QString());
    recentBooks->setObjectName(u"recentBooks"_qs);
    m_file->addAction(closeBook);
    m_file->addSeparator();
    m_file->addActions({copyToServer, copyToFile});
    m_file->addSeparator();
    m_file->addActions({backupNow, restoreBackup, checkBook});
    m_file->addSeparator();
    m_file->addAction(quit);
    m_edit = bar->addMenu(QString());
    m_edit->addActions({undo, redo});
    m_edit->addSeparator();
    m_edit->addAction(find);
    m_edit->addSeparator();
    m_edit->addAction(preferences);
    m_form = bar->addMenu(QString());
    m_form->addActions({newForm, newFormFromFile, designForm, deleteForm});
    m_record = bar->addMenu(QString());
    m_record->addActions({newRecord, save, revert, trashRecord});
    m_record->addSeparator();
    m_record->addActions({previous, next, first, last});
    m_record->addSeparator();
    m_record->addAction(showTrash);
    m_record->addSeparator();
    m_record->addActions({importRecords, exportRecords});
    m_view = bar->addMenu(QString());
    m_view->addActions({viewBoth, viewTable, viewForm});
    m_help = bar->addMenu(QString());
    m_help->addActions({handbook, shortcuts});
    m_help->addSeparator();
    m_help->addActions({about, aboutQt});

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_qs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({newRecord, save, revert, trashRecord});
    m_toolBar->addSeparator();
    m_toolBar->addActions({previous, next});
    m_toolBar->addSeparator();
    m_toolBar->addActions({undo, redo});
    retranslate();
}

void MainActions::setIcons() {
    const QStyle *style = m_style;
    const auto icon = [style](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style->standardIcon(fallback));
    };
    openBook->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));
    newRecord->setIcon(icon("document-new", QStyle::SP_FileIcon));
    save->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));
    revert->setIcon(icon("document-revert", QStyle::SP_DialogResetButton));
    trashRecord->setIcon(icon("edit-delete", QStyle::SP_TrashIcon));
    // Right to left (Arabic) the previous record lies to the right and undo turns right: each
    // arrow is its mirror, the other direction's picture.
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const auto arrow = [&](const char *leftTheme, const char *rightTheme, bool left) {
        return left != rtl ? icon(leftTheme, QStyle::SP_ArrowLeft)
                           : icon(rightTheme, QStyle::SP_ArrowRight);
    };
    previous->setIcon(arrow("go-previous", "go-next", true));
    next->setIcon(arrow("go-previous", "go-next", false));
    undo->setIcon(arrow("edit-undo", "edit-redo", true));
    redo->setIcon(arrow("edit-undo", "edit-redo", false));
}

QList<QMenu *> MainActions::menus() const {
    return {m_file, m_edit, m_form, m_record, m_view, m_help};
}

QAction *MainActions::make(const char *name) {
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

void MainActions::retranslate() {
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_form->setTitle(tr("F&orm"));
    m_record->setTitle(tr("&Record"));
    m_view->setTitle(tr("&View"));
    m_help->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));
    recentBooks->setTitle(tr("&Recent Books"));
    newBook->setText(tr("&New Book…"));
    openBook->setText(tr("&Open Book…"));
    connectServer->setText(tr("&Connect to Server…"));
    closeBook->setText(tr("C&lose Book"));
    copyToServer->setText(tr("Copy Book To &Server…"));
    copyToFile->setText(tr("Copy Book To &File…"));
    backupNow->setText(tr("&Back Up Now"));
    backupNow->setToolTip(tr("Put a copy of the book in its backup folder"));
    restoreBackup->setText(tr("Restore from Bac&kup…"));
    checkBook->setText(tr("C&heck Book…"));
    checkBook->setToolTip(tr("Look for damage and for values that break their fields' rules"));
    quit->setText(tr("&Quit"));
    undo->setText(m_state.undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(m_state.undoText));
    redo->setText(m_state.redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(m_state.redoText));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    find->setText(tr("&Find…"));
    preferences->setText(tr("&Preferences…"));
    newForm->setText(tr("&New Form…"));
    newFormFromFile->setText(tr("New Form from &CSV File…"));
    newFormFromFile->setToolTip(
        tr("Make a form with a field for each column of a CSV file, then import its rows"));
    designForm->setText(tr("&Design Form…"));
    deleteForm->setText(tr("De&lete Form…"));
    newRecord->setText(tr("&New", "record"));
    newRecord->setToolTip(
        tr("New record (%1)").arg(newRecord->shortcut().toString(QKeySequence::NativeText)));
    save->setText(tr("&Save"));
    save->setToolTip(
        tr("Save the record (%1)").arg(save->shortcut().toString(QKeySequence::NativeText)));
    revert->setText(tr("Re&vert"));
    revert->setToolTip(tr("Forget the changes to this record (Esc)"));
    trashRecord->setText(tr("&Delete", "record"));
    trashRecord->setToolTip(tr("Move the record to the trash"));
    previous->setText(tr("&Previous", "record"));
    next->setText(tr("Ne&xt", "record"));
    first->setText(tr("&First Record"));
    last->setText(tr("&Last Record"));
    showTrash->setText(tr("&Trash…"));
    importRecords->setText(tr("&Import…"));
    importRecords->setToolTip(tr("Read records from a CSV file into the form"));
    exportRecords->setText(tr("&Export…"));
    exportRecords->setToolTip(tr("Write the records to a CSV or JSON file"));
    viewBoth->setText(tr("&Table and Form"));
    viewTable->setText(tr("Table &Only"));
    viewForm->setText(tr("&Form Only"));
    handbook->setText(tr("&Handbook"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    about->setText(tr("&About Fieldbook"));
    aboutQt->setText(tr("About &Qt"));
}

void MainActions::update(const State &s) {
    m_state = s;
    const bool open = s.bookOpen;
    save->setEnabled(s.canSave);
    find->setEnabled(s.hasForm);
    revert->setEnabled(s.dirty);
    newRecord->setEnabled(open && s.hasForm);
    trashRecord->setEnabled(open && s.hasRecord);
    previous->setEnabled(s.hasForm && s.row != 0 && s.rows > 0);
    next->setEnabled(s.hasForm && s.row < s.rows - 1);
    first->setEnabled(s.hasForm && s.rows > 0);
    last->setEnabled(s.hasForm && s.rows > 0);
    showTrash->setEnabled(open && s.hasForm);
    importRecords->setEnabled(open && s.hasForm);
    exportRecords->setEnabled(s.bookReadable && s.hasForm);
    // An undo is based on what is committed: it waits until every save is acknowledged.
    undo->setEnabled(open && !s.writesPending && s.canUndo);
    redo->setEnabled(open && !s.writesPending && s.canRedo);
    newForm->setEnabled(open);
    newFormFromFile->setEnabled(open);
    closeBook->setEnabled(s.bookPresent);
    copyToServer->setEnabled(s.bookReadable && !s.serverBook);
    copyToFile->setEnabled(s.bookReadable);
    // Server books are backed up with the server's tools (pg_dump), see the handbook.
    backupNow->setEnabled(s.bookReadable && !s.serverBook);
    restoreBackup->setEnabled(open && !s.serverBook);
    checkBook->setEnabled(s.bookReadable);
    designForm->setEnabled(open && s.hasForm);
    deleteForm->setEnabled(open && s.hasForm);
    retranslate();
}

} // namespace fb
