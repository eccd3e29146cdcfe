#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QStyle;
class QToolBar;

namespace fb {

// The main window's actions, menus and tool bar, with their shortcuts and texts. The window
// connects them; this class only makes and names them.
class MainActions : public QObject {
    Q_OBJECT
public:
    // What the actions depend on; update() enables them accordingly.
    struct State {
        bool bookPresent = false;  // a book is in the window (open, opening or failed)
        bool bookOpen = false;     // open for changes
        bool bookReadable = false; // open, perhaps read-only
        bool serverBook = false;
        bool writesPending = false;
        bool hasForm = false;
        bool hasRecord = false;
        bool canSave = false;
        bool dirty = false;
        int row = -1; // of the record shown
        int rows = 0;
        bool canUndo = false;
        bool canRedo = false;
        QString undoText; // what Undo would undo
        QString redoText;
    };

    explicit MainActions(QMainWindow *window);
    void retranslate();
    // The icons for the application's layout direction (arrows point the way it reads).
    void setIcons();
    void update(const State &state);

    // The menus in the menu bar's order (for the list of shortcuts).
    QList<QMenu *> menus() const;

    QAction *newBook, *openBook, *connectServer, *closeBook, *copyToServer, *copyToFile, *backupNow,
        *restoreBackup, *checkBook, *quit;
    QMenu *recentBooks;
    QAction *undo, *redo, *find, *preferences;
    QAction *newForm, *newFormFromFile, *designForm, *deleteForm;
    QAction *newRecord, *save, *revert, *trashRecord, *previous, *next, *first, *last, *showTrash,
        *importRecords, *exportRecords;
    QAction *viewBoth, *viewTable, *viewForm;
    QAction *shortcuts, *handbook, *about, *aboutQt;

private:
    const QStyle *m_style = nullptr;
    QAction *make(const char *name);
    QMenu *m_file, *m_edit, *m_form, *m_record, *m_view, *m_help;
    QToolBar *m_toolBar;
    QActionGroup *m_viewGroup;
    State m_state;
};

} // namespace fb
