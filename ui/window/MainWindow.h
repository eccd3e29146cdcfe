#pragma once

#include "BookSpec.h"
#include "Database.h"
#include "WindowSettings.h"

#include <QCoroTask>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace fb {

class BackupFlow;
class BookMenu;
class ClosingBooks;
class EmptyBookPanel;
class FormListPanel;
class MainActions;
class RecordBrowser;
class RecordController;
class RecordForm;
class StatusPanel;

// The main window: it wires the parts together and shows the book's state. It appears
// before the book is open; everything it learns about the book arrives as signals.
// Forms on the left; the selected form's records above, the record's form below.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Between the window's edges and its panes, status bar included (not the menu and tool
    // bars, which span the window).
    static constexpr int windowMargin = 6;

    // Opens `spec` in a new Database; the window shows "Opening…" until it is ready. The
    // previous book, if any, drains and closes on its own threads meanwhile (closingBooks()).
    void openBook(const BookSpec &spec);
    // Closes the book without asking (File → Close Book asks about unsaved changes first);
    // the window then says how to open or create one.
    void closeCurrentBook();
    Database *database() const { return m_database; }

    // The parts, for tests and for people who script the window.
    MainActions *actions() const { return m_actions; }
    FormListPanel *formList() const { return m_forms; }
    RecordBrowser *browser() const { return m_browser; }
    RecordForm *recordForm() const { return m_recordForm; }
    RecordController *controller() const { return m_controller; }
    QUndoStack *undoStack() const { return m_undo; }
    QSplitter *splitter() const { return m_splitter; }
    EmptyBookPanel *emptyBookPanel() const { return m_emptyBook; }
    // The books closed or replaced that are still saving what they had queued.
    ClosingBooks *closingBooks() const { return m_closingBooks; }
    // Restores geometry and layout saved by an earlier run.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A CSV file dragged onto the window is imported into the form shown.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void updateActions();
    void connectActions();
    void onFormsChanged();
    QCoro::Task<> pickForm(qint64 formId);
    QCoro::Task<> openBookAfterLeaving(BookSpec spec);
    QCoro::Task<> closeBookAfterLeaving();
    void showShortcuts();
    void showHandbook();
    QCoro::Task<> copyBook(bool toServer);
    void showBookState();
    void salvageBook();
    BackupFlow *backupFlow();
    void checkBook();
    QCoro::Task<> restoreBackup();
    QCoro::Task<> exportRecords();
    // Record → Import…, or a file dropped on the window (`path`, else the dialog asks).
    QCoro::Task<> importRecords(QString path);
    // Form → New Form from CSV File…: a form guessed from the file's columns, in the designer;
    // once it is created, the import of the file into it.
    void newFormFromFile();
    void importInto(const FormDef &form, const QString &path);
    QCoro::Task<> closeWhenLeft();
    QCoro::Task<> designForm(bool newForm);
    void deleteForm();
    void showTrash();
    void setView(int parts); // 1 table, 2 form, 3 both
    void saveLayout();

    QPointer<Database> m_database;
    MainActions *m_actions;
    QUndoStack *m_undo;
    FormListPanel *m_forms;
    QSplitter *m_outer;
    QStackedWidget *m_records; // the records, or what to do first in a book without forms
    EmptyBookPanel *m_emptyBook;
    QSplitter *m_splitter;
    RecordBrowser *m_browser;
    QScrollArea *m_formArea;
    RecordForm *m_recordForm;
    RecordController *m_controller;
    StatusPanel *m_status;
    QWidget *m_banner; // what the book's state asks for: the read-only notice, and what to do
    QLabel *m_readOnlyBanner;
    QPushButton *m_salvage; // a damaged book: save what can be read into a new book
    BookMenu *m_books;
    ClosingBooks *m_closingBooks;
    QPointer<QWidget> m_shortcuts; // at most one of each, brought to the front when asked again
    QPointer<QWidget> m_handbook;
    WindowSettings m_settings;
    bool m_closeWhenDone = false;
    bool m_leaveAsked = false;
};

} // namespace fb
